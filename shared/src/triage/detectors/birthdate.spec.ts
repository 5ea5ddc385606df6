import { findBirthDates } from './birthdate';
import { found } from './detector-input';

describe('dates of birth', () => {
  it('needs a birth cue', () => {
    expect(found('His name is Tom, born 12-04-2016.', findBirthDates)).toEqual(['12-04-2016']);
    expect(found('Geboortedatum 03-09-1971', findBirthDates)).toEqual(['03-09-1971']);
    expect(found('geb. 3/9/71', findBirthDates)).toEqual(['3/9/71']);
    expect(found('ik ben geboren op 3 september 1971', findBirthDates)).toEqual(['3 september 1971']);
    expect(found('date of birth: September 3, 1971', findBirthDates)).toEqual(['September 3, 1971']);
  });

  it('takes an age context as a cue', () => {
    expect(found('mijn vader, 82 jaar oud, 14-02-1942', findBirthDates)).toEqual(['14-02-1942']);
  });

  it('ignores dates without a cue, impossible dates and future years', () => {
    expect(found('afspraak op 03-09-2025', findBirthDates)).toEqual([]);
    expect(found('geboren 31-02-1971', findBirthDates)).toEqual([]);
    expect(found('geboren 01-01-2999', findBirthDates)).toEqual([]);
  });
});
