/**
 * The web chat widget's own API (`/api/widget/:key/…`), called from the organisation's site with an
 * anonymous visitor token; and the socket namespace `/widget` that brings the answers live.
 */

/** The most characters of one message from a visitor. */
export const WIDGET_MESSAGE_LIMIT = 2000;
/** The largest image a visitor may attach. */
export const WIDGET_IMAGE_LIMIT_BYTES = 5 * 1024 * 1024;
/** Image types a visitor may attach (checked against the bytes). */
export const WIDGET_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'] as const;

export type WidgetLanguage = 'nl' | 'en';

/** Opening periods per weekday (`mon` … `sun`), `HH:MM` in the organisation's time zone; absent = closed. */
export type WidgetOpeningWeek = Partial<
  Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', { start: string; end: string }[]>
>;

/** What the widget needs to draw itself; no secrets. */
export interface WidgetConfig {
  name: string;
  language: WidgetLanguage;
  /** The organisation's colours: `#rrggbb`. */
  colors: { primary: string; text: string };
  /** Opening hours, 24x7 when `alwaysOpen`. */
  openingHours: { alwaysOpen: boolean; timeZone: string; weekly: WidgetOpeningWeek };
  /** Open right now (by the server's clock). */
  openNow: boolean;
  /** The privacy notice the visitor accepts before the first message, in both languages. */
  privacy: { nl: string; en: string };
  messageLimit: number;
  imageLimitBytes: number;
}

/** `POST /api/widget/:key/sessions` `{visitorToken?}` → a (new or confirmed) anonymous visitor. */
export interface WidgetSession {
  visitorToken: string;
  config: WidgetConfig;
  /** An agent asked for a phone number to call back, and the visitor has not given one yet. */
  phoneRequested: boolean;
}

export interface WidgetMessage {
  id: string;
  /** `in`: from the visitor; `out`: from the organisation. */
  direction: 'in' | 'out';
  text: string;
  /** Images the visitor sent (counted; the widget does not load them back). */
  images: number;
  createdAt: string;
}

/** `GET /api/widget/:key/messages` → the visitor's conversation, oldest first. */
export interface WidgetHistory {
  items: WidgetMessage[];
}

/** `POST /api/widget/:key/messages` `{clientId, text, images?: string[]}` → 202. */
export interface WidgetSendRequest {
  /** Chosen by the widget per message, so a retried send is stored once. */
  clientId: string;
  text: string;
  /** References from `POST /api/widget/:key/images`. */
  images?: string[];
}

export interface WidgetSendAccepted {
  clientId: string;
  createdAt: string;
}

/** `POST /api/widget/:key/images` (raw image body) → a reference to attach to a message. */
export interface WidgetImageUploaded {
  image: string;
}

/** `POST /api/widget/:key/phone` `{phone}`: the number to call back on. */
export interface WidgetPhoneRequest {
  phone: string;
}

/** What the widget tells the inbox on its live line. */
export interface WidgetClientToServerEvents {
  /** The visitor is (or stopped) typing; shown to the agent in the conversation. */
  typing: (payload: { typing: boolean }) => void;
}

/** socket.io namespace `/widget`, auth `{key, visitorToken}`. */
export interface WidgetServerToClientEvents {
  message: (message: WidgetMessage) => void;
  /** An agent is (or stopped) typing an answer. */
  typing: (payload: { typing: boolean }) => void;
  /** An agent asks for a phone number to call back on. */
  'phone.requested': () => void;
}

/**
 * `PUT /api/widget-accounts/:key` (admin): a widget on one of the organisation's sites. The key goes in
 * the script tag's `data-account`; `allowedOrigins` are `scheme://host[:port]`, or `*` for every site.
 * A privacy notice of null means the standard wording.
 */
export interface WidgetAccountInput {
  name: string;
  allowedOrigins: string[];
  language: WidgetLanguage;
  /** `#rrggbb`: the launcher's and header's background, and the text on it. */
  primaryColor: string;
  textColor: string;
  privacyNl?: string | null;
  privacyEn?: string | null;
  /** false: switched off, refused on every site (its conversations stay); left out: unchanged (new: on). */
  active?: boolean;
}

/** `GET /api/widget-accounts` → `{items}`, ordered by key. */
export interface WidgetAccount extends WidgetAccountInput {
  key: string;
  privacyNl: string | null;
  privacyEn: string | null;
  active: boolean;
}
