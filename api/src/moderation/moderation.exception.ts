import { ERROR_CODES } from '@webcare/shared';
import { AppException } from '../common/app.exception';

export class NothingToHideException extends AppException {
  constructor() {
    super(ERROR_CODES.notFound, 404, 'There is no public comment from this person to hide');
  }
}

export class MessageNotFoundException extends AppException {
  constructor() {
    super(ERROR_CODES.notFound, 404, 'Message not found in this conversation');
  }
}
