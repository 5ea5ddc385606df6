import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type BulkReplyRequest,
  CHANNELS,
  type Channel,
  GOAL_METRICS,
  type GoalItem,
  type GoalMetric,
  TOPIC_REPORT_GROUPS,
  type TopicReportGroup,
} from '@webcare/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

export class BulkReplyDto implements BulkReplyRequest {
  @ApiProperty({ description: 'the public reply, the same for every conversation' })
  @IsString()
  @MinLength(1)
  @MaxLength(8000)
  text: string;

  @ApiPropertyOptional({ description: 'conversations the person confirmed; a larger spike asks again' })
  @IsOptional()
  @IsInt()
  @Min(0)
  count?: number;
}

export class GoalItemDto implements GoalItem {
  @ApiProperty({ enum: GOAL_METRICS })
  @IsString()
  metric: GoalMetric;

  @ApiPropertyOptional({ enum: CHANNELS, nullable: true })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: Channel | null;

  @ApiProperty()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1_000_000)
  target: number;
}

export class GoalsDto {
  @ApiProperty({ type: [GoalItemDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => GoalItemDto)
  items: GoalItemDto[];
}

export class TopicLabelsDto {
  @ApiProperty() @IsString() @MaxLength(80) nl: string;
  @ApiProperty() @IsString() @MaxLength(80) en: string;
}

export class TopicDto {
  @ApiProperty({ example: 'parkeren' }) @IsString() @MaxLength(40) code: string;

  @ApiProperty({ type: TopicLabelsDto })
  @ValidateNested()
  @Type(() => TopicLabelsDto)
  labels: TopicLabelsDto;

  @ApiProperty({ example: ['parkeer*', 'parking'] })
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  phrases: string[];
}

export class TopicReportQueryDto {
  @ApiProperty() @IsISO8601() from: string;
  @ApiProperty() @IsISO8601() to: string;

  @ApiPropertyOptional({ enum: TOPIC_REPORT_GROUPS })
  @IsOptional()
  @IsIn(TOPIC_REPORT_GROUPS)
  groupBy?: TopicReportGroup;

  @ApiPropertyOptional({ enum: ['nl', 'en'] })
  @IsOptional()
  @IsIn(['nl', 'en'])
  lang?: 'nl' | 'en';
}

export class EvaluationQueryDto {
  @ApiProperty() @IsISO8601() from: string;
  @ApiProperty() @IsISO8601() to: string;

  @ApiPropertyOptional({ enum: ['json', 'pdf'] })
  @IsOptional()
  @IsIn(['json', 'pdf'])
  format?: 'json' | 'pdf';

  @ApiPropertyOptional({ enum: ['nl', 'en'] })
  @IsOptional()
  @IsIn(['nl', 'en'])
  lang?: 'nl' | 'en';
}
