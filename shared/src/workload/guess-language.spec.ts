import { guessLanguage } from './guess-language';

describe('guessLanguage', () => {
  it('tells Dutch from English by their common words', () => {
    expect(guessLanguage('Hoi, ik heb een vraag over mijn afspraak van morgen')).toBe('nl');
    expect(guessLanguage('Hello, I have a question about my appointment with the doctor')).toBe('en');
  });

  it('says nothing when it cannot tell', () => {
    expect(guessLanguage('')).toBeNull();
    expect(guessLanguage('👍')).toBeNull();
    expect(guessLanguage('in')).toBeNull();
  });
});
