import { findEmails, isValidEmail } from './email';
import { found } from './detector-input';

describe('e-mail', () => {
  it('finds addresses and trims sentence punctuation', () => {
    expect(found('Mail me maar op s.devries@example.nl, ik wil', findEmails)).toEqual([
      's.devries@example.nl',
    ]);
    expect(found('naar jan+zorg@mail.example.be.', findEmails)).toEqual(['jan+zorg@mail.example.be']);
  });

  it('ignores handles and broken addresses', () => {
    expect(found('@ziekenhuis hallo', findEmails)).toEqual([]);
    expect(found('a@b', findEmails)).toEqual([]);
    expect(found('x@@y.nl', findEmails)).toEqual([]);
    expect(found('@.@.@.', findEmails)).toEqual([]);
  });

  it('validates', () => {
    expect(isValidEmail('iemand@example.nl')).toBe(true);
    expect(isValidEmail('.iemand@example.nl')).toBe(false);
    expect(isValidEmail('iemand@example')).toBe(false);
    expect(isValidEmail('iemand@-example.nl')).toBe(false);
  });
});
