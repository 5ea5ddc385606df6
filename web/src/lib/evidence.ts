import type { EvidenceSpan, FlagCode, Severity } from '@webcare/shared';
import { SEVERITY_RANK } from './flag-order';

export interface EvidenceFlag {
  code: FlagCode;
  severity: Severity;
  evidence: EvidenceSpan[];
}

export interface TextSegment<F extends EvidenceFlag> {
  text: string;
  start: number;
  /** The most severe flag whose evidence covers this piece of text, if any. */
  flag: F | null;
  /** Every flag that covers it (overlapping evidence). */
  flags: F[];
}

/** Cut the text at every evidence boundary, so overlapping spans of different flags render cleanly. */
export function segmentText<F extends EvidenceFlag>(text: string, flags: readonly F[]): TextSegment<F>[] {
  const length = text.length;
  const spans = flags.flatMap((flag) =>
    flag.evidence
      .map((span) => ({
        flag,
        start: Math.max(0, Math.min(span.start, length)),
        end: Math.max(0, Math.min(span.end, length)),
      }))
      .filter((span) => span.end > span.start),
  );
  if (spans.length === 0) return [{ text, start: 0, flag: null, flags: [] }];

  const cuts = new Set<number>([0, length]);
  for (const span of spans) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment<F>[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const covering = spans.filter((span) => span.start <= start && span.end >= end).map((span) => span.flag);
    const unique = [...new Set(covering)].sort(
      (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
    );
    segments.push({ text: text.slice(start, end), start, flag: unique[0] ?? null, flags: unique });
  }
  return segments;
}
