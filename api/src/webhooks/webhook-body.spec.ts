import { plausibleTime } from '../channels/parse-util';
import { parseJsonDelivery, storableStrings, storableText } from './webhook-body';

describe('poison input', () => {
  it('removes NUL and replaces lone surrogate halves, keeping real pairs', () => {
    expect(storableText('a\u0000b')).toBe('ab');
    expect(storableText('x\ud800y')).toBe('x\ufffdy');
    expect(storableText('x\udc00')).toBe('x\ufffd');
    expect(storableText('smile 😀')).toBe('smile 😀');
    expect(storableStrings({ k: ['\u0000', { '\ud800': 1 }], n: 3 })).toEqual({
      k: ['', { '\ufffd': 1 }],
      n: 3,
    });
    expect(Object.getPrototypeOf(storableStrings(JSON.parse('{"__proto__": {"a": 1}}')))).toBe(
      Object.prototype,
    );
  });

  it('cleans a delivery whose JSON escapes a NUL or a lone surrogate, and keeps one without them as sent', () => {
    const texts = (raw: string) =>
      parseJsonDelivery(Buffer.from(raw), (body) => {
        expect(typeof body).toBe('object');
        return [{ text: (body as { t: string[] }).t } as never];
      }).map((event) => (event as unknown as { text: string[] }).text);
    expect(texts('{"t": ["a\\u0000b", "x\\ud800y", "\\ud83d\\ude00"]}')).toEqual([['ab', 'x\ufffdy', '😀']]);
    expect(texts('{"t": ["gewoon", "\\u00e9t\\u00e9 😀"]}')).toEqual([['gewoon', 'été 😀']]);
    expect(texts('{"t": ["x\\uDC00"]}')).toEqual([['x\ufffd']]);
  });

  it('refuses times beyond the date range or more than a day ahead', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(plausibleTime(new Date(now + 3_600_000), 't', now)).toEqual(new Date(now + 3_600_000));
    expect(() => plausibleTime(new Date(8_640_000_000_000), 't', now)).toThrow(/not a possible time/);
    expect(() => plausibleTime(new Date(NaN), 't', now)).toThrow(/not a possible time/);
    expect(() => plausibleTime(new Date(now + 2 * 86_400_000), 't', now)).toThrow(/not a possible time/);
  });
});
