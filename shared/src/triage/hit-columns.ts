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
  // Made per lexicon per message, and most messages have a few hits: start small, grow by doubling.
  phrase: Int32Array = new Int32Array(8);
  first: Int32Array = new Int32Array(8);
  last: Int32Array = new Int32Array(8);

  constructor(private readonly phrases: readonly PhraseInfo[]) {}

  add(phrase: number, first: number, last: number): void {
    const k = this.count;
    if (k === this.phrase.length) {
      const grow = (from: Int32Array): Int32Array => {
        const to = new Int32Array(from.length * 2);
        to.set(from);
        return to;
      };
      this.phrase = grow(this.phrase);
      this.first = grow(this.first);
      this.last = grow(this.last);
    }
    this.phrase[k] = phrase;
    this.first[k] = first;
    this.last[k] = last;
    this.count = k + 1;
  }

  /** Hit k has this tag (any tag when undefined). */
  tagged(k: number, tag: string | undefined): boolean {
    return tag === undefined || this.phrases[this.phrase[k]].tag === tag;
  }

  has(tag: string | undefined): boolean {
    for (let k = 0; k < this.count; k++) if (this.tagged(k, tag)) return true;
    return false;
  }

  /** The hits as objects, for a rule that does want them. */
  toHits(): Hit[] {
    const out: Hit[] = [];
    for (let k = 0; k < this.count; k++) {
      const p = this.phrases[this.phrase[k]];
      out.push({
        lexicon: p.lexicon,
        tag: p.tag,
        first: this.first[k],
        last: this.last[k],
        pattern: p.pattern,
      });
    }
    return out;
  }
}
