import { DEFAULT_TOPICS } from './topic-list';
import { TopicDetector, detectTopics, mergeTopics, topicDefinitionProblem } from './topic-detector';

describe('detectTopics', () => {
  it.each([
    ['Hoe lang staat mijn moeder nog op de wachtlijst?', ['wachtlijst']],
    ['Ik probeer al de hele dag te bellen maar niemand neemt op', ['bereikbaarheid']],
    ['Mijn vader krijgt de verkeerde medicijnen', ['medicatie']],
    ['Wat zijn de bezoektijden in het weekend?', ['bezoek']],
    ['De factuur van de eigen bijdrage klopt niet', ['facturen']],
    ['Schandalig hoe jullie met ouderen omgaan', ['klacht_zorg']],
    ['Hebben jullie nog vacatures voor verzorgenden?', ['vacatures']],
    ['Ik zag de uitzending van Zembla gisteren', ['uitzending']],
    ['How long is the waiting list?', ['wachtlijst']],
    ['Can I visit my aunt on Sunday?', ['bezoek']],
  ])('finds the topic of %s', (text, topics) => {
    expect(detectTopics(text)).toEqual(topics);
  });

  it('folds accents and capitals, and finds several topics in one message', () => {
    expect(detectTopics('WACHTLIJST én geen gehoor aan de telefoon; en de rekening!')).toEqual([
      'wachtlijst',
      'bereikbaarheid',
      'facturen',
    ]);
  });

  it('needs whole words: a stem does not match inside another word', () => {
    expect(detectTopics('Mooie herfstbladeren op het terrein')).toEqual([]);
    expect(detectTopics('Bedankt voor de fijne zorg')).toEqual([]);
    expect(detectTopics('')).toEqual([]);
  });
});

describe('the organisation’s own topics', () => {
  const own = {
    code: 'parkeren',
    labels: { nl: 'Parkeren', en: 'Parking' },
    phrases: ['parkeer*', 'parkeren', 'parking'],
  };

  it('are found next to the default list', () => {
    const detector = new TopicDetector(mergeTopics([own]));
    expect(detector.detect('Waar kan ik parkeren als ik op bezoek kom?')).toEqual(['bezoek', 'parkeren']);
  });

  it('replace a default topic with the same code', () => {
    const merged = mergeTopics([{ ...own, code: 'bezoek' }]);
    expect(merged.filter((topic) => topic.code === 'bezoek')).toHaveLength(1);
    expect(new TopicDetector(merged).detect('Wat zijn de bezoektijden?')).toEqual([]);
  });

  it('are checked before use', () => {
    expect(topicDefinitionProblem(own)).toBeNull();
    expect(topicDefinitionProblem({ ...own, code: 'Parkeren!' })).toMatch(/code/);
    expect(topicDefinitionProblem({ ...own, phrases: [] })).toMatch(/phrases/);
    expect(topicDefinitionProblem({ ...own, phrases: ['a(b'] })).toMatch(/phrase/);
    expect(topicDefinitionProblem({ ...own, labels: { nl: '', en: 'x' } })).toMatch(/label/);
  });

  it('every default topic is itself valid', () => {
    for (const topic of DEFAULT_TOPICS) expect(topicDefinitionProblem(topic)).toBeNull();
  });
});
