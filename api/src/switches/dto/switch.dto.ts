import { ApiProperty } from '@nestjs/swagger';
import { SWITCH_KINDS, type SwitchKind, type SwitchRequest } from '@webcare/shared';
import { IsIn } from 'class-validator';

export class SwitchDto implements SwitchRequest {
  @ApiProperty({ enum: SWITCH_KINDS })
  @IsIn(SWITCH_KINDS, { message: `kind must be one of ${SWITCH_KINDS.join(', ')}` })
  kind: SwitchKind;
}
