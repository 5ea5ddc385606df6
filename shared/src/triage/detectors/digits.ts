/** Every code unit is a digit 0-9. */
export function isAllDigits(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The digits of value, in order. Detectors mostly pass strings that are digits already: those are
 * returned as they are, without building a new string one character at a time.
 */
export function digitsOf(value: string): string {
  if (isAllDigits(value)) return value;
  let digits = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += value.charAt(i);
  }
  return digits;
}

/** The digits of value, or null when it holds anything but digits, spaces, dots and dashes. */
export function separatedDigits(value: string): string | null {
  if (isAllDigits(value)) return value;
  let digits = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += value.charAt(i);
    else if (c !== 32 && c !== 46 && c !== 45) return null;
  }
  return digits;
}
