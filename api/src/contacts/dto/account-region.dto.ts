import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class AccountRegionDto {
  @ApiProperty({ nullable: true, example: 'Regio Noord', description: 'null or empty: no region' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  region: string | null;
}
