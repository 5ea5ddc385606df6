import { analyse } from '../analysis';
import { classify } from '../classify';
import { recycleWords } from '../tokens';
import { classifyWithTopics, topicsOf } from './classify-topics';
import { DEFAULT_TOPICS } from './topic-list';
import { TopicDetector, detectTopics, mergeTopics, topicDefinitionProblem } from './topic-detector';
import { bundledTopicModel } from './topic-model';

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

describe('topics from phrases and the learned model', () => {
  const chat = { channel: 'whatsapp', visibility: 'private' } as const;
  const detector = new TopicDetector();
  const described = 'De telefoon gaat eindeloos over bij de receptie, hoe krijg ik jullie te pakken?';

  it('finds a topic that is only described, with the model’s confidence and the words that carry it', () => {
    expect(detector.detect(described)).toEqual([]);
    const [topic, ...rest] = topicsOf(described, chat, detector);
    expect(rest).toEqual([]);
    expect(topic.code).toBe('bereikbaarheid');
    expect(topic.confidence).toBeGreaterThanOrEqual(bundledTopicModel().thresholds.bereikbaarheid);
    expect(topic.confidence).toBeLessThanOrEqual(1);
    const words = topic.evidence!.map((span) => described.slice(span.start, span.end));
    expect(words).toContain('telefoon');
  });

  it('gives a topic a phrase found no confidence: the phrase is reason enough', () => {
    expect(topicsOf('Hoe lang staat mijn moeder nog op de wachtlijst?', chat, detector)).toEqual([
      { code: 'wachtlijst' },
    ]);
  });

  it('finds nothing in a thank-you, and nothing in an empty message', () => {
    expect(topicsOf('Bedankt voor de fijne zorg, jullie zijn toppers', chat, detector)).toEqual([]);
    expect(topicsOf('', chat, detector)).toEqual([]);
  });

  it('leaves a built-in topic the organisation redefined, and its own topics, to their phrases', () => {
    const own = new TopicDetector(
      mergeTopics([
        { code: 'bereikbaarheid', labels: { nl: 'Telefoon', en: 'Phone' }, phrases: ['centrale'] },
      ]),
    );
    expect(topicsOf(described, chat, own)).toEqual([]);
    expect(topicsOf('De centrale gaat eindeloos over', chat, own).map((t) => t.code)).toEqual([
      'bereikbaarheid',
    ]);
  });

  it('without a model, finds what the phrases find', () => {
    const a = analyse(described, chat);
    expect(detector.detectIn(a, null)).toEqual([]);
    recycleWords(a.words);
  });

  it('reads the message once for triage and topics, with the same triage as on its own', () => {
    const text = 'Ik hang al veertig minuten aan de lijn met dat muziekje, dit is toch schandalig';
    const both = classifyWithTopics(text, chat, detector);
    expect(both.triage).toEqual(classify(text, chat));
    expect(both.topics.map((t) => t.code)).toEqual(topicsOf(text, chat, detector).map((t) => t.code));
    expect(both.topics.map((t) => t.code)).toContain('bereikbaarheid');
  });
});
