import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ErasureRequest, RetentionSettings } from '@webcare/shared';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ErasureDto implements ErasureRequest {
  @ApiProperty({ description: 'Why the data is erased (the request, its date, who asked)', maxLength: 500 })
  @IsString()
  @Transform(trim)
  @MinLength(3, { message: 'reason must say why the data is erased' })
  @MaxLength(500)
  reason: string;

  @ApiPropertyOptional({ description: 'Needed when the person has an open escalation' })
  @IsOptional()
  @IsBoolean()
  confirm?: boolean;
}

const DAYS = 100 * 366;

/** A period in days for one category of data; null keeps that category for good. */
function RetentionDays(description?: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ nullable: true, description }),
    IsOptional(),
    ValidateIf((_o, v) => v !== null),
    IsInt(),
    Min(1),
    Max(DAYS),
  );
}

export class RetentionSettingsDto implements Partial<RetentionSettings> {
  @RetentionDays('Days; null keeps message text')
  messageContentDays?: number | null;

  @RetentionDays()
  mediaDays?: number | null;

  @RetentionDays()
  contactDetailsDays?: number | null;

  @RetentionDays()
  notesDays?: number | null;

  @ApiPropertyOptional({ description: 'Never lower than the legal minimum (five years)' })
  @IsOptional()
  @IsInt()
  @Max(DAYS)
  auditLogDays?: number;
}

export class ExportQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'pdf'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'pdf'])
  format?: 'json' | 'pdf';
}
