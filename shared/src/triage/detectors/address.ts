import type { DetectorInput, IdentifierMatch } from './types';
import { CAPITAL, type WordTable } from '../tokens';

/**
 * Street addresses and Dutch postcodes.
 * - Street + house number: a word ending in a Dutch or Flemish street suffix ("Kerkstraat 12",
 *   "Frankrijklei 5b") or an English one after the number ("12 Baker Street").
 * - NL postcode: four digits not starting with 0, an optional space, two letters (never SA, SD, SS);
 *   it is an address only with a house number near it. Belgian postcodes need a street to count.
 */
export const STREET_SUFFIXES: readonly string[] = [
  'straat',
  'laan',
  'weg',
  'plein',
  'gracht',
  'kade',
  'dreef',
  'singel',
  'steeg',
  'dijk',
  'pad',
  'markt',
  'hof',
  'park',
  'baan',
  'lei',
  'kaai',
  'vest',
  'wal',
  'dam',
  'plantsoen',
  'boulevard',
  'erf',
  'hoek',
  'veld',
  'straatje',
];

/** Words with a street suffix that are no street ("onderweg 2 uur", "snelweg"). */
const NOT_STREETS = new Set([
  'onderweg',
  'halfweg',
  'snelweg',
  'zijweg',
  'uitweg',
  'rijbaan',
  'loopbaan',
  'kerkhof',
  'gerechtshof',
  'arbeidsmarkt',
  'woningmarkt',
  'speelveld',
  'werkveld',
  'vakgebied',
  'kinderdagverblijf',
  'achterstand',
]);

const ENGLISH_STREETS = new Set([
  'street',
  'road',
  'avenue',
  'lane',
  'drive',
  'close',
  'square',
  'st',
  'rd',
  'ave',
]);

function isHouseNumber(words: WordTable, i: number): boolean {
  if (i >= words.length || !words.numeric(i)) return false;
  const f = words.form[i];
  let digits = 0;
  while (digits < f.length && f.charCodeAt(digits) >= 48 && f.charCodeAt(digits) <= 57) digits++;
  if (digits === 0 || digits > 4 || f.length - digits > 1) return false;
  return Number(f.slice(0, digits)) > 0;
}

/** The last two code units of a word as one number: a map key without a new string per word. */
function endKey(word: string): number {
  return word.charCodeAt(word.length - 2) * 65536 + word.charCodeAt(word.length - 1);
}

/** Suffixes by their last two letters, so each word costs one map look-up. */
const SUFFIXES_BY_END = new Map<number, string[]>();
for (const suffix of STREET_SUFFIXES) {
  const key = endKey(suffix);
  const list = SUFFIXES_BY_END.get(key);
  if (list) list.push(suffix);
  else SUFFIXES_BY_END.set(key, [suffix]);
}

function isStreetWord(words: WordTable, i: number): boolean {
  const f = words.form[i];
  if (words.numeric(i) || f.length < 5 || f.length > 40) return false;
  const candidates = SUFFIXES_BY_END.get(endKey(f));
  if (!candidates || NOT_STREETS.has(f)) return false;
  for (const suffix of candidates) {
    if (f.length >= suffix.length + 3 && f.endsWith(suffix)) return true;
  }
  return false;
}

function findStreets(words: WordTable): IdentifierMatch[] {
  const out: IdentifierMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    const sentence = words.sentence[i];
    if (isStreetWord(words, i)) {
      // "Kerkstraat 12", "Kerkstraat nr. 12"
      let j = i + 1;
      if (
        j < words.length &&
        (words.form[j] === 'nr' || words.form[j] === 'nummer') &&
        words.sentence[j] === sentence
      )
        j++;
      if (j < words.length && words.sentence[j] === sentence && isHouseNumber(words, j)) {
        out.push({ kind: 'address', start: words.start[i], end: words.end[j] });
        i = j;
      }
      continue;
    }
    if (isHouseNumber(words, i)) {
      // "12 Baker Street"
      for (let j = i + 1; j <= i + 3 && j < words.length; j++) {
        if (words.sentence[j] !== sentence || (words.bits[j] & CAPITAL) === 0) break;
        if (j > i + 1 && ENGLISH_STREETS.has(words.form[j])) {
          out.push({ kind: 'address', start: words.start[i], end: words.end[j] });
          break;
        }
      }
    }
  }
  return out;
}

function isUpperOrLower(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** "9711 AB" / "9711AB" right after a four-digit part. Returns the end offset, or -1. */
function postcodeEnd(text: string, digitsEnd: number): number {
  let k = digitsEnd;
  if (text.charCodeAt(k) === 32) k++;
  const a = text.charCodeAt(k);
  const b = text.charCodeAt(k + 1);
  if (!isUpperOrLower(a) || !isUpperOrLower(b)) return -1;
  const after = text.charCodeAt(k + 2);
  if (isUpperOrLower(after) || (after >= 48 && after <= 57)) return -1;
  const letters = text.slice(k, k + 2).toUpperCase();
  if (letters === 'SA' || letters === 'SD' || letters === 'SS') return -1;
  return k + 2;
}

/** A street address within `distance` characters of [start, end); streets are in text order. */
function streetNear(
  streets: readonly IdentifierMatch[],
  start: number,
  end: number,
  distance: number,
): boolean {
  let lo = 0;
  let hi = streets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (streets[mid].end < start - distance) lo = mid + 1;
    else hi = mid;
  }
  return lo < streets.length && streets[lo].start <= end + distance;
}

export function findAddresses(input: DetectorInput): IdentifierMatch[] {
  const streets = findStreets(input.words);
  const out = [...streets];
  const text = input.text;
  for (const g of input.groups) {
    if (g.partCount !== 1 || g.digitCount !== 4 || g.plus) continue;
    const partStart = g.partStart(0);
    if (text.charCodeAt(partStart) === 48) continue;
    const end = postcodeEnd(text, g.partEnd(0));
    if (end < 0) continue;
    // A house number close by, or a street address in the same stretch of text.
    const near = streetNear(streets, partStart, end, 40);
    const tail = text.slice(end, end + 12);
    const head = text.slice(Math.max(0, partStart - 12), partStart);
    const numberAfter = /^[ ,]{0,2}(nr\.? ?)?[1-9][0-9]{0,3}[a-zA-Z]?\b/.test(tail);
    const numberBefore = /\b[1-9][0-9]{0,3}[a-zA-Z]?[ ,]{1,3}$/.test(head);
    if (near || numberAfter || numberBefore) out.push({ kind: 'address', start: g.start, end });
  }
  return out;
}
