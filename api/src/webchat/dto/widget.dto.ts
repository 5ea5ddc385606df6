import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { WidgetAccountInput, WidgetPhoneRequest, WidgetSendRequest } from '@webcare/shared';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';

export class WidgetSessionDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) visitorToken?: string;
}

export class WidgetSendDto implements WidgetSendRequest {
  @ApiProperty() @IsString() clientId: string;
  /** Checked in the service, so a message over the limit gets its own code (MESSAGE_TOO_LONG). */
  @ApiProperty() @IsString() @MaxLength(20_000) text: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsString({ each: true })
  images?: string[];
}

export class WidgetPhoneDto implements WidgetPhoneRequest {
  @ApiProperty() @IsString() @MaxLength(40) phone: string;
}

const COLOR = /^#[0-9a-fA-F]{6}$/;

/** Every message starts with the field's name, so the console can show it beside that field. */
export class WidgetAccountDto implements WidgetAccountInput {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(120) name: string;
  @ApiProperty({ type: [String], description: 'https://www.example.nl, or * for every site' })
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^(\*|https?:\/\/[a-z0-9.-]+(:\d{1,5})?)$/i, {
    each: true,
    message: 'allowedOrigins: each origin must be scheme://host[:port] or *',
  })
  allowedOrigins: string[];
  @ApiProperty({ enum: ['nl', 'en'] }) @IsIn(['nl', 'en']) language: 'nl' | 'en';
  @ApiProperty() @Matches(COLOR, { message: 'primaryColor must be #rrggbb' }) primaryColor: string;
  @ApiProperty() @Matches(COLOR, { message: 'textColor must be #rrggbb' }) textColor: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) privacyNl?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) privacyEn?: string | null;
  @ApiPropertyOptional({ description: 'false switches the widget off on every site; left out: unchanged' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
