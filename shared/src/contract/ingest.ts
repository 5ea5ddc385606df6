import type { Provider } from './channels';

/**
 * A delivered event the inbox could not process after every retry: stored, not lost, and shown to
 * supervisors with a retry. It carries no message content, only what it is and why it failed.
 */
export interface UnprocessableEventView {
  id: string;
  provider: Provider;
  /** message, echo, status, read_watermark or removed. */
  kind: string;
  receivedAt: string;
  failedAt: string;
  /** The error's name (a code such as QueryFailedError or RangeError), never its text. */
  reason: string | null;
}

export interface UnprocessableEventList {
  items: UnprocessableEventView[];
}
