import type { Hit } from './matcher';

/** What a hit says about its phrase. */
export interface PhraseInfo {
  lexicon: string;
  tag: string;
  pattern: string;
}

/**
 * The hits of one lexicon as columns (phrase, first word, last word) rather than one object per hit. For
 * lexicons the rules only ask "is there one, and in which sentence?" (personal words, contact requests):
 * a long message has tens of thousands of such hits, and objects for them only fed the garbage collector.
 * Hits are in text order, as the matcher found them.
 */
export class HitColumns {
  count = 0;
  /**
   * (phrase, first word, last word) per hit, three numbers each. Made per lexicon per message, and most
   * messages have no or few hits: one array, allocated at the first hit and grown by doubling.
   */
  private data: Int32Array = NO_DATA;

  constructor(private readonly phrases: readonly PhraseInfo[]) {}

  add(phrase: number, first: number, last: number): void {
    const at = this.count * 3;
    if (at === this.data.length) {
      const bigger = new Int32Array(Math.max(24, at * 2));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[at] = phrase;
    this.data[at + 1] = first;
    this.data[at + 2] = last;
    this.count++;
  }

  /** First and last word of hit k. */
  first(k: number): number {
    return this.data[k * 3 + 1];
  }

  last(k: number): number {
    return this.data[k * 3 + 2];
  }

  /** Hit k has this tag (any tag when undefined). */
  tagged(k: number, tag: string | undefined): boolean {
    return tag === undefined || this.phrases[this.data[k * 3]].tag === tag;
  }

  has(tag: string | undefined): boolean {
    for (let k = 0; k < this.count; k++) if (this.tagged(k, tag)) return true;
    return false;
  }

  /** The hits as objects, for a rule that does want them. */
  toHits(): Hit[] {
    const out: Hit[] = [];
    for (let k = 0; k < this.count; k++) {
      const p = this.phrases[this.data[k * 3]];
      out.push({
        lexicon: p.lexicon,
        tag: p.tag,
        first: this.data[k * 3 + 1],
        last: this.data[k * 3 + 2],
        pattern: p.pattern,
      });
    }
    return out;
  }
}

const NO_DATA = new Int32Array(0);
