/**
 * A word key's bit among 63 (bits 0-62 of a 64-bit mask kept as two 32-bit halves): a mask of the bits
 * of the words after a position tells the matcher cheaply that a word a phrase needs is certainly absent
 * (a missing bit), so most phrases are rejected without walking them.
 */
export function keyBit(key: string): number {
  // FNV-1a over the code units, folded to 0..62.
  let hash = 0x811c9dc5 | 0;
  for (let k = 0; k < key.length; k++) hash = Math.imul(hash ^ key.charCodeAt(k), 0x01000193);
  return (hash >>> 0) % 63;
}

/** Bit 63 (the top bit of the high half) belongs to no key: every mask has it, so "no word required" passes. */
export const ALWAYS_HI = 1 << 31;
