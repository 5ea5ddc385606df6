import { DEFAULT_CORPUS_PATH, readCorpora, readCorpus } from './corpus';
import { evaluateItems, TEST_DIR } from './evaluate';

/**
 * The development corpus as a regression floor for the rules, which were first written against it: crisis
 * recall must stay 1.0 and safeguarding recall at least 0.9. Floors, not targets.
 */
describe('triage on the development corpus', () => {
  const metrics = evaluateItems(readCorpus(DEFAULT_CORPUS_PATH), { rulesOnly: true });
  const flag = (code: string) => metrics.perFlag.find((f) => f.code === code)!;

  it('finds every crisis', () => {
    expect(flag('crisis').recall).toBe(1);
  });

  it('finds nearly every safeguarding case', () => {
    expect(flag('safeguarding').recall).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps overall precision and recall high', () => {
    expect(metrics.overall.precision).toBeGreaterThanOrEqual(0.9);
    expect(metrics.overall.recall).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    'explicit_media',
    'medical_public',
    'medical_advice',
    'pii_public',
    'client_confidentiality',
    'complaint',
    'aggression',
    'press',
  ])('keeps F1 of %s at 0.8 or more', (code) => {
    expect(flag(code).f1).toBeGreaterThanOrEqual(0.8);
  });

  it('suggests the right switch and priority for most messages', () => {
    expect(metrics.switchAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(metrics.priorityAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('never rates a crisis or safeguarding message below urgent', () => {
    const c = metrics.priorityConfusion.urgent;
    expect(c.high + c.normal + c.low).toBe(0);
  });
});

/**
 * The held-out test split (shared/corpus/test): written apart from the rules and the training corpus,
 * never used to tune either. Floors a little under what the engine reaches (crisis recall 0.981,
 * safeguarding 0.969, macro-F1 0.876, medical_public F1 0.775, false alarms 2.8 %, switch 0.794,
 * priority 0.892), so a change that loses generalisation fails.
 */
describe('triage on the held-out test split (rules + model)', () => {
  const metrics = evaluateItems(readCorpora(TEST_DIR));
  const flag = (code: string) => metrics.perFlag.find((f) => f.code === code)!;

  it('has enough messages to mean something', () => {
    expect(metrics.count).toBeGreaterThanOrEqual(600);
  });

  it('finds at least 97 % of crises and 94 % of safeguarding cases', () => {
    expect(flag('crisis').recall).toBeGreaterThanOrEqual(0.97);
    expect(flag('safeguarding').recall).toBeGreaterThanOrEqual(0.94);
  });

  it('keeps macro-F1 over the ten flags at 0.86 or more', () => {
    expect(metrics.macroF1).toBeGreaterThanOrEqual(0.86);
  });

  it('keeps the weakest flags from sliding back', () => {
    expect(flag('medical_public').f1).toBeGreaterThanOrEqual(0.74);
    expect(flag('complaint').f1).toBeGreaterThanOrEqual(0.67);
  });

  it('raises crisis or safeguarding on at most 5 % of messages without any flag', () => {
    expect(metrics.urgentFalseAlarmRate).toBeLessThanOrEqual(0.05);
  });

  it('suggests the labelled switch and priority for most messages', () => {
    expect(metrics.switchAccuracy).toBeGreaterThanOrEqual(0.78);
    expect(metrics.priorityAccuracy).toBeGreaterThanOrEqual(0.87);
  });
});
