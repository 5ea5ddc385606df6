import { ERROR_CODES } from '@webcare/shared';
import { AppException } from '../common/app.exception';

export class TeamNotFoundException extends AppException {
  constructor() {
    super(ERROR_CODES.teamNotFound, 404, 'Team not found');
  }
}

export class TeamMemberNotFoundException extends AppException {
  constructor() {
    super(ERROR_CODES.userNotFound, 404, 'User not found');
  }
}

export class TeamNameTakenException extends AppException {
  constructor() {
    super(ERROR_CODES.teamConflict, 409, 'A team with this name exists already');
  }
}
