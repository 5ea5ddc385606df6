import { describe, expect, it } from 'vitest';
import { fillSavedReply, type SavedReply } from '@webcare/shared';
import { findTrigger, insertSavedReply, matchSavedReplies } from '../lib/saved-reply-trigger';

const reply = (id: string, title: string, language: 'nl' | 'en' = 'nl'): SavedReply => ({
  id,
  title,
  text: `Tekst ${title}`,
  language,
  teamId: null,
});

describe('the # trigger in the composer', () => {
  it('opens on # at the start or after a space, with the word typed so far', () => {
    expect(findTrigger('#afs', 4)).toEqual({ start: 0, end: 4, query: 'afs' });
    expect(findTrigger('Hallo #', 7)).toEqual({ start: 6, end: 7, query: '' });
    expect(findTrigger('Hallo #bezoek', 13)).toEqual({ start: 6, end: 13, query: 'bezoek' });
  });

  it('does not open inside a word, after a space following the word, or for a hashtag in the middle', () => {
    expect(findTrigger('nummer#12', 9)).toBeNull();
    expect(findTrigger('#afspraak ', 10)).toBeNull();
    expect(findTrigger('#a b', 4)).toBeNull();
  });

  it('replaces #word with the reply and puts the caret after it', () => {
    const trigger = findTrigger('Dag! #afs en verder', 9)!;
    expect(insertSavedReply('Dag! #afs en verder', trigger, 'XYZ')).toEqual({
      text: 'Dag! XYZ en verder',
      caret: 8,
    });
  });

  it('lists matches in the console language first, title starts before contains', () => {
    const items = [
      reply('1', 'Bezoektijden', 'en'),
      reply('2', 'Afspraak verzetten'),
      reply('3', 'Over de afspraak'),
    ];
    expect(matchSavedReplies(items, 'afspr', 'nl').map((r) => r.id)).toEqual(['2', '3']);
    expect(matchSavedReplies(items, '', 'en').map((r) => r.id)[0]).toBe('1');
  });
});

describe('fillSavedReply', () => {
  it('fills {naam} and {organisatie}', () => {
    expect(
      fillSavedReply('Dag {naam}, groet van {organisatie}.', {
        naam: 'Sanne',
        organisatie: 'Zorggroep Noord',
      }),
    ).toBe('Dag Sanne, groet van Zorggroep Noord.');
  });

  it('drops a variable without a value together with its space', () => {
    expect(fillSavedReply('Dag {naam}, hoe gaat het?', { naam: null })).toBe('Dag, hoe gaat het?');
  });
});
