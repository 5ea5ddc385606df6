import type { DetectorInput } from './types';

/** Index of the first word that ends after the given offset (binary search). */
export function wordIndexAt(input: DetectorInput, offset: number): number {
  const words = input.words;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words.end[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Longest cue phrase, in words: bounds the look-back of the binary search. */
const MAX_CUE_WORDS = 6;

/**
 * Whether a cue with this tag ends at most `before` words before the span, or starts at most `after`
 * words after it, within the same sentence. Binary search keeps this cheap for any number of cues.
 */
export function cueNear(
  input: DetectorInput,
  tag: string,
  start: number,
  end: number,
  before: number,
  after: number,
): boolean {
  const hits = input.cues.get(tag);
  if (!hits || hits.length === 0) return false;
  const first = wordIndexAt(input, start);
  if (first >= input.words.length) return false;
  const last = Math.max(
    first,
    Math.min(input.words.length - 1, wordIndexAt(input, Math.max(start, end - 1))),
  );
  const sentence = input.words.sentence[first];
  const from = first - before - MAX_CUE_WORDS;
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].first < from) lo = mid + 1;
    else hi = mid;
  }
  for (let h = lo; h < hits.length && hits[h].first <= last + after; h++) {
    const hit = hits[h];
    if (input.words.sentence[hit.first] !== sentence) continue;
    if (hit.last < first && first - hit.last <= before) return true;
    if (hit.first > last && hit.first - last <= after) return true;
    if (hit.first >= first && hit.last <= last) return true;
  }
  return false;
}
