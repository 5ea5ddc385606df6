import { ERROR_CODES } from '@webcare/shared';
import { AppException } from '../common/app.exception';

export class AuditQueryInvalidException extends AppException {
  constructor(problem: string) {
    super(ERROR_CODES.auditQueryInvalid, 400, `The access log cannot be read this way: ${problem}`);
  }
}
