import { ERROR_CODES } from '@webcare/shared';
import { AppException } from '../common/app.exception';

export class ReportQueryInvalidException extends AppException {
  constructor(problem: string) {
    super(ERROR_CODES.reportQueryInvalid, 400, `The report cannot be made: ${problem}`);
  }
}
