import { findAddresses } from './address';
import { findBirthDates } from './birthdate';
import { findBsns } from './bsn';
import { findEmails } from './email';
import { findIbans } from './iban';
import { findPatientNumbers } from './patient-number';
import { findPhones } from './phone';
import { findRrns } from './rrn';
import type { DetectorInput, IdentifierMatch } from './types';

/**
 * All identifiers in a message. Where two readings of the same digits overlap, the more specific one
 * wins (a valid rijksregisternummer over a phone number, a BSN over a date).
 */
const DETECTORS: ReadonlyArray<(input: DetectorInput) => IdentifierMatch[]> = [
  findRrns,
  findBsns,
  findIbans,
  findPatientNumbers,
  findBirthDates,
  findEmails,
  findPhones,
  findAddresses,
];

/**
 * Every identifier holds an ASCII digit (numbers, dates, house numbers, IBANs) or an "@" (e-mail): a
 * message without either — most messages — has none, and the detectors need not walk its words.
 */
export function mayHoldIdentifiers(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 64) return true;
  }
  return false;
}

export function findIdentifiers(input: DetectorInput): IdentifierMatch[] {
  let taken: IdentifierMatch[] = [];
  for (const detect of DETECTORS) {
    const found = detect(input).sort((a, b) => a.start - b.start);
    const accepted: IdentifierMatch[] = [];
    for (const m of found) {
      const previous = accepted[accepted.length - 1];
      if (previous && previous.end > m.start) continue;
      if (!overlapsAny(taken, m)) accepted.push(m);
    }
    taken = mergeByStart(taken, accepted);
  }
  return taken;
}

/**
 * Both lists sorted by start, merged in one pass. Spans are never empty and never overlap, so no two
 * share a start: the order is the one a sort by start would give.
 */
function mergeByStart(a: IdentifierMatch[], b: IdentifierMatch[]): IdentifierMatch[] {
  if (b.length === 0) return a;
  const out: IdentifierMatch[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i].start <= b[j].start ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/** taken is sorted by start and its spans do not overlap each other. */
function overlapsAny(taken: readonly IdentifierMatch[], m: IdentifierMatch): boolean {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (taken[mid].end <= m.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < taken.length && taken[lo].start < m.end;
}
