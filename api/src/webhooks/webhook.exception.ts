import { ERROR_CODES } from '@webcare/shared';
import { AppException } from '../common/app.exception';

export class WebhookSignatureException extends AppException {
  constructor() {
    super(ERROR_CODES.webhookSignatureInvalid, 401, 'The webhook signature is missing or does not match');
  }
}

export class WebhookMalformedException extends AppException {
  constructor(detail: string) {
    super(ERROR_CODES.webhookMalformed, 400, `The webhook body is not in the provider's format: ${detail}`);
  }
}
