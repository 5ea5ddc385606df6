import { findBsns, isValidBsn } from './bsn';
import { found } from './detector-input';

describe('isValidBsn (11-proef)', () => {
  it.each(['111222333', '123456782', '628194821', '123 456 782', '1234.56.782'])('accepts %s', (v) => {
    expect(isValidBsn(v)).toBe(true);
  });

  it('gives eight digits a leading zero', () => {
    expect(isValidBsn('12345672')).toBe(true);
    expect(isValidBsn('10000008')).toBe(true);
  });

  it.each(['532650201', '123456789', '000000000', '1234567', '1234567890', '12345678a'])(
    'rejects %s',
    (v) => {
      expect(isValidBsn(v)).toBe(false);
    },
  );
});

describe('findBsns', () => {
  it('finds a valid BSN in a sentence', () => {
    expect(found('Mijn BSN is 628194821, zoek het maar uit.', findBsns)).toEqual(['628194821']);
    expect(found('burgerservicenummer 123 456 782', findBsns)).toEqual(['123 456 782']);
  });

  it('ignores nine-digit order numbers that fail the 11-proef', () => {
    expect(found('Bestelnummer 532650201 is nog niet geleverd', findBsns)).toEqual([]);
    expect(found('factuur 123456789', findBsns)).toEqual([]);
  });

  it('ignores a number that passes by chance when it is labelled as an order', () => {
    expect(found('ordernummer 111222333', findBsns)).toEqual([]);
  });

  it('only takes eight digits with a BSN label', () => {
    expect(found('bsn: 12345672', findBsns)).toEqual(['12345672']);
    expect(found('referentie 12345672', findBsns)).toEqual([]);
  });

  it('ignores longer digit runs and numbers inside words', () => {
    expect(found('1112223334', findBsns)).toEqual([]);
    expect(found('NL111222333', findBsns)).toEqual([]);
  });
});
