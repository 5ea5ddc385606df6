import { ERROR_CODES } from '@webcare/shared';
import { AppException } from '../common/app.exception';

export class CallBackNotFoundException extends AppException {
  constructor() {
    super(ERROR_CODES.callBackNotFound, 404, 'Call-back task not found');
  }
}

export class CallBackConflictException extends AppException {
  constructor(message: string) {
    super(ERROR_CODES.callBackConflict, 409, message);
  }
}
