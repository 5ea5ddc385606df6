import { ApiProperty } from '@nestjs/swagger';
import type { PushSubscriptionRequest } from '@webcare/shared';
import { Type } from 'class-transformer';
import { IsString, IsUrl, Matches, MaxLength, ValidateNested } from 'class-validator';

export class PushKeysDto {
  @ApiProperty() @IsString() @Matches(/^[A-Za-z0-9_-]{20,200}={0,2}$/) p256dh: string;
  @ApiProperty() @IsString() @Matches(/^[A-Za-z0-9_-]{8,100}={0,2}$/) auth: string;
}

export class PushSubscriptionDto implements PushSubscriptionRequest {
  @ApiProperty()
  @IsUrl({ require_tld: false, protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(2000)
  endpoint: string;

  @ApiProperty({ type: PushKeysDto })
  @ValidateNested()
  @Type(() => PushKeysDto)
  keys: PushKeysDto;
}

export class PushEndpointDto {
  @ApiProperty() @IsString() @MaxLength(2000) endpoint: string;
}
