/** A piece of message text: plain, or a link that is safe to open (http or https only). */
export interface TextPart {
  text: string;
  href?: string;
  /** The host the link really goes to, shown beside it. */
  domain?: string;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/gi;
const TRAILING = /[.,;:!?)\]}'"]+$/;

/**
 * Splits text into plain parts and links. Only http(s) URLs become links (never javascript:, data:,
 * mailto: or anything else); punctuation that ends a sentence is not part of the link.
 */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    const raw = match[0].replace(TRAILING, '');
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ text: raw, href: url.href, domain: url.hostname });
    last = start + raw.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
