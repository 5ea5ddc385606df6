import { describe, expect, it } from 'vitest';
import type { EvidenceFlag } from '../evidence';
import { segmentText } from '../evidence';
import { bySeverity, uniqueByCode } from '../flag-order';

const flag = (code: EvidenceFlag['code'], severity: EvidenceFlag['severity'], spans: [number, number][]) => ({
  code,
  severity,
  evidence: spans.map(([start, end]) => ({ start, end })),
});

describe('segmentText', () => {
  it('gives the whole text as one plain piece without evidence', () => {
    expect(segmentText('hallo', [])).toEqual([{ text: 'hallo', start: 0, flag: null, flags: [] }]);
  });

  it('cuts at every evidence boundary, the most severe flag on top where they overlap', () => {
    const pii = flag('pii_public', 'high', [[4, 13]]);
    const crisis = flag('crisis', 'critical', [[8, 16]]);
    const pieces = segmentText('bel 0612345678 nu', [pii, crisis]);
    expect(pieces.map((p) => [p.text, p.flag?.code ?? null])).toEqual([
      ['bel ', null],
      ['0612', 'pii_public'],
      ['34567', 'crisis'],
      ['8 n', 'crisis'],
      ['u', null],
    ]);
    expect(pieces[2]!.flags.map((f) => f.code)).toEqual(['crisis', 'pii_public']);
  });

  it('clamps spans to the text and ignores empty ones', () => {
    const pieces = segmentText('kort', [
      flag('complaint', 'medium', [
        [2, 99],
        [3, 3],
      ]),
    ]);
    expect(pieces.map((p) => p.text)).toEqual(['ko', 'rt']);
  });
});

describe('flag order', () => {
  it('puts the most severe first, then by code', () => {
    const flags = [flag('press', 'low', []), flag('crisis', 'critical', []), flag('complaint', 'medium', [])];
    expect(bySeverity(flags).map((f) => f.code)).toEqual(['crisis', 'complaint', 'press']);
  });

  it('keeps one chip per code, the most severe one', () => {
    const flags = [flag('complaint', 'low', []), flag('complaint', 'high', [])];
    expect(uniqueByCode(flags)).toEqual([flags[1]]);
  });
});
