import { foldWord, normalize, squeeze } from './normalize';

describe('normalize', () => {
  it('lower-cases and removes accents', () => {
    expect(normalize('Suïcidaal Één PATIËNT café').text).toBe('suicidaal een patient cafe');
  });

  it('cuts letters repeated three or more times to two', () => {
    expect(normalize('heeeeelp!!!').text).toBe('heelp!!!');
    expect(normalize('zoooo moe').text).toBe('zoo moe');
  });

  it('keeps digits as they are', () => {
    expect(normalize('1111 2222').text).toBe('1111 2222');
  });

  it('maps every normalised character back to the original text', () => {
    const original = 'Ik wil HEEEELP é';
    const n = normalize(original);
    const i = n.text.indexOf('heelp');
    const start = n.start[i];
    const end = n.end[i + 'heelp'.length - 1];
    expect(original.slice(start, end)).toBe('HEEEELP');
  });

  it('attaches dropped combining accents to the letter before them', () => {
    const original = 'cafe\u0301 open';
    const n = normalize(original);
    expect(n.text).toBe('cafe open');
    expect(original.slice(n.start[3], n.end[3])).toBe('e\u0301');
  });

  it('straightens curly apostrophes', () => {
    expect(normalize('m’n moeder').text).toBe("m'n moeder");
  });

  it('handles the empty string', () => {
    expect(normalize('').text).toBe('');
  });
});

describe('squeeze and foldWord', () => {
  it('squeezes every run of a letter', () => {
    expect(squeeze('zelfmoord')).toBe('zelfmord');
    expect(squeeze('heelp')).toBe('help');
    expect(squeeze('abc')).toBe('abc');
  });

  it('folds lexicon words like the text', () => {
    expect(foldWord('Patiëntnummer')).toBe('patientnummer');
  });
});
