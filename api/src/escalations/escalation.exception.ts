import { ERROR_CODES } from '@webcare/shared';
import { AppException } from '../common/app.exception';

export class EscalationNotFoundException extends AppException {
  constructor() {
    super(ERROR_CODES.escalationNotFound, 404, 'Escalation not found');
  }
}

/** A transition the state machine does not allow from the current status, or a lost race. */
export class EscalationConflictException extends AppException {
  constructor(message: string) {
    super(ERROR_CODES.escalationConflict, 409, message);
  }
}

export class EscalationForbiddenException extends AppException {
  constructor(message: string) {
    super(ERROR_CODES.escalationForbidden, 403, message);
  }
}

export class EscalationTeamNotFoundException extends AppException {
  constructor() {
    super(ERROR_CODES.teamNotFound, 404, 'Team not found');
  }
}
