import { ERROR_CODES } from '@webcare/shared';
import { AppException } from '../common/app.exception';

export class TemplateNotFoundException extends AppException {
  constructor() {
    super(ERROR_CODES.templateNotFound, 404, 'There is no approved template with this name and language');
  }
}

export class TemplatesNotAvailableException extends AppException {
  constructor(reason: string) {
    super(ERROR_CODES.validation, 400, reason);
  }
}

export class TemplatesUnreachableException extends AppException {
  constructor(reason: string) {
    super(ERROR_CODES.templateNotFound, 502, `The templates could not be read: ${reason}`);
  }
}
