import type { DetectorInput, IdentifierMatch } from './types';

/**
 * E-mail addresses, found from each "@" by scanning left over the local part (at most 64 characters)
 * and right over the domain (at most 253). Neither scan can pass another "@", so every character is
 * looked at a bounded number of times: linear on any input, including "@.@.@." floods.
 */
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
/** The shortest domain isValidEmail accepts: a label, a dot and two letters. */
const MIN_DOMAIN = 4;

function isLocalChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 46 ||
    c === 95 ||
    c === 37 ||
    c === 43 ||
    c === 45
  );
}

function isDomainChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45;
}

export function isValidEmail(value: string): boolean {
  const at = value.indexOf('@');
  if (at <= 0 || at !== value.lastIndexOf('@')) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > MAX_LOCAL || domain.length > MAX_DOMAIN) return false;
  for (let i = 0; i < local.length; i++) if (!isLocalChar(local.charCodeAt(i))) return false;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  for (const label of labels) {
    if (label.length === 0 || label.length > 63 || label.startsWith('-') || label.endsWith('-')) return false;
    for (let i = 0; i < label.length; i++) if (!isDomainChar(label.charCodeAt(i))) return false;
  }
  const tld = labels[labels.length - 1];
  return tld.length >= 2 && /^[a-zA-Z]+$/.test(tld);
}

export function findEmails(input: DetectorInput): IdentifierMatch[] {
  const text = input.text;
  const out: IdentifierMatch[] = [];
  let at = text.indexOf('@');
  while (at >= 0) {
    let left = at;
    while (left > 0 && at - left < MAX_LOCAL + 1 && isLocalChar(text.charCodeAt(left - 1))) left--;
    let right = at + 1;
    while (right < text.length && right - at <= MAX_DOMAIN && isDomainChar(text.charCodeAt(right))) right++;
    // Trim punctuation that ends the sentence: "mail me op a@b.nl."
    while (right > at + 1 && (text.charCodeAt(right - 1) === 46 || text.charCodeAt(right - 1) === 45))
      right--;
    while (left < at && text.charCodeAt(left) === 46) left++;
    const before = left > 0 ? text.charCodeAt(left - 1) : 32;
    // A local part and a domain of at least "a.nl" first: "@@..@" floods are rejected without a slice.
    const plausible = at > left && right - at > MIN_DOMAIN;
    if (plausible && at - left <= MAX_LOCAL && before !== 64 && isValidEmail(text.slice(left, right))) {
      out.push({ kind: 'email', start: left, end: right });
    }
    at = text.indexOf('@', at + 1);
  }
  return out;
}
