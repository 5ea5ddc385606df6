/**
 * A lexicon is a list of groups of phrase patterns. Pattern syntax, word by word (space separated):
 * - `word`      the word itself (compared after folding, chat spelling and squeezing repeated letters)
 * - `word*`     a word that starts with it (Dutch compounds: "zelfmoord*" covers "zelfmoordgedachten")
 * - `*word`     a word that ends with it (compound heads: "*kanker" covers "borstkanker")
 * - `a|b|c`     one of these (each may carry a `*`)
 * - `_`         any one word; `#` any number
 * - `~N`        up to N words of anything, within the same sentence
 * Patterns never cross a sentence boundary. Prefixes and suffixes are at least three letters long.
 */
export interface LexiconGroup {
  /** What the group stands for; flag rules read hits by tag. */
  tag: string;
  patterns: readonly string[];
  /** A negation just before the phrase ("niet", "geen", "no", "never") cancels the hit. */
  negatable?: boolean;
}

export type Lexicon = readonly LexiconGroup[];
