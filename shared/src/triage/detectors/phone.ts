import { digitsOf } from './digits';
import type { DetectorInput, IdentifierMatch } from './types';

/**
 * Dutch and Belgian phone numbers (and other numbers written with a "+" country code). Help lines and
 * service numbers are never personal data and never flagged: 112, 113, 0800-0113, 1813, 1712,
 * 0800-2000 (Veilig Thuis), and every 0800/090x (and Belgian 070/078) number.
 */
export const HELP_LINES: readonly string[] = [
  '112',
  '113',
  '08000113',
  '1813',
  '1712',
  '08002000',
  '116111',
  '116123',
  '08000432',
  '102',
  '106',
  '09008844',
  '0900113',
];

const SERVICE_PREFIXES = ['0800', '0900', '0906', '0909', '088', '085'];
const BE_SERVICE_PREFIXES = ['0800', '070', '078', '0900', '0902', '0903', '0904', '0905'];

export type PhoneCountry = 'NL' | 'BE' | 'other';

/** The national form of a number ("0612345678") and its country, or null when it is no personal number. */
export function classifyPhone(raw: string): { national: string; country: PhoneCountry } | null {
  const digits = digitsOf(raw);
  const plus = raw.trimStart().startsWith('+');
  let country: 'NL' | 'BE' | null = null;
  let national = digits;
  const international = plus ? digits : digits.startsWith('00') ? digits.slice(2) : null;
  if (international !== null) {
    if (international.startsWith('31')) country = 'NL';
    else if (international.startsWith('32')) country = 'BE';
    else
      return international.length >= 8 && international.length <= 15
        ? { national: digits, country: 'other' }
        : null;
    let rest = international.slice(2);
    if (rest.startsWith('0')) rest = rest.slice(1); // "+31 (0)6 …"
    national = '0' + rest;
  }
  if (HELP_LINES.includes(national) || HELP_LINES.includes(digits)) return null;
  if (!national.startsWith('0') || national.startsWith('00')) return null;
  if (national.length === 10) {
    if (country !== 'BE' && SERVICE_PREFIXES.some((p) => national.startsWith(p))) return null;
    if (country !== 'NL' && BE_SERVICE_PREFIXES.some((p) => national.startsWith(p))) return null;
    // BE mobile 04[5-9]x xx xx xx; everything else with ten digits is Dutch: 06 mobile or 0 + area code.
    if (country === 'BE') return /^04[5-9]/.test(national) ? { national, country: 'BE' } : null;
    if (country === null && /^04[5-9]/.test(national)) return { national, country: 'BE' };
    return { national, country: 'NL' };
  }
  if (national.length === 9 && country !== 'NL') {
    if (BE_SERVICE_PREFIXES.some((p) => national.startsWith(p))) return null;
    // BE landline: 0 + 8 digits (02 Brussel, 03 Antwerpen, 09 Gent, 04 Liège: "+32 4" + 7 digits).
    return { national, country: 'BE' };
  }
  return null;
}

export function findPhones(input: DetectorInput): IdentifierMatch[] {
  const out: IdentifierMatch[] = [];
  for (const g of input.groups) {
    if (g.letterAfter || g.digitCount < 9 || g.digitCount > 15) continue;
    const international = g.plus || g.digits.startsWith('00');
    // A plain nine-digit run starting with 0 is more often a reference than a Belgian landline.
    if (!international && g.digitCount === 9 && g.partCount < 3) continue;
    if (!international && g.separators.some((s) => s.includes('/'))) continue; // dates
    const raw = (g.plus ? '+' : '') + g.digits;
    if (classifyPhone(raw)) out.push({ kind: 'phone', start: g.start, end: g.end });
  }
  return out;
}
