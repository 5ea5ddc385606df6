import type { Channel, Visibility } from './channels';

export const FLAG_CODES = [
  'crisis',
  'safeguarding',
  'explicit_media',
  'medical_public',
  'medical_advice',
  'pii_public',
  'client_confidentiality',
  'complaint',
  'aggression',
  'press',
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

export type Severity = 'critical' | 'high' | 'medium' | 'low';

export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];
/** Lower rank sorts first in the queue. */
export const PRIORITY_RANK: Record<Priority, number> = { urgent: 0, high: 1, normal: 2, low: 3 };

export const SWITCH_KINDS = ['call_back', 'private_message', 'secure_channel', 'in_person'] as const;
export type SwitchKind = (typeof SWITCH_KINDS)[number];

export type Locale = 'nl' | 'en';
export type Localized = Record<Locale, string>;

/** Offsets into the message text, end exclusive (UTF-16 code units, as JavaScript strings index). */
export interface EvidenceSpan {
  start: number;
  end: number;
}

export interface TriageFlag {
  code: FlagCode;
  severity: Severity;
  evidence: EvidenceSpan[];
  reason: Localized;
  /**
   * Raised by the learned model alone, not by a rule: shown as "possible" with its confidence. A possible
   * crisis or safeguarding flag is still urgent.
   */
  possible?: boolean;
  /** The model's probability for this flag (0–1), on flags the model raised. */
  confidence?: number;
}

export interface SuggestedSwitch {
  kind: SwitchKind;
  reason: Localized;
  template: Localized;
}

export interface TriageResult {
  flags: TriageFlag[];
  priority: Priority;
  suggestedSwitch: SuggestedSwitch | null;
}

export interface TriageAttachment {
  type: 'image' | 'video' | 'audio' | 'file' | 'sticker' | 'location' | 'other';
}

export interface TriageContext {
  channel: Channel;
  visibility: Visibility;
  attachments?: TriageAttachment[];
  /** What we know of the sender, e.g. noted by an agent on the contact card. */
  sender?: {
    /** The person told us calling is hard for them (common with an intellectual disability). */
    prefersNoPhone?: boolean;
    /** Country of the organisation's account, for crisis lines (NL: 113, BE: 1813). */
    country?: 'NL' | 'BE';
  };
  /** The text is an agent's draft (outbound), not an inbound message. */
  draft?: boolean;
}
