/**
 * Small integer ids for distinct word keys (numbers apart from words), so that per-key data of the
 * matcher is an array look-up per word instead of a map look-up. Ids are stable for the life of the
 * process; once MAX_IDS keys have one, further keys get none (-1) and are looked up by their string.
 */
const MAX_IDS = 200_000;
const wordIds = new Map<string, number>();
const numberIds = new Map<string, number>();
let next = 0;

export function keyId(key: string, numeric: boolean): number {
  const ids = numeric ? numberIds : wordIds;
  const known = ids.get(key);
  if (known !== undefined) return known;
  if (next >= MAX_IDS) return -1;
  ids.set(key, next);
  return next++;
}
