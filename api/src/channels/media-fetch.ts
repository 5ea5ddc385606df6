import type { TokenFor } from './graph-client';
import { isObject } from './parse-util';
import { WHATSAPP_MEDIA_PREFIX } from './whatsapp/whatsapp-parser';

/** The most we fetch and keep of one attachment (WhatsApp video and documents reach 16 MB; more is refused). */
export const MAX_MEDIA_BYTES = 16 * 1024 * 1024;

/** Content types the console shows; anything else is refused, whatever the provider says. */
const ALLOWED =
  /^(image\/(jpeg|png|gif|webp)|video\/(mp4|3gpp|quicktime)|audio\/(aac|mp4|mpeg|amr|ogg)|application\/pdf)$/;

export class MediaFetchError extends Error {
  constructor(
    message: string,
    /** 404 gone at the provider, 413 too large, 415 not a type we show, 502 provider refused/unreachable. */
    readonly status: 404 | 413 | 415 | 502,
  ) {
    super(message);
    this.name = 'MediaFetchError';
  }
}

export interface FetchedMedia {
  contentType: string;
  bytes: Buffer;
}

export interface MediaSource {
  provider: 'meta' | 'whatsapp' | 'x' | 'twilio';
  /** Our account the media reached (token owner). */
  accountId: string;
  /** `whatsapp-media:<id>` or the provider's URL. */
  url: string;
}

export interface MediaFetchOptions {
  whatsappGraphUrl: string;
  /** Token for a WhatsApp number, Page / Instagram account, or X account. */
  tokenFor: (provider: MediaSource['provider'], accountId: string) => ReturnType<TokenFor>;
  /** Twilio media URLs take HTTP basic with the account SID and auth token. */
  twilioBasic: string | null;
  timeoutMs?: number;
}

/** Checks the first bytes: an image must be what it says it is, so a disguised file never shows as one. */
function magicMatches(contentType: string, bytes: Buffer): boolean {
  const head = (n: number) => bytes.subarray(0, n);
  switch (contentType) {
    case 'image/jpeg':
      return head(3).equals(Buffer.from([0xff, 0xd8, 0xff]));
    case 'image/png':
      return head(8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    case 'image/gif':
      return head(4).toString('latin1') === 'GIF8';
    case 'image/webp':
      return head(4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP';
    case 'application/pdf':
      return head(5).toString('latin1') === '%PDF-';
    default:
      return true;
  }
}

/** The image type the bytes are (JPEG, PNG, GIF, WebP), whatever anyone says; null for anything else. */
export function sniffImageType(bytes: Buffer): string | null {
  for (const type of ['image/jpeg', 'image/png', 'image/gif', 'image/webp']) {
    if (bytes.length >= 12 && magicMatches(type, bytes)) return type;
  }
  return null;
}

async function download(
  url: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<FetchedMedia> {
  let response: Response;
  try {
    response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch {
    throw new MediaFetchError('the provider could not be reached for this media; try again', 502);
  }
  if (response.status === 404 || response.status === 410) {
    throw new MediaFetchError('the provider no longer has this media', 404);
  }
  if (!response.ok) {
    throw new MediaFetchError(`the provider refused the media (HTTP ${response.status})`, 502);
  }
  const contentType = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (!ALLOWED.test(contentType)) {
    await response.body?.cancel().catch(() => undefined);
    throw new MediaFetchError('this kind of file is not shown in the inbox', 415);
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_MEDIA_BYTES) {
    await response.body?.cancel().catch(() => undefined);
    throw new MediaFetchError('the media is larger than 16 MB', 413);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > MAX_MEDIA_BYTES) {
        await reader.cancel().catch(() => undefined);
        throw new MediaFetchError('the media is larger than 16 MB', 413);
      }
      chunks.push(Buffer.from(value));
    }
  }
  const bytes = Buffer.concat(chunks);
  if (!magicMatches(contentType, bytes)) {
    throw new MediaFetchError('the file is not the kind of media the provider said it is', 415);
  }
  return { contentType, bytes };
}

/**
 * Fetches one attachment from its provider with the account's token: WhatsApp Cloud API media by id
 * (`GET {graph}/{media-id}` gives a short-lived URL, fetched with the same bearer token); Messenger and
 * Instagram CDN URLs as given; X media with the account's bearer token; Twilio media with HTTP basic.
 * Size-limited while streaming; the content type must be one the console shows and match the bytes.
 */
export async function fetchProviderMedia(
  source: MediaSource,
  options: MediaFetchOptions,
): Promise<FetchedMedia> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  if (source.url.startsWith(WHATSAPP_MEDIA_PREFIX)) {
    const mediaId = source.url.slice(WHATSAPP_MEDIA_PREFIX.length);
    let token: string;
    try {
      token = await options.tokenFor('whatsapp', source.accountId);
    } catch {
      throw new MediaFetchError('no WhatsApp access token is set to fetch this media', 502);
    }
    const base = options.whatsappGraphUrl.replace(/\/+$/, '');
    let meta: Response;
    try {
      meta = await fetch(
        `${base}/${encodeURIComponent(mediaId)}?phone_number_id=${encodeURIComponent(source.accountId)}`,
        { headers: { Authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(timeoutMs) },
      );
    } catch {
      throw new MediaFetchError('WhatsApp could not be reached for this media; try again', 502);
    }
    const body: unknown = await meta.json().catch(() => undefined);
    if (!meta.ok || !isObject(body) || typeof body.url !== 'string') {
      throw new MediaFetchError(
        meta.status === 404 || (isObject(body) && isObject(body.error) && body.error.code === 100)
          ? 'WhatsApp no longer has this media (it keeps media for 30 days)'
          : 'WhatsApp refused the media',
        meta.status === 404 ? 404 : 502,
      );
    }
    if (typeof body.file_size === 'number' && body.file_size > MAX_MEDIA_BYTES) {
      throw new MediaFetchError('the media is larger than 16 MB', 413);
    }
    return download(body.url, { Authorization: `Bearer ${token}` }, timeoutMs);
  }
  if (!/^https?:\/\//.test(source.url)) {
    throw new MediaFetchError('this attachment has no media to fetch', 404);
  }
  if (source.provider === 'twilio') {
    return download(
      source.url,
      options.twilioBasic ? { Authorization: `Basic ${options.twilioBasic}` } : {},
      timeoutMs,
    );
  }
  if (source.provider === 'x') {
    let token = '';
    try {
      token = await options.tokenFor('x', source.accountId);
    } catch {
      // Public post media needs no token.
    }
    return download(source.url, token ? { Authorization: `Bearer ${token}` } : {}, timeoutMs);
  }
  return download(source.url, {}, timeoutMs);
}
