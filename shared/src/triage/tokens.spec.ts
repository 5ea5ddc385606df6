import { tokenize } from './tokens';

describe('tokenize', () => {
  it('gives words with offsets into the original text', () => {
    const text = 'Héééélp, ik wil niet meer!';
    const words = tokenize(text).words.toArray();
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(['Héééélp', 'ik', 'wil', 'niet', 'meer']);
  });

  it('numbers sentences and marks questions', () => {
    const { words: table, questions } = tokenize('Hoi. Gaat het? Ja!');
    const words = table.toArray();
    expect(words.map((w) => w.sentence)).toEqual([0, 1, 1, 2]);
    expect(questions.slice(0, 3)).toEqual([false, true, false]);
  });

  it('does not end a sentence inside numbers or e-mail addresses', () => {
    const words = tokenize('85.07.30 en s.devries@example.nl ok').words.toArray();
    expect(new Set(words.map((w) => w.sentence)).size).toBe(1);
  });

  it('keeps apostrophes inside words and expands chat spelling', () => {
    const words = tokenize("m'n foto's kwil").words.toArray();
    expect(words.map((w) => w.form)).toEqual(['mijn', 'fotos', 'ik', 'wil']);
  });

  it('turns meaningful emoji into words', () => {
    const words = tokenize('top 👏❤️').words.toArray();
    expect(words.map((w) => w.form)).toEqual(['top', '👏', '❤']);
  });

  it('ignores very long runs of letters or digits as words', () => {
    const words = tokenize('ab'.repeat(2500) + ' dood').words.toArray();
    expect(words[0].key).toBe('');
    expect(words[1].key).toBe('dod');
  });
});
