import { DEFAULT_CORPUS_PATH, readCorpus } from './corpus';
import { evaluateItems } from './evaluate';

/**
 * The development corpus as a regression floor for the rules (they were first written against it). The engine is judged on unseen messages, so these are
 * floors, not targets: crisis recall must stay 1.0 and safeguarding recall at least 0.9.
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
