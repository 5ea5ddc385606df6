import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import type {
  ApprovalPolicy,
  ApprovalSettings,
  AssignmentMode,
  AssignmentSettings,
  PresenceRequest,
  RuleSettings,
  SkillsRequest,
} from '@webcare/shared';
import { Allow, IsArray, IsIn, IsString } from 'class-validator';

/*
 * Values are checked by WorkloadSettingsService, which words its errors in the console's language;
 * these DTOs only name the fields (unknown ones are refused by the global pipe).
 */

export class AssignmentSettingsDto implements Partial<AssignmentSettings> {
  @ApiPropertyOptional({ enum: ['auto', 'manual'] })
  @Allow()
  mode?: AssignmentMode;

  @ApiPropertyOptional({ minimum: 1, example: 5 })
  @Allow()
  maxOpenPerAgent?: number;

  @ApiPropertyOptional({ minimum: 1, example: 10 })
  @Allow()
  reassignAfterOfflineMinutes?: number;
}

export class RuleSettingsDto implements Partial<RuleSettings> {
  @ApiPropertyOptional({ minimum: 1, nullable: true, example: 30 })
  @Allow()
  unansweredAfterAssignmentMinutes?: number | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @Allow()
  unansweredReturnTeamId?: string | null;

  @ApiPropertyOptional({ minimum: 1, nullable: true, example: 3 })
  @Allow()
  pendingReminderDays?: number | null;

  @ApiPropertyOptional({ minimum: 1, nullable: true, example: 4 })
  @Allow()
  pendingResolveDays?: number | null;

  @ApiPropertyOptional()
  @Allow()
  reminderText?: string;

  @ApiPropertyOptional()
  @Allow()
  pendingOnReply?: boolean;
}

export class ApprovalSettingsDto implements Partial<ApprovalSettings> {
  @ApiProperty({ enum: ['never', 'sensitive', 'always'] })
  @Allow()
  publicReplies?: ApprovalPolicy;
}

export class PresenceDto implements PresenceRequest {
  @ApiProperty({ enum: ['online', 'away'] })
  @IsIn(['online', 'away'])
  state: 'online' | 'away';
}

export class SkillsDto implements SkillsRequest {
  @ApiProperty({ example: ['nl'] })
  @IsArray()
  @IsString({ each: true })
  languages: string[];

  @ApiProperty({ example: ['whatsapp', 'messenger'] })
  @IsArray()
  @IsString({ each: true })
  channels: string[];
}
