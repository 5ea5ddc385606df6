import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CALL_BACK_OUTCOMES,
  type CallBackOutcome,
  type CallBackOutcomeRequest,
  type CallBackRequest,
} from '@webcare/shared';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateCallBackDto implements CallBackRequest {
  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @Transform(trim)
  @MinLength(1, { message: 'reason must not be empty' })
  @MaxLength(2000)
  reason: string;

  @ApiPropertyOptional({ description: 'Defaults to the contact’s phone number' })
  @IsOptional()
  @IsString()
  @Transform(trim)
  @Matches(/^\+?[0-9 ()-]{6,20}$/, { message: 'phone must be a phone number' })
  phone?: string;

  @ApiPropertyOptional({ description: 'ISO 8601; defaults to two hours from now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  dueAt?: string;
}

export class CallBackOutcomeDto implements CallBackOutcomeRequest {
  @ApiProperty({ enum: CALL_BACK_OUTCOMES })
  @IsIn(CALL_BACK_OUTCOMES)
  outcome: CallBackOutcome;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @Transform(trim)
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({ description: 'For a retry: when to call again (ISO 8601; default in one hour)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  nextDueAt?: string;
}

export class ListCallBacksQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'done', 'cancelled'] })
  @IsOptional()
  @IsIn(['open', 'done', 'cancelled'])
  status?: 'open' | 'done' | 'cancelled';

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  conversation?: string;
}
