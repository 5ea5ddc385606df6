import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ESCALATION_MODES,
  ESCALATION_STATUSES,
  type EscalationMode,
  type EscalationRequest,
  type EscalationRespondRequest,
  type EscalationStatus,
} from '@webcare/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateEscalationDto implements EscalationRequest {
  @ApiProperty()
  @IsUUID()
  teamId: string;

  @ApiProperty({ enum: ESCALATION_MODES })
  @IsIn(ESCALATION_MODES)
  mode: EscalationMode;

  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @Transform(trim)
  @MinLength(1, { message: 'reason must not be empty' })
  @MaxLength(2000)
  reason: string;
}

export class RespondEscalationDto implements EscalationRespondRequest {
  @ApiProperty({ maxLength: 10_000 })
  @IsString()
  @Transform(trim)
  @MinLength(1, { message: 'text must not be empty' })
  @MaxLength(10_000)
  text: string;
}

export class ListEscalationsQueryDto {
  /** One status or several, comma-separated (`open,accepted`). */
  @ApiPropertyOptional({ example: 'open' })
  @IsOptional()
  @Transform(({ value }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : value,
  )
  @IsIn(ESCALATION_STATUSES, {
    each: true,
    message: `status must be one of ${ESCALATION_STATUSES.join(', ')}`,
  })
  status?: EscalationStatus[];

  @ApiPropertyOptional({ description: 'Only the escalations of this conversation' })
  @IsOptional()
  @IsUUID()
  conversation?: string;
}
