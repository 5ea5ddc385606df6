import { useEffect, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { BreachItem, BreachList as BreachListPage } from '@webcare/shared';
import { Button } from '../../../components/ui/button';
import { fetchBreaches, type Period } from '../api';
import { ChannelIcon } from '../../../components/channel-icon';
import { useI18n } from '../../../i18n/i18n';
import { inboxPath } from '../../../lib/router';
import { shortDate } from '../../../lib/time';
import { formatSeconds } from '../lib/format';

/** First responses that missed their target, latest first, a page at a time; each opens its conversation. */
export function BreachList({ first, period }: { first: BreachListPage | null; period: Period }) {
  const { t, locale } = useI18n();
  const [more, setMore] = useState<BreachItem[]>([]);
  const [nextOffset, setNextOffset] = useState<number | null>(null);
  useEffect(() => {
    setMore([]);
    setNextOffset(first?.nextOffset ?? null);
  }, [first]);
  const loading = useMutation({
    mutationFn: (offset: number) => fetchBreaches(period, undefined, offset),
    onSuccess: (page) => {
      setMore((current) => [...current, ...page.items]);
      setNextOffset(page.nextOffset);
    },
  });
  const items = [...(first?.items ?? []), ...more];
  return (
    <section className="dash-card" aria-labelledby="dash-breaches" data-testid="breach-list">
      <header className="dash-card__header">
        <h2 id="dash-breaches">{t('dashboard.breachList')}</h2>
      </header>
      {items.length === 0 ? (
        <p className="dash-muted">{t('dashboard.noBreaches')}</p>
      ) : (
        <ul className="dash-breaches">
          {items.map((item) => (
            <li key={item.conversationId}>
              <a
                href={`#${inboxPath(item.conversationId)}`}
                className="dash-breach"
                data-testid="breach-link"
              >
                <ChannelIcon channel={item.channel} label={t(`channel.${item.channel}`)} size={14} />
                <span className={`dash-breach__priority dash-breach__priority--${item.priority}`}>
                  {t(`priority.${item.priority}`)}
                </span>
                <span className="dash-breach__when">
                  {shortDate(item.firstInboundAt, locale)}{' '}
                  {new Date(item.firstInboundAt).toLocaleTimeString(locale === 'nl' ? 'nl-NL' : 'en-GB', {
                    hour: '2-digit',
                    minute: '2-digit',
                  })}
                </span>
                <span className="dash-breach__late">
                  {item.firstResponseAt
                    ? t('dashboard.lateBy', { time: formatSeconds(item.lateByS, locale) })
                    : t('dashboard.stillWaiting', { time: formatSeconds(item.lateByS, locale) })}
                </span>
                <span className="dash-breach__who">{item.contact.displayName}</span>
                <span className="dash-muted">{item.assignee?.name ?? t('dashboard.nobody')}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {nextOffset !== null && (
        <Button
          size="sm"
          busy={loading.isPending}
          onClick={() => loading.mutate(nextOffset)}
          data-testid="breach-more"
        >
          {t('dashboard.moreBreaches')}
        </Button>
      )}
    </section>
  );
}
