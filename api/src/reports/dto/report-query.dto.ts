import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REPORT_GROUPS, type ReportGroupBy, type ResponseTimeQuery } from '@webcare/shared';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, Max, Min } from 'class-validator';

export class ResponseTimeQueryDto implements ResponseTimeQuery {
  @ApiProperty({ example: '2026-01-01T00:00:00+01:00', description: 'first inbound message at or after' })
  @IsISO8601()
  from: string;

  @ApiProperty({ example: '2026-02-01T00:00:00+01:00', description: 'first inbound message before' })
  @IsISO8601()
  to: string;

  @ApiPropertyOptional({ enum: REPORT_GROUPS, description: 'none: one total row' })
  @IsOptional()
  @IsIn(REPORT_GROUPS)
  groupBy?: ReportGroupBy;
}

export class ExportQueryDto {
  @ApiProperty() @IsISO8601() from: string;
  @ApiProperty() @IsISO8601() to: string;
}

export class BreachQueryDto {
  @ApiProperty() @IsISO8601() from: string;
  @ApiProperty() @IsISO8601() to: string;

  @ApiPropertyOptional({ default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100_000)
  offset?: number;
}
