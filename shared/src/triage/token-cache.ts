import { unitsToString } from './normalize';

/** What the tokenizer derives from one distinct token: its canonical words and their comparison keys. */
export interface TokenEntry {
  /** The folded token as it appears in the normalised text. */
  text: string;
  forms: readonly string[];
  keys: readonly string[];
  /** keyId of each key (-1: none). */
  ids: readonly number[];
}

/**
 * Distinct tokens, looked up by their code units in the normalised text. A repeated word costs a hash
 * and a comparison instead of a new string and a map look-up per occurrence: a 1 MB message has some
 * 200 000 words but only a few thousand distinct ones. Shared between messages; when it is full it
 * starts over, so its memory stays bounded whatever comes in.
 */
const SLOTS = 1 << 16;
/** Well under half the slots, so probe runs stay short. */
const MAX_ENTRIES = 20_000;
/** slotEntry[s]: index + 1 of the entry in slot s, 0 for an empty slot. */
const slotEntry = new Int32Array(SLOTS);
const slotHash = new Int32Array(SLOTS);
let entries: TokenEntry[] = [];

function sameUnits(entry: string, units: Uint16Array, from: number, to: number): boolean {
  if (entry.length !== to - from) return false;
  for (let k = 0; k < entry.length; k++) if (entry.charCodeAt(k) !== units[from + k]) return false;
  return true;
}

/** FNV-1a over code units: start from HASH_SEED, then hashStep(hash, unit) per unit. */
export const HASH_SEED = 0x811c9dc5 | 0;

export function hashStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193);
}

export function hashUnits(units: Uint16Array, from: number, to: number): number {
  let hash = HASH_SEED;
  for (let k = from; k < to; k++) hash = hashStep(hash, units[k]);
  return hash;
}

/**
 * The entry for units[from, to) (whose hashUnits is `hash`, computed by the caller while it scans the
 * token), built with `build` the first time the token is seen.
 */
export function lookupToken(
  units: Uint16Array,
  from: number,
  to: number,
  hash: number,
  build: (folded: string) => TokenEntry,
): TokenEntry {
  let slot = hash & (SLOTS - 1);
  for (let e = slotEntry[slot]; e !== 0; e = slotEntry[slot]) {
    if (slotHash[slot] === hash && sameUnits(entries[e - 1].text, units, from, to)) return entries[e - 1];
    slot = (slot + 1) & (SLOTS - 1);
  }
  if (entries.length >= MAX_ENTRIES) {
    slotEntry.fill(0);
    entries = [];
    slot = hash & (SLOTS - 1);
  }
  const entry = build(unitsToString(units, from, to));
  entries.push(entry);
  slotEntry[slot] = entries.length;
  slotHash[slot] = hash;
  return entry;
}
