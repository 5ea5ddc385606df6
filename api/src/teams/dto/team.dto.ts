import { ApiProperty } from '@nestjs/swagger';
import type { CreateTeamRequest, TeamKind, TeamMemberRequest } from '@webcare/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export class CreateTeamDto implements CreateTeamRequest {
  @ApiProperty({ maxLength: 120 })
  @IsString()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(120)
  name: string;

  @ApiProperty({ enum: ['region', 'expertise'] })
  @IsIn(['region', 'expertise'])
  kind: TeamKind;
}

export class TeamMemberDto implements TeamMemberRequest {
  @ApiProperty()
  @IsUUID()
  userId: string;
}
