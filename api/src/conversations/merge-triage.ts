import {
  PRIORITY_RANK,
  type FlagSummary,
  type Priority,
  type Severity,
  type SuggestedSwitch,
  type TriageFlag,
} from '@webcare/shared';

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

export interface MergedTriage {
  flags: FlagSummary[];
  priority: Priority;
  suggestedSwitch: SuggestedSwitch | null;
}

/**
 * A conversation's triage is the union over the messages of its open period: every flag once with its
 * highest severity, the most urgent priority, and the suggestion of the most urgent message that has one
 * (the latest, among equals).
 */
export function mergeTriage(
  messages: { flags: TriageFlag[]; priority: Priority | null; suggestedSwitch: unknown; sentAt: Date }[],
): MergedTriage {
  const flags = new Map<string, FlagSummary>();
  let priority: Priority = 'low';
  let best: { rank: number; at: number; value: SuggestedSwitch } | null = null;
  let any = false;
  for (const message of messages) {
    any = true;
    const messagePriority = message.priority ?? 'normal';
    if (PRIORITY_RANK[messagePriority] < PRIORITY_RANK[priority]) priority = messagePriority;
    for (const flag of message.flags) {
      const known = flags.get(flag.code);
      // A flag stays "possible" only while no message raised it by a rule.
      const possible = flag.possible === true && (!known || known.possible === true);
      const severity =
        known && SEVERITY_RANK[known.severity] <= SEVERITY_RANK[flag.severity]
          ? known.severity
          : flag.severity;
      flags.set(
        flag.code,
        possible ? { code: flag.code, severity, possible } : { code: flag.code, severity },
      );
    }
    const suggestion = message.suggestedSwitch as SuggestedSwitch | null;
    if (suggestion) {
      const rank = PRIORITY_RANK[messagePriority];
      const at = new Date(message.sentAt).getTime();
      if (!best || rank < best.rank || (rank === best.rank && at >= best.at))
        best = { rank, at, value: suggestion };
    }
  }
  const ordered = [...flags.values()].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return { flags: ordered, priority: any ? priority : 'normal', suggestedSwitch: best?.value ?? null };
}
