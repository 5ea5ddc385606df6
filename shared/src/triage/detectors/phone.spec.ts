import { classifyPhone, findPhones } from './phone';
import { found } from './detector-input';

describe('classifyPhone', () => {
  it('reads Dutch mobile and landline numbers', () => {
    expect(classifyPhone('0612345678')).toEqual({ national: '0612345678', country: 'NL' });
    expect(classifyPhone('+31612345678')).toEqual({ national: '0612345678', country: 'NL' });
    expect(classifyPhone('0031612345678')).toEqual({ national: '0612345678', country: 'NL' });
    expect(classifyPhone('0201234567')).toEqual({ national: '0201234567', country: 'NL' });
  });

  it('reads Belgian mobile and landline numbers', () => {
    expect(classifyPhone('0475123456')).toEqual({ national: '0475123456', country: 'BE' });
    expect(classifyPhone('+32475123456')).toEqual({ national: '0475123456', country: 'BE' });
    expect(classifyPhone('+3241234567')).toEqual({ national: '041234567', country: 'BE' });
    expect(classifyPhone('022345678')).toEqual({ national: '022345678', country: 'BE' });
  });

  it.each(['112', '113', '08000113', '1813', '1712', '08002000', '0800123456', '0900123456', '0881234567'])(
    'never treats help lines and service numbers as personal: %s',
    (v) => expect(classifyPhone(v)).toBeNull(),
  );
});

describe('findPhones', () => {
  it('finds numbers in the usual layouts', () => {
    expect(found('Bel me even terug op 06-12345678 over', findPhones)).toEqual(['06-12345678']);
    expect(found('bel +31 (0)6 1234 5678 aub', findPhones)).toEqual(['+31 (0)6 1234 5678']);
    expect(found('tel. 020 123 45 67', findPhones)).toEqual(['020 123 45 67']);
    expect(found('gsm 0475 12 34 56', findPhones)).toEqual(['0475 12 34 56']);
    expect(found('bel 02 123 45 67', findPhones)).toEqual(['02 123 45 67']);
  });

  it('leaves help lines, dates and short numbers alone', () => {
    expect(found('Bel 113 of 0800-0113, of 112 bij nood. In België 1813.', findPhones)).toEqual([]);
    expect(found('Veilig Thuis 0800-2000', findPhones)).toEqual([]);
    expect(found('afspraak op 12-04-2016 om 10:30', findPhones)).toEqual([]);
    expect(found('bestelnummer 532650201', findPhones)).toEqual([]);
  });
});
