import type { FlagCode, Severity } from '@webcare/shared';

export const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

/** Most severe first, so the chips that matter most are the ones that stay visible. */
export function bySeverity<T extends { severity: Severity; code: FlagCode }>(flags: readonly T[]): T[] {
  return [...flags].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.code.localeCompare(b.code),
  );
}

/** One chip per code (a conversation summary may carry the same code from several messages). */
export function uniqueByCode<T extends { code: FlagCode; severity: Severity }>(flags: readonly T[]): T[] {
  const seen = new Map<FlagCode, T>();
  for (const flag of bySeverity(flags)) if (!seen.has(flag.code)) seen.set(flag.code, flag);
  return [...seen.values()];
}
