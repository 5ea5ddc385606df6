import { EXCEL_CSV_BOM, excelCsvLine, excelCsvValue, excelLocalTime } from './excel-csv';

describe('CSV for Dutch Excel', () => {
  it('writes local Amsterdam time in winter and in summer', () => {
    expect(excelLocalTime(new Date('2026-01-05T15:00:00Z'))).toBe('2026-01-05 16:00:00');
    expect(excelLocalTime(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02 00:30:00');
  });

  it('separates with ; and quotes fields that hold ; quotes or line breaks', () => {
    expect(excelCsvLine(['a', 'b;c', 'say "hi"', 'x\ny', null, 3])).toBe(
      'a;"b;c";"say ""hi""";"x\ny";;3\r\n',
    );
  });

  it('keeps accents as they are (UTF-8 with a byte-order mark at the start of the file)', () => {
    expect(EXCEL_CSV_BOM).toBe('\uFEFF');
    expect(excelCsvValue('Zoë Brouwer')).toBe('Zoë Brouwer');
  });

  it('makes text that Excel would run as a formula inert', () => {
    expect(excelCsvValue('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(excelCsvValue('+31612345678')).toBe("'+31612345678");
    expect(excelCsvValue(-5)).toBe('-5');
  });

  it('writes yes/no in Dutch', () => {
    expect(excelCsvValue(true)).toBe('ja');
    expect(excelCsvValue(false)).toBe('nee');
  });
});
