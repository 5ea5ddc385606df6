import { ApiProperty } from '@nestjs/swagger';
import type { ReturnReplyRequest } from '@webcare/shared';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class ReturnReplyDto implements ReturnReplyRequest {
  @ApiProperty({ example: 'Noem geen diagnose in het openbaar; vraag om een privébericht.' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  remark: string;
}
