import type { WordTable } from '../tokens';
import type { Hit } from '../matcher';
import type { NumberGroup } from './number-groups';

export type IdentifierKind =
  'bsn' | 'rrn' | 'iban' | 'phone' | 'email' | 'address' | 'birthdate' | 'patient_number';

export interface IdentifierMatch {
  kind: IdentifierKind;
  /** Offsets into the original text, end exclusive. */
  start: number;
  end: number;
}

/** What the detectors read: the original text, its digit groups, its words and the cue-word hits. */
export interface DetectorInput {
  text: string;
  groups: NumberGroup[];
  words: WordTable;
  /** Hits of the cue lexicon by tag (birth, age, bsn, patient_number, not_personal), in text order. */
  cues: ReadonlyMap<string, readonly Hit[]>;
}
