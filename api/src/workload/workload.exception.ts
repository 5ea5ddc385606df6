import { ERROR_CODES } from '@webcare/shared';
import { AppException } from '../common/app.exception';

/** A workload setting out of range; the message is in the console's language (Accept-Language). */
export class WorkloadSettingsInvalidException extends AppException {
  constructor(message: string) {
    super(ERROR_CODES.workloadSettingsInvalid, 400, message);
  }
}
