import { FLAG_CODES, type TriageContext } from '../contract/triage';
import { classify, classifyWith } from './classify';
import { bundledModel, decodeModel, encodeModel, LinearModel } from './model';
import { BUCKETS } from './model/features';

/**
 * The whole engine: rules and the learned model together. Per-rule behaviour is in flags/*.spec.ts;
 * figures on the labelled corpora are in eval/corpus.spec.ts.
 */
const dm: TriageContext = { channel: 'whatsapp', visibility: 'private' };
const codes = (text: string, context = dm) => classify(text, context).flags.map((f) => f.code);

describe('the engine with its learned model', () => {
  it.each([
    // Means gathered for a time, in words no rule names.
    'De doosjes van de apotheek staan open op het aanrecht, ik heb er genoeg bij elkaar voor vanavond',
    // Belongings given away and a letter written.
    'ik heb mijn spullen uitgedeeld en een brief voor mijn zus geschreven',
  ])('raises a crisis the rules alone miss, as urgent with a call back: %s', (text) => {
    expect(classifyWith(text, dm, null).flags.map((f) => f.code)).not.toContain('crisis');
    const result = classify(text, dm);
    expect(result.flags.map((f) => f.code)).toContain('crisis');
    expect(result.priority).toBe('urgent');
    expect(result.suggestedSwitch?.kind).toBe('call_back');
  });

  it('raises safeguarding for a secret kept about a bank card and an online friend', () => {
    const text =
      'Hij zegt dat ik niemand mag vertellen dat hij mijn pinpas heeft, hij is mijn vriend van internet';
    expect(codes(text)).toContain('safeguarding');
  });

  it('marks what the model alone raised as possible, with its confidence and the words that carry it', () => {
    const text =
      'De doosjes van de apotheek staan open op het aanrecht, ik heb er genoeg bij elkaar voor vanavond';
    const flag = classify(text, dm).flags.find((f) => f.code === 'crisis')!;
    expect(flag.possible).toBe(true);
    expect(flag.confidence).toBeGreaterThanOrEqual(bundledModel().thresholds.crisis!);
    expect(flag.confidence).toBeLessThanOrEqual(1);
    expect(flag.evidence.length).toBeGreaterThan(0);
    for (const span of flag.evidence) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(span.start, span.end)).toMatch(/^\w+$/);
    }
  });

  it('leaves flags the rules raised as they were: not possible, no confidence', () => {
    const flag = classify('Ik wil niet meer leven.', dm).flags.find((f) => f.code === 'crisis')!;
    expect(flag.possible).toBeUndefined();
    expect(flag.confidence).toBeUndefined();
  });

  it.each([
    'Hoe laat is het bezoekuur?',
    'Mag ik mijn hond meenemen op bezoek?',
    'Kunnen jullie mijn factuur van maart nog eens sturen?',
    "I'm dying to see the new season of that series",
    'ik ga dood van het lachen 😂',
    'Bedankt voor alles, ik ga jullie missen nu ik met pensioen ga',
    'xqzt blorf wimble tronk',
    '',
    '!!! ???',
  ])('raises nothing on everyday words, idioms, farewells to staff or words it never saw: %s', (text) => {
    expect(codes(text)).toEqual([]);
  });

  it('adds to a draft only what a draft warns about', () => {
    const draft: TriageContext = { channel: 'facebook_comment', visibility: 'public', draft: true };
    const allowed = new Set(['medical_public', 'client_confidentiality', 'pii_public']);
    for (const text of [
      'Wat fijn dat uw vader na zijn hartoperatie weer thuis is, de hele afdeling denkt aan hem!',
      'Ja hoor, mevrouw Jansen verblijft sinds vorige week bij ons op de gesloten afdeling.',
    ]) {
      for (const flag of classify(text, draft).flags) expect(allowed.has(flag.code)).toBe(true);
    }
  });
});

describe('the committed model', () => {
  it('decodes with a threshold for crisis and safeguarding, and leaves identifiers to the detectors', () => {
    const { model, thresholds } = bundledModel();
    expect(model.labels).not.toContain('pii_public');
    expect(model.labels.every((code) => FLAG_CODES.includes(code))).toBe(true);
    expect(thresholds.crisis).toBeGreaterThan(0);
    expect(thresholds.safeguarding).toBeGreaterThan(0);
    expect(thresholds.pii_public).toBeUndefined();
  });

  it('survives an encode and decode with every weight within half a quantisation step', () => {
    const labels = ['crisis', 'press'] as const;
    const trained = new LinearModel(labels);
    for (const bucket of [0, 17, 4096, BUCKETS - 1]) {
      trained.weights[bucket * 2] = bucket === 17 ? -1.5 : 0.75;
      trained.weights[bucket * 2 + 1] = 0.3;
    }
    trained.bias.set([-2, 0.5]);
    const data = encodeModel(trained, { crisis: 0.3 }, 'a test', 0.01);
    const decoded = decodeModel(data);
    expect(data.rows).toBe(4);
    expect(decoded.weight(17, 0)).toBeCloseTo(-1.5, 1);
    expect(Math.abs(decoded.weight(4096, 1) - 0.3)).toBeLessThanOrEqual(data.scale[1] / 2 + 1e-6);
    expect(decoded.weight(5, 0)).toBe(0);
    expect(Array.from(decoded.bias)).toEqual([-2, 0.5]);
  });
});
