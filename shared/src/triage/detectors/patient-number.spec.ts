import { findPatientNumbers } from './patient-number';
import { found } from './detector-input';

describe('patient numbers', () => {
  it('takes a number after its label', () => {
    expect(found('Mijn patiëntnummer is 4482913', findPatientNumbers)).toEqual(['4482913']);
    expect(found('patientnr: 123456', findPatientNumbers)).toEqual(['123456']);
    expect(found('dossiernummer 2023-88121', findPatientNumbers)).toEqual(['2023']);
    expect(found('patient number 998877', findPatientNumbers)).toEqual(['998877']);
  });

  it('ignores short numbers and numbers without a label', () => {
    expect(found('patiëntnummer 12', findPatientNumbers)).toEqual([]);
    expect(found('kamer 4482913', findPatientNumbers)).toEqual([]);
  });
});
