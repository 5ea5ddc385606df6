/**
 * A word key's bit among 64: a sentence's mask of its words' bits tells the matcher cheaply that a word a
 * phrase needs is certainly absent (a missing bit), so most phrases are rejected without walking them.
 */
export function keyBit(key: string): number {
  // FNV-1a over the code units, folded to six bits.
  let hash = 0x811c9dc5 | 0;
  for (let k = 0; k < key.length; k++) hash = Math.imul(hash ^ key.charCodeAt(k), 0x01000193);
  return (hash ^ (hash >>> 6) ^ (hash >>> 12) ^ (hash >>> 18) ^ (hash >>> 24)) & 63;
}
