/** Error codes in every API error body `{statusCode, code, message, correlationId}`. */
export const ERROR_CODES = {
  validation: 'VALIDATION_FAILED',
  unauthorized: 'UNAUTHORIZED',
  forbidden: 'FORBIDDEN',
  notFound: 'NOT_FOUND',
  rateLimited: 'RATE_LIMITED',
  invalidCredentials: 'INVALID_CREDENTIALS',
  conversationNotFound: 'CONVERSATION_NOT_FOUND',
  conversationHeldByOther: 'CONVERSATION_HELD_BY_OTHER',
  invalidStatusTransition: 'INVALID_STATUS_TRANSITION',
  unansweredUrgent: 'UNANSWERED_URGENT',
  alreadyClosed: 'ALREADY_CLOSED',
  visibilityNotAllowed: 'VISIBILITY_NOT_ALLOWED',
  /** WhatsApp: more than 24 hours since the person's last message (free text); Meta: more than 7 days. */
  windowClosed: 'WINDOW_CLOSED',
  tooLongForChannel: 'TOO_LONG_FOR_CHANNEL',
  templateNotFound: 'TEMPLATE_NOT_FOUND',
  escalationNotFound: 'ESCALATION_NOT_FOUND',
  escalationConflict: 'ESCALATION_CONFLICT',
  teamNotFound: 'TEAM_NOT_FOUND',
  escalationForbidden: 'ESCALATION_FORBIDDEN',
  conversationForbidden: 'CONVERSATION_FORBIDDEN',
  callBackNotFound: 'CALL_BACK_NOT_FOUND',
  inboundEventNotFound: 'INBOUND_EVENT_NOT_FOUND',
  callBackConflict: 'CALL_BACK_CONFLICT',
  teamConflict: 'TEAM_CONFLICT',
  userNotFound: 'USER_NOT_FOUND',
  slaPolicyInvalid: 'SLA_POLICY_INVALID',
  reportQueryInvalid: 'REPORT_QUERY_INVALID',
  auditQueryInvalid: 'AUDIT_QUERY_INVALID',
  webhookSignatureInvalid: 'WEBHOOK_SIGNATURE_INVALID',
  webhookMalformed: 'WEBHOOK_MALFORMED',
  payloadTooLarge: 'PAYLOAD_TOO_LARGE',
  databaseUnavailable: 'DATABASE_UNAVAILABLE',
  /** Web chat: the site the widget runs on is not allowed for the widget account. */
  originNotAllowed: 'ORIGIN_NOT_ALLOWED',
  /** Web chat: the visitor token is missing or not valid for the widget account. */
  visitorUnknown: 'VISITOR_UNKNOWN',
  /** Web chat: a message over the limit. */
  messageTooLong: 'MESSAGE_TOO_LONG',
  unsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  spikeNotFound: 'SPIKE_NOT_FOUND',
  /** A bulk answer would reach conversations the person has not confirmed yet. */
  spikeGrew: 'SPIKE_GREW',
  unknownMetric: 'UNKNOWN_METRIC',
  topicInvalid: 'TOPIC_INVALID',
  workloadSettingsInvalid: 'WORKLOAD_SETTINGS_INVALID',
  approvalConflict: 'APPROVAL_CONFLICT',
  ownReplyApproval: 'OWN_REPLY_APPROVAL',
  messageNotFound: 'MESSAGE_NOT_FOUND',
  internal: 'INTERNAL_ERROR',
  contactNotFound: 'CONTACT_NOT_FOUND',
  /** Erasing a person with an open escalation: repeat with `confirm: true`. */
  confirmRequired: 'CONFIRM_REQUIRED',
  retentionBelowMinimum: 'RETENTION_BELOW_MINIMUM',
  twoFactorRequired: 'TWO_FACTOR_REQUIRED',
  twoFactorInvalid: 'TWO_FACTOR_INVALID',
  userConflict: 'USER_CONFLICT',
  ssoFailed: 'SSO_FAILED',
} as const;
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

export interface ApiErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  correlationId?: string;
}
