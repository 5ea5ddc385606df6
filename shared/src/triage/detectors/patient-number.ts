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
    const sentence = words[hit.first].sentence;
    for (let j = hit.last + 1; j <= hit.last + WINDOW && j < words.length; j++) {
      const w = words[j];
      if (w.sentence !== sentence) break;
      if (digitCount(w.form) >= MIN_DIGITS || (w.numeric && w.form === '' && w.end - w.start > MIN_DIGITS)) {
        if (w.start >= lastEnd) {
          out.push({ kind: 'patient_number', start: w.start, end: w.end });
          lastEnd = w.end;
        }
        break;
      }
    }
  }
  return out;
}
