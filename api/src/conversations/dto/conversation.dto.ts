import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import {
  type AssignRequest,
  type BulkStatusRequest,
  CLOSE_REASONS,
  type CloseReason,
  type Channel,
  CHANNELS,
  CONVERSATION_STATUSES,
  type ConversationStatus,
  FLAG_CODES,
  type FlagCode,
  type NoteRequest,
  type ReplyRequest,
  type StatusRequest,
  type Visibility,
} from '@webcare/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

/** Meta and WhatsApp accept up to 2000/4096 characters; the strictest common bound. */
export const MAX_REPLY_LENGTH = 2000;

export class ListConversationsQueryDto {
  /** One status or several, comma-separated (`new,open,pending`). */
  @ApiPropertyOptional({ example: 'new,open,pending,escalated' })
  @IsOptional()
  @Transform(({ value }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : value,
  )
  @IsIn(CONVERSATION_STATUSES, {
    each: true,
    message: `status must be one of ${CONVERSATION_STATUSES.join(', ')}`,
  })
  status?: ConversationStatus[];

  @ApiPropertyOptional({ enum: CHANNELS })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: Channel;

  @ApiPropertyOptional({ enum: FLAG_CODES })
  @IsOptional()
  @IsIn(FLAG_CODES)
  flag?: FlagCode;

  @ApiPropertyOptional({ description: 'me, none, or a user id' })
  @IsOptional()
  @IsString()
  assignee?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  team?: string;

  @ApiPropertyOptional({
    enum: ['needed'],
    description: 'needed: the first-contact lane, newest danger first',
  })
  @IsOptional()
  @IsIn(['needed'])
  firstContact?: 'needed';

  @ApiPropertyOptional({ description: 'Words to find in message text and contact names' })
  @IsOptional()
  @IsString()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @MaxLength(200, { message: 'q must be at most 200 characters' })
  q?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}

export class AssignDto implements AssignRequest {
  @ApiPropertyOptional({ description: 'Assign to this user; leave out to assign to yourself' })
  @IsOptional()
  @IsUUID()
  userId?: string;
}

export class ReplyDto implements ReplyRequest {
  @ApiProperty({ maxLength: MAX_REPLY_LENGTH })
  @IsString()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @MinLength(1, { message: 'text must not be empty' })
  @MaxLength(MAX_REPLY_LENGTH)
  text: string;

  @ApiPropertyOptional({ enum: ['public', 'private'] })
  @IsOptional()
  @IsIn(['public', 'private'])
  visibility?: Visibility;
}

export class NoteDto implements NoteRequest {
  @ApiProperty()
  @IsString()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @MinLength(1, { message: 'text must not be empty' })
  @MaxLength(10_000)
  text: string;
}

export class StatusDto implements StatusRequest {
  @ApiProperty({ enum: CONVERSATION_STATUSES })
  @IsIn(CONVERSATION_STATUSES)
  status: ConversationStatus;

  @ApiPropertyOptional({
    enum: CLOSE_REASONS,
    description: 'Needed to resolve unanswered crisis or safeguarding work',
  })
  @IsOptional()
  @IsIn(CLOSE_REASONS, { message: `reason must be one of ${CLOSE_REASONS.join(', ')}` })
  reason?: CloseReason;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @MaxLength(2000)
  note?: string;
}

export class BulkStatusDto extends StatusDto implements BulkStatusRequest {
  @ApiProperty({ type: [String], maxItems: 200 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'ids must be conversation ids' })
  ids: string[];
}
