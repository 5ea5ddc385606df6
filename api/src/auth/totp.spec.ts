import { base32Decode, base32Encode, hotp, matchTotp, otpauthUrl, totp } from './totp';

/** RFC 6238 appendix B: the SHA-1 seed "12345678901234567890", 8-digit values cut to their last 6. */
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890'));

describe('TOTP (RFC 6238)', () => {
  it.each([
    [59, '287082'],
    [1111111109, '081804'],
    [1111111111, '050471'],
    [1234567890, '005924'],
    [2000000000, '279037'],
    [20000000000, '353130'],
  ])('gives the RFC test value at %i s', (seconds, code) => {
    expect(totp(RFC_SECRET, seconds * 1000)).toBe(code);
  });

  it('matches HOTP test values of RFC 4226', () => {
    expect(hotp(RFC_SECRET, 0)).toBe('755224');
    expect(hotp(RFC_SECRET, 9)).toBe('520489');
  });

  it('round-trips base32', () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255, 7]);
    expect(base32Decode(base32Encode(bytes)).equals(bytes)).toBe(true);
  });

  it('accepts one step of drift, refuses older codes, malformed codes and a reused step', () => {
    const at = 1_700_000_000_000;
    const now = totp(RFC_SECRET, at);
    expect(matchTotp(RFC_SECRET, now, null, at)).toBe(Math.floor(at / 30000));
    expect(matchTotp(RFC_SECRET, totp(RFC_SECRET, at - 30000), null, at)).not.toBeNull();
    expect(matchTotp(RFC_SECRET, totp(RFC_SECRET, at - 90000), null, at)).toBeNull();
    expect(matchTotp(RFC_SECRET, 'abcdef', null, at)).toBeNull();
    expect(matchTotp(RFC_SECRET, now, Math.floor(at / 30000), at)).toBeNull();
  });

  it('builds an otpauth URL authenticator apps read', () => {
    const url = new URL(otpauthUrl('Webcare Inbox', 'a@example.org', 'ABC'));
    expect(url.protocol).toBe('otpauth:');
    expect(url.searchParams.get('secret')).toBe('ABC');
    expect(url.searchParams.get('period')).toBe('30');
  });
});
