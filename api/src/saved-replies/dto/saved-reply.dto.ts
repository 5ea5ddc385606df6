import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SAVED_REPLY_LANGUAGES, type SavedReplyLanguage, type SavedReplyRequest } from '@webcare/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class SavedReplyDto implements SavedReplyRequest {
  @ApiProperty({ maxLength: 120 })
  @IsString({ message: 'title must be text' })
  @Transform(trim)
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(120, { message: 'title must be at most 120 characters' })
  title: string;

  @ApiProperty({ maxLength: 4000, description: 'May hold {naam} and {organisatie}' })
  @IsString({ message: 'text must be text' })
  @Transform(trim)
  @MinLength(1, { message: 'text must not be empty' })
  @MaxLength(4000, { message: 'text must be at most 4000 characters' })
  text: string;

  @ApiProperty({ enum: SAVED_REPLY_LANGUAGES })
  @IsIn(SAVED_REPLY_LANGUAGES, { message: 'language must be nl or en' })
  language: SavedReplyLanguage;

  @ApiPropertyOptional({ description: 'A team id; leave out for the whole organisation' })
  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @IsUUID('all', { message: 'teamId must be a team id' })
  teamId?: string | null;
}
