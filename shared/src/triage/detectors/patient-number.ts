import type { DetectorInput, IdentifierMatch } from './types';

/**
 * Patient and file numbers: a label ("patiëntnummer", "patientnr", "dossiernummer", "cliëntnummer",
 * "patient number") followed within three words by a number of at least four digits.
 */
const MIN_DIGITS = 4;
const WINDOW = 3;

function digitCount(form: string): number {
  let n = 0;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

export function findPatientNumbers(input: DetectorInput): IdentifierMatch[] {
  const out: IdentifierMatch[] = [];
  const words = input.words;
  let lastEnd = -1;
  for (const hit of input.cues.get('patient_number') ?? []) {
    const sentence = words.sentence[hit.first];
    for (let j = hit.last + 1; j <= hit.last + WINDOW && j < words.length; j++) {
      if (words.sentence[j] !== sentence) break;
      const form = words.form[j];
      const start = words.start[j];
      const end = words.end[j];
      if (digitCount(form) >= MIN_DIGITS || (words.numeric(j) && form === '' && end - start > MIN_DIGITS)) {
        if (start >= lastEnd) {
          out.push({ kind: 'patient_number', start, end });
          lastEnd = end;
        }
        break;
      }
    }
  }
  return out;
}
