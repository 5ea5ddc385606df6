import type { TriageResult } from '../contract/triage';
import type { CorpusItem } from './corpus';
import { parseCorpus } from './corpus';
import { computeMetrics, formatMetrics } from './metrics';

const item = (over: Partial<CorpusItem>): CorpusItem => ({
  id: 'x',
  channel: 'whatsapp',
  text: '',
  attachments: [],
  flags: [],
  switch: null,
  priority: 'normal',
  ...over,
});

const result = (over: Partial<TriageResult>): TriageResult => ({
  flags: [],
  priority: 'normal',
  suggestedSwitch: null,
  ...over,
});

const flag = (code: 'crisis' | 'complaint') => ({
  code,
  severity: 'high' as const,
  evidence: [],
  reason: { nl: '', en: '' },
});

describe('computeMetrics', () => {
  it('counts precision, recall, switch accuracy and the priority confusion', () => {
    const items = [
      item({ flags: ['crisis'], priority: 'urgent', switch: 'call_back' }),
      item({ flags: ['complaint'] }),
      item({}),
    ];
    const results = [
      result({
        flags: [flag('crisis')],
        priority: 'urgent',
        suggestedSwitch: { kind: 'call_back', reason: { nl: '', en: '' }, template: { nl: '', en: '' } },
      }),
      result({}),
      result({ flags: [flag('complaint')], priority: 'high' }),
    ];
    const m = computeMetrics(items, results);
    const crisis = m.perFlag.find((f) => f.code === 'crisis')!;
    const complaint = m.perFlag.find((f) => f.code === 'complaint')!;
    expect(crisis).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(complaint).toMatchObject({ tp: 0, fp: 1, fn: 1, precision: 0, recall: 0, f1: 0 });
    expect(m.switchAccuracy).toBe(1);
    expect(m.priorityAccuracy).toBeCloseTo(2 / 3);
    expect(m.priorityConfusion.normal.high).toBe(1);
    expect(m.mistakes.map((x) => x.id)).toHaveLength(2);
    expect(formatMetrics(m)).toMatch(/crisis/);
  });

  it('parses corpus lines and rejects unknown channels', () => {
    const items = parseCorpus(
      '{"id":"a","channel":"sms","text":"hoi","attachments":[],"flags":["press"],"switch":null,"priority":"high"}\n\n',
    );
    expect(items).toHaveLength(1);
    expect(items[0].flags).toEqual(['press']);
    expect(() =>
      parseCorpus('{"id":"b","channel":"fax","flags":[],"switch":null,"priority":"low"}'),
    ).toThrow();
  });
});
