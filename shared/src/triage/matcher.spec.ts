import { PhraseMatcher } from './matcher';
import { tokenize } from './tokens';

function tags(patterns: string[], text: string, negatable = false): string[] {
  const m = new PhraseMatcher({ test: [{ tag: 't', patterns, negatable }] });
  const words = tokenize(text).words;
  return (m.match(words).get('test') ?? []).map((h) => h.pattern);
}

describe('PhraseMatcher', () => {
  it('matches exact words after folding and squeezing repeated letters', () => {
    expect(tags(['help'], 'HEEEEELP')).toEqual(['help']);
    expect(tags(['zelfmoord'], 'Zelfmoooord')).toEqual(['zelfmoord']);
  });

  it('matches prefixes and suffixes of compounds', () => {
    expect(tags(['zelfmoord*'], 'zelfmoordgedachten')).toEqual(['zelfmoord*']);
    expect(tags(['*kanker'], 'borstkanker')).toEqual(['*kanker']);
    expect(tags(['*kanker'], 'kankerzorg')).toEqual([]);
  });

  it('allows bounded gaps within one sentence only', () => {
    expect(tags(['wil ~2 dood'], 'ik wil echt gewoon dood')).toEqual(['wil ~2 dood']);
    expect(tags(['wil ~1 dood'], 'ik wil echt heel graag dood')).toEqual([]);
    expect(tags(['wil ~2 dood'], 'ik wil. dood')).toEqual([]);
  });

  it('expands chat spelling', () => {
    expect(tags(['ik wil'], 'kwil niet meer')).toEqual(['ik wil']);
    expect(tags(['even'], 'ff bellen')).toEqual(['even']);
    expect(tags(['niet ~1 meer'], 'ik wil ni meer')).toEqual(['niet ~1 meer']);
    expect(tags(['zin'], 'ik heb goesting')).toEqual(['zin']);
  });

  it('keeps "woont" and "kk" as they are', () => {
    expect(tags(['woont'], 'waar woont hij')).toEqual(['woont']);
    expect(tags(['kk'], 'kk ziekenhuis')).toEqual(['kk']);
  });

  it('cancels negated hits when asked to', () => {
    expect(tags(['zelfmoordgedachten'], 'ik heb geen zelfmoordgedachten', true)).toEqual([]);
    expect(tags(['zelfmoordgedachten'], 'ik heb zelfmoordgedachten', true)).toEqual(['zelfmoordgedachten']);
  });

  it('rejects malformed patterns', () => {
    expect(() => new PhraseMatcher({ x: [{ tag: 't', patterns: ['ab*'] }] })).toThrow();
    expect(() => new PhraseMatcher({ x: [{ tag: 't', patterns: ['~2 dood'] }] })).toThrow();
  });
});
