import { findIbans, isValidIban } from './iban';
import { found } from './detector-input';

describe('isValidIban', () => {
  it.each(['NL91ABNA0417164300', 'NL91 ABNA 0417 1643 00', 'BE68539007547034', 'DE89370400440532013000'])(
    'accepts %s',
    (v) => expect(isValidIban(v)).toBe(true),
  );

  it.each([
    'NL91ABNA0417164301',
    'NL91ABNA041716430',
    'BE6853900754703',
    'XX91ABNA0417164300',
    'NL9112340417164300',
  ])('rejects %s', (v) => expect(isValidIban(v)).toBe(false));
});

describe('findIbans', () => {
  it('finds compact and grouped IBANs', () => {
    expect(found('Mijn IBAN is NL91ABNA0417164300, kunnen jullie', findIbans)).toEqual([
      'NL91ABNA0417164300',
    ]);
    expect(found('rekening NL91 ABNA 0417 1643 00 graag', findIbans)).toEqual(['NL91 ABNA 0417 1643 00']);
    expect(found('BE68 5390 0754 7034', findIbans)).toEqual(['BE68 5390 0754 7034']);
  });

  it('ignores invalid and embedded ones', () => {
    expect(found('NL91ABNA0417164301', findIbans)).toEqual([]);
    expect(found('xNL91ABNA0417164300', findIbans)).toEqual([]);
  });
});
