import { ERROR_CODES } from '@webcare/shared';
import { AppException } from '../common/app.exception';

export class WidgetAccountNotFoundException extends AppException {
  constructor() {
    super(ERROR_CODES.notFound, 404, 'There is no web chat with this key');
  }
}

export class OriginNotAllowedException extends AppException {
  constructor() {
    super(ERROR_CODES.originNotAllowed, 403, 'This web chat may not be used on this site');
  }
}

export class VisitorUnknownException extends AppException {
  constructor() {
    super(ERROR_CODES.visitorUnknown, 401, 'The chat session is not valid; start a new one');
  }
}

export class WidgetMessageTooLongException extends AppException {
  constructor(limit: number) {
    super(ERROR_CODES.messageTooLong, 413, `The message is longer than ${limit} characters`);
  }
}

export class WidgetInputException extends AppException {
  constructor(message: string) {
    super(ERROR_CODES.validation, 400, message);
  }
}

export class WidgetImageException extends AppException {
  constructor(message: string, status: 413 | 415) {
    super(status === 413 ? ERROR_CODES.payloadTooLarge : ERROR_CODES.unsupportedMediaType, status, message);
  }
}

export class WidgetRateLimitedException extends AppException {
  constructor(readonly retryAfterSeconds: number) {
    super(ERROR_CODES.rateLimited, 429, `Too many messages; try again in ${retryAfterSeconds} seconds`);
  }
}
