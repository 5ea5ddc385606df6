import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

export class TwoFactorCodeDto {
  @ApiProperty({ example: '123456', description: 'The 6-digit code from the authenticator app' })
  @IsString()
  @Matches(/^\s*\d{3}\s?\d{3}\s*$/, { message: 'code must be the 6 digits from the authenticator app' })
  code: string;
}

export class TwoFactorVerifyDto {
  @ApiProperty()
  @IsString()
  @MaxLength(2000)
  challengeToken: string;

  @ApiProperty({ description: 'The 6-digit code, or one of the recovery codes (xxxx-xxxx-xxxx)' })
  @IsString()
  @MaxLength(40)
  code: string;
}
