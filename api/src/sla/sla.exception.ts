import { ERROR_CODES } from '@webcare/shared';
import { AppException } from '../common/app.exception';

export class SlaPolicyInvalidException extends AppException {
  constructor(problem: string) {
    super(ERROR_CODES.slaPolicyInvalid, 400, `The SLA settings cannot be saved: ${problem}`);
  }
}
