import type { TriageContext } from '../contract/triage';
import { classifyWith } from './classify';

/** The rules alone: the learned model is checked in engine.spec.ts. */
const classify = (text: string, context: TriageContext) => classifyWith(text, context, null);

/**
 * Hostile input: every pass is linear, so these finish fast (timing lives in the benchmark); here we
 * check that the answers stay right.
 */
const pub: TriageContext = { channel: 'facebook_comment', visibility: 'public' };
const MB = 1_000_000;

describe('hostile input', () => {
  it('classifies a 1 MB mix of near-misses without false flags', () => {
    const chunk = 'aaaa@@..@.@ 1234567890 0800-0113 NL91ABNA 9711 zelfmoor ik wil ni ~~~ ((( ';
    const text = chunk.repeat(Math.ceil(MB / chunk.length)).slice(0, MB);
    const r = classify(text, pub);
    expect(r.flags.map((f) => f.code)).toEqual([]);
  });

  it('still finds a crisis at the very end of a 1 MB message', () => {
    const text = 'bla '.repeat(MB / 4) + 'ik wil niet meer leven';
    const r = classify(text, pub);
    // In public, the sender's own crisis is also a health detail in public.
    expect(r.flags.map((f) => f.code)).toEqual(['crisis', 'medical_public']);
    const e = r.flags[0].evidence[0];
    expect(text.slice(e.start, e.end)).toBe('wil niet meer leven');
  });

  it('handles 200k digits', () => {
    const r = classify('1'.repeat(200_000), pub);
    expect(r.flags).toEqual([]);
  });

  it("handles 200k 'a's", () => {
    expect(classify('a'.repeat(200_000), pub).flags).toEqual([]);
    expect(classify('ab'.repeat(100_000), pub).flags).toEqual([]);
  });

  it("handles repeated '@.' and e-mail-like floods", () => {
    expect(classify('@.'.repeat(MB / 2), pub).flags).toEqual([]);
    expect(classify('a@'.repeat(MB / 2), pub).flags).toEqual([]);
    const emails = 'x@y.nl '.repeat(MB / 7);
    const r = classify(emails, pub);
    expect(r.flags.map((f) => f.code)).toEqual(['pii_public']);
  });

  it('handles long separator runs and bracket floods between digits', () => {
    expect(classify('1-'.repeat(MB / 2), pub).flags).toEqual([]);
    expect(classify('(1) '.repeat(MB / 4), pub).flags).toEqual([]);
    expect(classify('+31 '.repeat(MB / 4), pub).flags.map((f) => f.code)).toEqual([]);
  });

  it('handles emoji and surrogate floods', () => {
    expect(classify('😘'.repeat(MB / 2), pub).flags).toEqual([]);
    expect(classify('\ud83d'.repeat(MB), pub).flags).toEqual([]);
  });

  it('handles many repeated valid identifiers', () => {
    const r = classify('bsn 111222333 '.repeat(20_000), pub);
    expect(r.flags.map((f) => f.code)).toEqual(['pii_public']);
    expect(r.flags[0].evidence.length).toBe(20_000);
  });
});
