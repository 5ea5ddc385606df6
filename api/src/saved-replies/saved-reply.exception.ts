import { ERROR_CODES } from '@webcare/shared';
import { AppException } from '../common/app.exception';

export class SavedReplyNotFoundException extends AppException {
  constructor() {
    super(ERROR_CODES.savedReplyNotFound, 404, 'Saved reply not found');
  }
}

export class SavedReplyTeamNotFoundException extends AppException {
  constructor() {
    super(ERROR_CODES.teamNotFound, 400, 'The team of this saved reply does not exist');
  }
}
