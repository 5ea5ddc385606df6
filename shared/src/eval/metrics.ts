import {
  FLAG_CODES,
  PRIORITIES,
  SWITCH_KINDS,
  type FlagCode,
  type Priority,
  type SwitchKind,
  type TriageResult,
} from '../contract/triage';
import type { CorpusItem } from './corpus';

export interface FlagScore {
  code: FlagCode;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Mistake {
  id: string;
  text: string;
  missing: FlagCode[];
  extra: FlagCode[];
  expectedSwitch: string | null;
  actualSwitch: string | null;
  expectedPriority: Priority;
  actualPriority: Priority;
}

export interface Metrics {
  count: number;
  perFlag: FlagScore[];
  /** Micro-averaged over all flags. */
  overall: Omit<FlagScore, 'code'>;
  /** F1 averaged over the ten flags, each counting the same. */
  macroF1: number;
  /** Messages labelled without any flag, and the share of them that got crisis or safeguarding. */
  unflagged: number;
  urgentFalseAlarmRate: number;
  switchAccuracy: number;
  priorityAccuracy: number;
  /** confusion[expected][actual] */
  priorityConfusion: Record<Priority, Record<Priority, number>>;
  /** confusion[expected][actual], 'none' for no switch */
  switchConfusion: Record<SwitchName, Record<SwitchName, number>>;
  mistakes: Mistake[];
}

/** A suggested switch by name, 'none' when the conversation stays where it is. */
export type SwitchName = SwitchKind | 'none';
export const SWITCH_NAMES: readonly SwitchName[] = [...SWITCH_KINDS, 'none'];

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function score(tp: number, fp: number, fn: number): Omit<FlagScore, 'code'> {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Precision, recall and F1 per flag, switch accuracy and the priority confusion matrix. */
export function computeMetrics(items: readonly CorpusItem[], results: readonly TriageResult[]): Metrics {
  if (items.length !== results.length) throw new Error('items and results differ in length');
  const counts = new Map<FlagCode, { tp: number; fp: number; fn: number }>(
    FLAG_CODES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]),
  );
  const confusion = Object.fromEntries(
    PRIORITIES.map((e) => [e, Object.fromEntries(PRIORITIES.map((a) => [a, 0]))]),
  ) as Record<Priority, Record<Priority, number>>;
  const switchConfusion = Object.fromEntries(
    SWITCH_NAMES.map((e) => [e, Object.fromEntries(SWITCH_NAMES.map((a) => [a, 0]))]),
  ) as Record<SwitchName, Record<SwitchName, number>>;
  let switchHits = 0;
  let priorityHits = 0;
  let unflagged = 0;
  let urgentFalseAlarms = 0;
  const mistakes: Mistake[] = [];
  items.forEach((item, i) => {
    const result = results[i];
    const expected = new Set(item.flags);
    const actual = new Set(result.flags.map((f) => f.code));
    for (const code of FLAG_CODES) {
      const c = counts.get(code)!;
      if (expected.has(code) && actual.has(code)) c.tp++;
      else if (actual.has(code)) c.fp++;
      else if (expected.has(code)) c.fn++;
    }
    if (expected.size === 0) {
      unflagged++;
      if (actual.has('crisis') || actual.has('safeguarding')) urgentFalseAlarms++;
    }
    const actualSwitch = result.suggestedSwitch?.kind ?? null;
    if (actualSwitch === item.switch) switchHits++;
    switchConfusion[item.switch ?? 'none'][actualSwitch ?? 'none']++;
    if (result.priority === item.priority) priorityHits++;
    confusion[item.priority][result.priority]++;
    const missing = FLAG_CODES.filter((c) => expected.has(c) && !actual.has(c));
    const extra = FLAG_CODES.filter((c) => actual.has(c) && !expected.has(c));
    if (missing.length || extra.length || actualSwitch !== item.switch || result.priority !== item.priority) {
      mistakes.push({
        id: item.id,
        text: item.text,
        missing,
        extra,
        expectedSwitch: item.switch,
        actualSwitch,
        expectedPriority: item.priority,
        actualPriority: result.priority,
      });
    }
  });
  const perFlag = FLAG_CODES.map((code) => {
    const c = counts.get(code)!;
    return { code, ...score(c.tp, c.fp, c.fn) };
  });
  const total = perFlag.reduce((acc, f) => ({ tp: acc.tp + f.tp, fp: acc.fp + f.fp, fn: acc.fn + f.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  return {
    count: items.length,
    perFlag,
    overall: score(total.tp, total.fp, total.fn),
    macroF1: perFlag.reduce((sum, f) => sum + f.f1, 0) / perFlag.length,
    unflagged,
    urgentFalseAlarmRate: unflagged === 0 ? 0 : urgentFalseAlarms / unflagged,
    switchAccuracy: ratio(switchHits, items.length),
    priorityAccuracy: ratio(priorityHits, items.length),
    priorityConfusion: confusion,
    switchConfusion,
    mistakes,
  };
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function lpad(s: string, n: number): string {
  return s.length >= n ? s : ' '.repeat(n - s.length) + s;
}

/** The metrics as a plain-text report. */
export function formatMetrics(m: Metrics, options: { mistakes?: boolean } = {}): string {
  const lines: string[] = [];
  lines.push(`messages: ${m.count}`);
  lines.push('');
  lines.push(
    `${pad('flag', 24)}${lpad('tp', 5)}${lpad('fp', 5)}${lpad('fn', 5)}${lpad('precision', 11)}${lpad('recall', 8)}${lpad('F1', 7)}`,
  );
  const row = (name: string, s: Omit<FlagScore, 'code'>): string =>
    `${pad(name, 24)}${lpad(String(s.tp), 5)}${lpad(String(s.fp), 5)}${lpad(String(s.fn), 5)}${lpad(s.precision.toFixed(3), 11)}${lpad(s.recall.toFixed(3), 8)}${lpad(s.f1.toFixed(3), 7)}`;
  for (const f of m.perFlag) lines.push(row(f.code, f));
  lines.push(row('overall (micro)', m.overall));
  lines.push(`${pad('macro-F1', 50)}${lpad(m.macroF1.toFixed(3), 7)}`);
  lines.push('');
  lines.push(
    `crisis/safeguarding false alarms on ${m.unflagged} unflagged messages: ${(m.urgentFalseAlarmRate * 100).toFixed(1)} %`,
  );
  lines.push(`switch accuracy:   ${m.switchAccuracy.toFixed(3)}`);
  lines.push(`priority accuracy: ${m.priorityAccuracy.toFixed(3)}`);
  lines.push('');
  lines.push('priority confusion (rows: expected, columns: actual)');
  lines.push(pad('', 10) + PRIORITIES.map((p) => lpad(p, 8)).join(''));
  for (const e of PRIORITIES) {
    lines.push(pad(e, 10) + PRIORITIES.map((a) => lpad(String(m.priorityConfusion[e][a]), 8)).join(''));
  }
  lines.push('');
  lines.push('switch confusion (rows: expected, columns: actual)');
  lines.push(pad('', 17) + SWITCH_NAMES.map((s) => lpad(s, 17)).join(''));
  for (const e of SWITCH_NAMES) {
    lines.push(pad(e, 17) + SWITCH_NAMES.map((a) => lpad(String(m.switchConfusion[e][a]), 17)).join(''));
  }
  if (options.mistakes && m.mistakes.length > 0) {
    lines.push('');
    lines.push('differences:');
    for (const x of m.mistakes) {
      const parts: string[] = [];
      if (x.missing.length) parts.push(`missing ${x.missing.join(',')}`);
      if (x.extra.length) parts.push(`extra ${x.extra.join(',')}`);
      if (x.expectedSwitch !== x.actualSwitch) parts.push(`switch ${x.expectedSwitch} → ${x.actualSwitch}`);
      if (x.expectedPriority !== x.actualPriority)
        parts.push(`priority ${x.expectedPriority} → ${x.actualPriority}`);
      lines.push(`  ${x.id}: ${parts.join('; ')}  «${x.text.slice(0, 90)}»`);
    }
  }
  return lines.join('\n');
}
