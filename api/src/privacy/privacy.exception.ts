import { ERROR_CODES } from '@webcare/shared';
import { AppException } from '../common/app.exception';

export class ContactNotFoundException extends AppException {
  constructor() {
    super(ERROR_CODES.contactNotFound, 404, 'There is no such person');
  }
}

export class ErasureNeedsConfirmException extends AppException {
  constructor(open: number) {
    super(
      ERROR_CODES.confirmRequired,
      409,
      `This person has ${open} open escalation${open === 1 ? '' : 's'}: erasing removes what the advisor is working on. Repeat with "confirm": true to erase anyway`,
    );
  }
}

export class RetentionBelowMinimumException extends AppException {
  constructor(minimumDays: number) {
    super(
      ERROR_CODES.retentionBelowMinimum,
      400,
      `Access-log lines must be kept at least ${minimumDays} days (five years, NEN 7513); auditLogDays cannot be lower`,
    );
  }
}
