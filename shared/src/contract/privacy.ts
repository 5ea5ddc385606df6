/** What each retention period covers: resolved conversations older than the period lose it. */
export interface RetentionSettings {
  /** Text of messages (in and out) of resolved conversations; null keeps it. */
  messageContentDays: number | null;
  /** Attachments and fetched media of resolved conversations. */
  mediaDays: number | null;
  /** Name, phone and channel identities of a person whose conversations are all resolved. */
  contactDetailsDays: number | null;
  /** Internal notes and escalation texts of resolved conversations. */
  notesDays: number | null;
  /** Access-log lines: never lower than the legal minimum (five years in the Netherlands). */
  auditLogDays: number;
}

export type RetentionCategory = 'messageContent' | 'media' | 'contactDetails' | 'notes' | 'auditLog';

/** `POST /api/retention/run`: what the purge did. */
export interface RetentionRunResult {
  ranAt: string;
  purged: Record<RetentionCategory, number>;
}

/** `POST /api/contacts/:id/erasure` */
export interface ErasureRequest {
  reason: string;
  /** Needed when the person has an open escalation. */
  confirm?: boolean;
}

export interface ErasureResult {
  contactId: string;
  erasedAt: string;
  conversations: number;
  messages: number;
  mediaFiles: number;
  accessLogPseudonym: string;
}

/** One access-log line about the person, in the subject export. */
export interface SubjectAccessLine {
  at: string;
  who: string | null;
  role: string | null;
  action: string;
  what: string;
  conversationId: string | null;
}

export interface SubjectExport {
  generatedAt: string;
  contact: {
    id: string;
    displayName: string;
    phone: string | null;
    createdAt: string;
    erasedAt: string | null;
  };
  identities: { provider: string; externalId: string; handle: string | null; createdAt: string }[];
  conversations: {
    id: string;
    channel: string;
    status: string;
    createdAt: string;
    resolvedAt: string | null;
    messages: {
      id: string;
      direction: string;
      text: string;
      createdAt: string;
      author: string | null;
      attachments: { type: string; url: string }[];
    }[];
    escalations: {
      id: string;
      mode: string;
      status: string;
      reason: string;
      response: string | null;
      createdAt: string;
    }[];
  }[];
  callBacks: {
    id: string;
    conversationId: string;
    phone: string | null;
    note: string | null;
    status: string;
    dueAt: string;
  }[];
  accessLog: SubjectAccessLine[];
}

export type TwoFactorSetup = { secret: string; otpauthUrl: string; qrSvg: string };

export interface TwoFactorEnabled {
  recoveryCodes: string[];
}

export interface LoginChallenge {
  challengeToken: string;
  /** The user must first set up two-factor login (policy) before a session is given. */
  enrolment?: boolean;
}

export interface AdminUser {
  id: string;
  email: string;
  name: string;
  role: import('./api').Role;
  active: boolean;
  twoFactor: boolean;
  sso: boolean;
  createdAt: string;
}
