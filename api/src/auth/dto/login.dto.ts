import { ApiProperty } from '@nestjs/swagger';
import type { LoginRequest } from '@webcare/shared';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'agent@example.org' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email: string;

  @ApiProperty({ example: 'webcare-demo' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;
}
