import { describe, expect, it } from 'vitest';
import { splitLinks } from '../safe-links';

describe('splitLinks', () => {
  it('makes http and https URLs links, with the domain and without trailing punctuation', () => {
    expect(splitLinks('Zie https://www.zorg.nl/afspraak?id=3. Of http://example.org)')).toEqual([
      { text: 'Zie ' },
      {
        text: 'https://www.zorg.nl/afspraak?id=3',
        href: 'https://www.zorg.nl/afspraak?id=3',
        domain: 'www.zorg.nl',
      },
      { text: '. Of ' },
      { text: 'http://example.org', href: 'http://example.org/', domain: 'example.org' },
      { text: ')' },
    ]);
  });

  it('never links other schemes', () => {
    for (const text of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'mailto:a@b.nl', 'ftp://x.nl']) {
      expect(splitLinks(text).every((part) => part.href === undefined)).toBe(true);
    }
  });

  it('shows the real host of a deceptive link', () => {
    const link = splitLinks('https://zorg.nl.evil.example/login').find((part) => part.href);
    expect(link?.domain).toBe('zorg.nl.evil.example');
  });

  it('leaves text without links as it is', () => {
    expect(splitLinks('Geen link hier')).toEqual([{ text: 'Geen link hier' }]);
    expect(splitLinks('')).toEqual([]);
  });
});
