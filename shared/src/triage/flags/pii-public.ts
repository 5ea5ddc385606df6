import type { TriageFlag } from '../../contract/triage';
import type { Analysis } from '../analysis';
import type { IdentifierKind } from '../detectors/types';
import { makeFlag } from './flag';

/** Identifiers (validated) posted on a public channel, by the sender or in an agent's draft. */
const NAMES: Record<IdentifierKind, { nl: string; en: string }> = {
  bsn: { nl: 'BSN', en: 'BSN' },
  rrn: { nl: 'rijksregisternummer', en: 'national register number' },
  iban: { nl: 'IBAN', en: 'IBAN' },
  phone: { nl: 'telefoonnummer', en: 'phone number' },
  email: { nl: 'e-mailadres', en: 'e-mail address' },
  address: { nl: 'adres', en: 'address' },
  birthdate: { nl: 'geboortedatum', en: 'date of birth' },
  patient_number: { nl: 'patiëntnummer', en: 'patient number' },
};

const SENSITIVE: ReadonlySet<IdentifierKind> = new Set(['bsn', 'rrn', 'iban', 'patient_number']);

export function detectPiiPublic(a: Analysis): TriageFlag | null {
  if (!a.isPublic || a.identifiers.length === 0) return null;
  const kinds = [...new Set(a.identifiers.map((i) => i.kind))];
  const nl = kinds.map((k) => NAMES[k].nl).join(', ');
  const en = kinds.map((k) => NAMES[k].en).join(', ');
  return makeFlag(
    'pii_public',
    kinds.some((k) => SENSITIVE.has(k)) ? 'high' : 'medium',
    a.identifiers.map((i) => ({ start: i.start, end: i.end })),
    a.draft
      ? {
          nl: `Je concept bevat persoonsgegevens op een openbaar kanaal: ${nl}.`,
          en: `Your draft contains personal data on a public channel: ${en}.`,
        }
      : {
          nl: `Persoonsgegevens zichtbaar op een openbaar kanaal: ${nl}.`,
          en: `Personal data visible on a public channel: ${en}.`,
        },
  );
}
