/**
 * WhatsApp Cloud API error codes in plain words, shared by failed-status webhooks and send errors.
 * Source: the Cloud API error code reference. `retryable` means trying the same send again later can work.
 */
interface Known {
  message: string;
  retryable: boolean;
}

export const WHATSAPP_24H_MESSAGE =
  "more than 24 hours since the person's last message: send a template or call back";

const KNOWN: Record<number, Known> = {
  1: { message: 'WhatsApp had an unknown problem; trying again', retryable: true },
  2: { message: 'WhatsApp is temporarily unavailable; trying again', retryable: true },
  4: { message: 'too many requests to WhatsApp for this app; trying again later', retryable: true },
  10: {
    message: 'the WhatsApp account lacks permission for this; check the connected number',
    retryable: false,
  },
  100: { message: 'WhatsApp refused the request as invalid', retryable: false },
  190: {
    message: 'the access token for this WhatsApp number expired or was revoked; reconnect it',
    retryable: false,
  },
  368: { message: 'the WhatsApp number is temporarily blocked for policy violations', retryable: false },
  80007: {
    message: 'the WhatsApp business account reached its rate limit; trying again later',
    retryable: true,
  },
  130429: {
    message: 'sending faster than WhatsApp allows for this number; trying again later',
    retryable: true,
  },
  130472: {
    message: "WhatsApp did not deliver: the person's number is part of a WhatsApp experiment",
    retryable: false,
  },
  131000: { message: 'WhatsApp had an unknown problem; trying again', retryable: true },
  131005: {
    message: 'WhatsApp denied access; check the permissions of the connected number',
    retryable: false,
  },
  131008: { message: 'WhatsApp refused the request: a required field is missing', retryable: false },
  131009: { message: 'WhatsApp refused the request: a field has an invalid value', retryable: false },
  131016: { message: 'WhatsApp is temporarily unavailable; trying again', retryable: true },
  131021: { message: 'the recipient is our own WhatsApp number', retryable: false },
  131026: {
    message:
      'WhatsApp could not deliver: the number may not use WhatsApp or has not accepted the latest terms',
    retryable: false,
  },
  131030: { message: 'the recipient is not on the allowed list of this test number', retryable: false },
  131031: { message: 'the WhatsApp business account is locked', retryable: false },
  131042: {
    message: 'WhatsApp refused the message because of a payment problem on the account',
    retryable: false,
  },
  131045: { message: 'the WhatsApp number is not registered correctly (certificate)', retryable: false },
  131047: { message: WHATSAPP_24H_MESSAGE, retryable: false },
  131048: {
    message: 'WhatsApp restricts how many messages this number may send (quality); try later or call back',
    retryable: false,
  },
  131049: {
    message: 'WhatsApp chose not to deliver this message to keep engagement healthy; try again much later',
    retryable: false,
  },
  131050: { message: 'the person stopped receiving marketing messages from us', retryable: false },
  131051: { message: 'WhatsApp does not support this message type', retryable: false },
  131052: { message: 'WhatsApp could not download the media the person sent', retryable: false },
  131053: { message: 'WhatsApp could not upload the media', retryable: false },
  131056: {
    message: 'too many messages to this person in a short time; trying again later',
    retryable: true,
  },
  131057: { message: 'the WhatsApp business account is in maintenance; trying again later', retryable: true },
  131062: {
    message: 'this message cannot be sent to a WhatsApp username; the phone number is needed',
    retryable: false,
  },
  132000: { message: 'the template parameters do not match the template', retryable: false },
  132001: { message: 'the template does not exist or is not approved in this language', retryable: false },
  132005: { message: 'the filled-in template text is too long', retryable: false },
  132007: { message: 'the template text breaks WhatsApp policy', retryable: false },
  132012: { message: 'the template parameters have the wrong format', retryable: false },
  132015: { message: 'the template is paused for low quality', retryable: false },
  132016: { message: 'the template is disabled for low quality', retryable: false },
  133004: { message: 'WhatsApp is temporarily unavailable; trying again', retryable: true },
  133010: { message: 'the WhatsApp number is not registered with the Cloud API', retryable: false },
};

export interface DescribedError {
  message: string;
  retryable: boolean;
}

/**
 * Plain words for a WhatsApp error code. Unknown codes keep WhatsApp's own title and details; whether they
 * are worth retrying is left to `fallbackRetryable` (for sends: the HTTP status).
 */
export function describeWhatsAppError(
  code: number | undefined,
  title: string | undefined,
  details: string | undefined,
  fallbackRetryable = false,
): DescribedError {
  if (code !== undefined && KNOWN[code]) {
    return KNOWN[code];
  }
  if (code !== undefined && code >= 200 && code <= 299) {
    return {
      message: 'the WhatsApp account lacks permission for this; check the connected number',
      retryable: false,
    };
  }
  const parts = [title, details].filter((p): p is string => typeof p === 'string' && p.length > 0);
  const said = parts.length > 0 ? `: ${[...new Set(parts)].join(' - ')}` : '';
  return {
    message: `WhatsApp refused the message${code !== undefined ? ` (code ${code})` : ''}${said}`,
    retryable: fallbackRetryable,
  };
}
