import { CLOSE_REASONS, ERROR_CODES } from '@webcare/shared';
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

/** A channel's limit on one reply (X: 280 characters in public). */
export class TooLongForChannelException extends AppException {
  constructor(limit: number) {
    super(
      ERROR_CODES.tooLongForChannel,
      400,
      `A public reply here holds at most ${limit} characters; shorten it or answer privately`,
    );
  }
}

/** Crisis or safeguarding work nobody has answered yet is not closed without a reason. */
export class UnansweredUrgentException extends AppException {
  constructor() {
    super(
      ERROR_CODES.unansweredUrgent,
      409,
      `Nobody has answered this crisis or safeguarding conversation yet: closing it needs a reason (${CLOSE_REASONS.join(', ')})`,
    );
  }
}

/** The provider no longer accepts a free-text reply: WhatsApp after 24 hours, Messenger/Instagram after 7 days. */
export class WindowClosedException extends AppException {
  constructor(afterwards: 'template' | 'none') {
    super(
      ERROR_CODES.windowClosed,
      422,
      afterwards === 'template'
        ? "More than 24 hours have passed since the person's last WhatsApp message: WhatsApp only allows an approved template now"
        : "More than 7 days have passed since the person's last message: Meta no longer allows a reply here; call back or use another channel",
    );
  }
}

/** Someone else closed it first. */
export class AlreadyClosedException extends AppException {
  constructor(byName: string | null) {
    super(
      ERROR_CODES.alreadyClosed,
      409,
      byName ? `This conversation was already closed by ${byName}` : 'This conversation is already closed',
    );
  }
}

export class MessageNotFoundException extends AppException {
  constructor() {
    super(ERROR_CODES.messageNotFound, 404, 'Message not found');
  }
}

/** The reply was already sent, returned or withdrawn: there is nothing left to approve. */
export class ApprovalConflictException extends AppException {
  constructor(state: string) {
    super(
      ERROR_CODES.approvalConflict,
      409,
      state === 'approved'
        ? 'This reply was already approved and sent'
        : `This reply no longer waits for approval (${state})`,
    );
  }
}

/** Four eyes: the writer of a reply cannot approve or return it. */
export class OwnReplyApprovalException extends AppException {
  constructor() {
    super(ERROR_CODES.ownReplyApproval, 403, 'Another person must approve a reply you wrote');
  }
}
