import { useI18n } from '../../../i18n/i18n';
import { clockTime, fullDateTime, relativeTime } from '../../../lib/time';
import { IconPhone } from '../../../components/ui/icons';

export function CallBackBadge({ dueAt, now }: { dueAt: string | null; now: number }) {
  const { t, locale } = useI18n();
  if (!dueAt) return null;
  const due = Date.parse(dueAt);
  const overdue = due <= now;
  const sameDay = new Date(due).toDateString() === new Date(now).toDateString();
  const when = sameDay ? clockTime(dueAt, locale) : relativeTime(dueAt, now, locale);
  const label = t('queue.callBackLong', { time: fullDateTime(dueAt, locale) });
  return (
    <span
      className={`callback ${overdue ? 'callback--overdue' : ''}`}
      title={label}
      aria-label={label}
      data-testid="callback-badge"
    >
      <IconPhone size={11} />
      {t('queue.callBack', { time: when })}
    </span>
  );
}
