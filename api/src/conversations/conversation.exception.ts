import { ERROR_CODES } from '@webcare/shared';
import { AppException } from '../common/app.exception';

export class ConversationNotFoundException extends AppException {
  constructor() {
    super(ERROR_CODES.conversationNotFound, 404, 'Conversation not found');
  }
}

/** The conversation exists but is not escalated to one of the advisor's teams. */
export class ConversationForbiddenException extends AppException {
  constructor() {
    super(ERROR_CODES.conversationForbidden, 403, 'This conversation is not escalated to your team');
  }
}

export class ConversationHeldByOtherException extends AppException {
  constructor(holderName: string) {
    super(ERROR_CODES.conversationHeldByOther, 409, `This conversation is assigned to ${holderName}`);
  }
}

export class InvalidStatusTransitionException extends AppException {
  constructor(from: string, to: string) {
    super(
      ERROR_CODES.invalidStatusTransition,
      409,
      `A conversation cannot go from ${from} to ${to} this way`,
    );
  }
}

export class VisibilityNotAllowedException extends AppException {
  constructor(channel: string, visibility: string) {
    super(ERROR_CODES.visibilityNotAllowed, 400, `A ${visibility} reply is not possible on ${channel}`);
  }
}
