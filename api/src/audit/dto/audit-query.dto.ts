import { ApiPropertyOptional } from '@nestjs/swagger';
import type { AuditQuery } from '@webcare/shared';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export class AuditQueryDto implements AuditQuery {
  @ApiPropertyOptional() @IsOptional() @IsISO8601() from?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601() to?: string;
  @ApiPropertyOptional({ description: 'user id' }) @IsOptional() @IsUUID() actor?: string;
  @ApiPropertyOptional({ description: 'conversation id' }) @IsOptional() @IsUUID() conversation?: string;
  @ApiPropertyOptional({ description: 'contact id' }) @IsOptional() @IsUUID() contact?: string;

  @ApiPropertyOptional({ description: 'part of the name or e-mail of the user who acted' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  actorName?: string;

  @ApiPropertyOptional({ description: 'part of the name of the person whose data was accessed' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  personName?: string;

  @ApiPropertyOptional({ example: 'conversation.read' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(/^[a-z_.]+$/)
  action?: string;

  @ApiPropertyOptional({ default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^\d{1,19}$/)
  cursor?: string;
}
