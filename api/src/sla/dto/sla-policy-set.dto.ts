import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type BusinessHoursView,
  CHANNELS,
  type CrisisPolicy,
  type Channel,
  type HolidayRegion,
  type OpeningPeriod,
  PRIORITIES,
  type Priority,
  type SlaPolicy,
  type SlaPolicySet,
  type Weekday,
} from '@webcare/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const MAX_SECONDS = 60 * 24 * 3600;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export class SlaPolicyDto implements SlaPolicy {
  @ApiProperty({ enum: PRIORITIES })
  @IsIn(PRIORITIES)
  priority: Priority;

  @ApiProperty({ enum: CHANNELS, nullable: true, description: 'null: every channel without its own row' })
  @ValidateIf((_o, value) => value !== null)
  @IsIn(CHANNELS)
  channel: Channel | null;

  @ApiProperty() @IsInt() @Min(60) @Max(MAX_SECONDS) firstResponseS: number;
  @ApiProperty() @IsInt() @Min(60) @Max(MAX_SECONDS) nextResponseS: number;
  @ApiProperty() @IsInt() @Min(60) @Max(MAX_SECONDS) resolutionS: number;
  @ApiProperty() @IsInt() @Min(60) @Max(MAX_SECONDS) escalationPickupS: number;
  @ApiProperty() @IsBoolean() businessHours: boolean;
}

export class OpeningPeriodDto implements OpeningPeriod {
  @ApiProperty({ example: '08:30' }) @IsString() @Matches(TIME) start: string;
  @ApiProperty({ example: '17:00' }) @IsString() @Matches(TIME) end: string;
}

const day = () => [
  IsOptional(),
  IsArray(),
  ArrayMaxSize(6),
  ValidateNested({ each: true }),
  Type(() => OpeningPeriodDto),
];
function Day(): PropertyDecorator {
  return (target, key) => day().forEach((decorator) => decorator(target, key));
}

export class WeeklyHoursDto implements Partial<Record<Weekday, OpeningPeriod[]>> {
  @ApiPropertyOptional({ type: [OpeningPeriodDto] }) @Day() mon?: OpeningPeriodDto[];
  @ApiPropertyOptional({ type: [OpeningPeriodDto] }) @Day() tue?: OpeningPeriodDto[];
  @ApiPropertyOptional({ type: [OpeningPeriodDto] }) @Day() wed?: OpeningPeriodDto[];
  @ApiPropertyOptional({ type: [OpeningPeriodDto] }) @Day() thu?: OpeningPeriodDto[];
  @ApiPropertyOptional({ type: [OpeningPeriodDto] }) @Day() fri?: OpeningPeriodDto[];
  @ApiPropertyOptional({ type: [OpeningPeriodDto] }) @Day() sat?: OpeningPeriodDto[];
  @ApiPropertyOptional({ type: [OpeningPeriodDto] }) @Day() sun?: OpeningPeriodDto[];
}

export class BusinessHoursDto implements BusinessHoursView {
  @ApiProperty({ nullable: true, description: 'null: the organisation default' })
  @ValidateIf((_o, value) => value !== null)
  @IsUUID()
  teamId: string | null;

  @ApiProperty({ example: 'Europe/Amsterdam' }) @IsString() @MaxLength(64) timeZone: string;
  @ApiProperty() @IsBoolean() alwaysOpen: boolean;

  @ApiProperty({ type: WeeklyHoursDto })
  @ValidateNested()
  @Type(() => WeeklyHoursDto)
  weekly: WeeklyHoursDto;

  @ApiProperty({ enum: ['NL', 'BE'], isArray: true })
  @IsArray()
  @IsIn(['NL', 'BE'], { each: true })
  holidays: HolidayRegion[];

  @ApiPropertyOptional({ type: [String], example: ['2026-12-24'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(366)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { each: true })
  closedDates?: string[];
}

export class CrisisPolicyDto implements CrisisPolicy {
  @ApiProperty({ default: 900 }) @IsInt() @Min(60) @Max(MAX_SECONDS) callBackDueS: number;
  @ApiProperty({ default: 1800 }) @IsInt() @Min(60) @Max(MAX_SECONDS) retryDueS: number;
  @ApiProperty({ default: 2 }) @IsInt() @Min(1) @Max(20) maxFailedAttempts: number;
  @ApiProperty({ default: 600 }) @IsInt() @Min(60) @Max(MAX_SECONDS) firstContactEscalateS: number;

  @ApiProperty({ nullable: true, description: 'null: the first advisor team by name' })
  @ValidateIf((_o, value) => value !== null)
  @IsUUID()
  onCallTeamId: string | null;
}

export class SlaPolicySetDto implements SlaPolicySet {
  @ApiPropertyOptional({ type: CrisisPolicyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CrisisPolicyDto)
  crisis?: CrisisPolicyDto;

  @ApiProperty({ type: [SlaPolicyDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => SlaPolicyDto)
  policies: SlaPolicyDto[];

  @ApiProperty({ type: [BusinessHoursDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => BusinessHoursDto)
  businessHours: BusinessHoursDto[];
}
