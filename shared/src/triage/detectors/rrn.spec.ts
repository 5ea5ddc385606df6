import { findRrns, isValidRrn } from './rrn';
import { found } from './detector-input';

describe('isValidRrn (mod 97)', () => {
  it('accepts people born before 2000', () => {
    expect(isValidRrn('85.07.30-033.28')).toBe(true);
    expect(isValidRrn('61021411779')).toBe(true);
  });

  it('accepts people born from 2000 (2 000 000 000 added)', () => {
    expect(isValidRrn('05.03.15-123.67')).toBe(true);
  });

  it('accepts BIS numbers with 20 or 40 added to the month', () => {
    expect(isValidRrn('85.27.30-033.71')).toBe(true);
    expect(isValidRrn('85.47.30-033.17')).toBe(true);
  });

  it.each(['85.07.30-033.29', '85.13.30-033.28', '8507300332', '85.07.32-033.28'])('rejects %s', (v) => {
    expect(isValidRrn(v)).toBe(false);
  });
});

describe('findRrns', () => {
  it('finds the usual written forms', () => {
    expect(found('Mijn rijksregisternummer is 85.07.30-033.28, kan ik', findRrns)).toEqual([
      '85.07.30-033.28',
    ]);
    expect(found('INSZ 850730 033 28', findRrns)).toEqual(['850730 033 28']);
    expect(found('nummer 85073003328.', findRrns)).toEqual(['85073003328']);
  });

  it('ignores eleven digits that fail the check', () => {
    expect(found('85.07.30-033.29', findRrns)).toEqual([]);
  });
});
