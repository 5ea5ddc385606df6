import type { FlagSummary, TriageFlag } from '@webcare/shared';
import { useI18n } from '../../../i18n/i18n';
import { uniqueByCode } from '../../../lib/flag-order';
import { FlagChip } from '../../../components/flag-chip';

/**
 * The conversation's flags. Reasons come from the messages that raised them (the summary only carries codes);
 * the first reason found for each code is the tooltip.
 */
export function FlagList({
  flags,
  messageFlags,
}: {
  flags: readonly FlagSummary[];
  messageFlags: readonly TriageFlag[];
}) {
  const { t, locale } = useI18n();
  const reasons = new Map<string, string>();
  for (const flag of messageFlags) if (!reasons.has(flag.code)) reasons.set(flag.code, flag.reason[locale]);
  const all = uniqueByCode([
    ...flags,
    ...messageFlags.map(({ code, severity, possible }) => ({ code, severity, possible })),
  ]);
  if (all.length === 0) return null;
  return (
    <ul className="flag-list" aria-label={t('conversation.flagsLabel')}>
      {all.map((flag) => (
        <li key={flag.code}>
          <FlagChip
            code={flag.code}
            severity={flag.severity}
            reason={reasons.get(flag.code)}
            size="md"
            possible={flag.possible}
          />
        </li>
      ))}
    </ul>
  );
}
