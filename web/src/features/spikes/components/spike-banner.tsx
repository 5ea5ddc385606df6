import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { SpikeList, SpikeView } from '@webcare/shared';
import { isApiError } from '../../../api/client';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { IconWarning } from '../../../components/ui/icons';
import { InlineAlert } from '../../../components/ui/inline-alert';
import { useI18n } from '../../../i18n/i18n';
import { inboxPath } from '../../../lib/router';
import { useSocketEvent } from '../../../realtime/use-socket';
import { useCurrentUser } from '../../../session/use-session';
import { fetchSpike, fetchSpikes, sendBulkReply } from '../api';
import { activeSpikes, applySpikeUpdate, bulkDonePct, groupMembers } from '../lib/spikes';
import '../spikes.css';

const LIST_KEY = ['spikes'] as const;
const spikeKey = (id: string) => ['spikes', id] as const;
const SEES_SPIKES: readonly string[] = ['agent', 'supervisor', 'admin'];

/**
 * Across the top of the console while a wave is arriving (a broadcast, a post going round): how many
 * messages on which post or topic, and — opened — the messages grouped, with a bulk answer for those
 * without a flag. Live: the server pushes every change.
 */
export function SpikeBanner() {
  const user = useCurrentUser();
  if (!SEES_SPIKES.includes(user.role)) return null;
  return <SpikeBannerList />;
}

function SpikeBannerList() {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [openId, setOpenId] = useState<string | null>(null);
  // Hidden by this person at this size: it comes back when it grows.
  const [hidden, setHidden] = useState<Record<string, number>>({});
  const spikes = useQuery({
    queryKey: LIST_KEY,
    queryFn: ({ signal }) => fetchSpikes(signal),
    refetchInterval: 60_000,
  });
  useSocketEvent('spike.updated', (updated) => {
    queryClient.setQueryData<SpikeList>(LIST_KEY, (old) => ({
      items: applySpikeUpdate(old?.items ?? [], updated),
    }));
    void queryClient.invalidateQueries({ queryKey: spikeKey(updated.id) });
  });
  const active = activeSpikes(spikes.data?.items ?? []).filter((spike) => hidden[spike.id] !== spike.count);
  if (active.length === 0) return null;
  const time = (iso: string) =>
    new Date(iso).toLocaleTimeString(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      hour: '2-digit',
      minute: '2-digit',
    });

  return (
    <div className="spike-banner" role="status" data-testid="spike-banner">
      {active.slice(0, 3).map((spike) => (
        <div key={spike.id} className="spike-banner__item">
          <div className="spike-banner__bar">
            <IconWarning size={16} aria-hidden="true" />
            <span className="spike-banner__text" data-testid="spike-banner-text">
              {spike.kind === 'post'
                ? t('spike.onPost', { count: spike.count, since: time(spike.since) })
                : t('spike.onTopic', {
                    topic: spike.topicLabels?.[locale] ?? spike.topic ?? '',
                    count: spike.count,
                    since: time(spike.since),
                  })}
              <span className="spike-banner__expected">
                {' '}
                {t('spike.expected', {
                  expected: spike.expectedPerWindow.toLocaleString(locale),
                  minutes: Math.round(spike.windowS / 60),
                })}
              </span>
            </span>
            <Button size="sm" onClick={() => setOpenId(openId === spike.id ? null : spike.id)}>
              {openId === spike.id ? t('spike.close') : t('spike.open')}
            </Button>
            <button
              type="button"
              className="spike-banner__hide"
              aria-label={t('spike.hide')}
              title={t('spike.hide')}
              onClick={() => setHidden({ ...hidden, [spike.id]: spike.count })}
            >
              ×
            </button>
          </div>
          {openId === spike.id && <SpikePanel spike={spike} />}
        </div>
      ))}
    </div>
  );
}

function SpikePanel({ spike }: { spike: SpikeView }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const detail = useQuery({
    queryKey: spikeKey(spike.id),
    queryFn: ({ signal }) => fetchSpike(spike.id, signal),
  });
  const [text, setText] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'success' | 'warning' | 'danger'; text: string } | null>(null);

  const view = detail.data;
  const groups = groupMembers(view?.members ?? []);
  const done = bulkDonePct(view?.bulkReply ?? spike.bulkReply);

  const send = async () => {
    if (!view) return;
    setConfirming(false);
    setSending(true);
    try {
      const result = await sendBulkReply(spike.id, text.trim(), view.conversations);
      setNotice({
        tone: 'success',
        text: t('spike.bulkDone', { sent: result.sent, skipped: result.skipped.length }),
      });
      setText('');
    } catch (error) {
      if (isApiError(error) && error.code === 'SPIKE_GREW') {
        setNotice({ tone: 'warning', text: t('spike.grew') });
      } else {
        setNotice({ tone: 'danger', text: t('spike.bulkFailed') });
      }
    } finally {
      setSending(false);
      await queryClient.invalidateQueries({ queryKey: spikeKey(spike.id) });
    }
  };

  return (
    <div className="spike-panel" data-testid="spike-panel">
      {detail.isLoading && <p className="spike-panel__muted">{t('conversation.loading')}</p>}
      {view && (
        <>
          <SpikeGroup title={t('spike.toAnswer', { n: groups.toAnswer.length })} groups={groups.toAnswer} />
          <SpikeGroup
            title={t('spike.forAPerson', { n: groups.forAPerson.length })}
            groups={groups.forAPerson}
            flagged
          />
          {groups.answered.length > 0 && (
            <SpikeGroup title={t('spike.answered', { n: groups.answered.length })} groups={groups.answered} />
          )}
          {done !== null && view.bulkReply && (
            <div className="spike-panel__progress" data-testid="spike-progress">
              <div className="spike-panel__progress-bar" style={{ width: `${done}%` }} />
              <span>
                {t('spike.progress', {
                  sent: view.bulkReply.sent,
                  queued: view.bulkReply.queued,
                  failed: view.bulkReply.failed,
                })}
              </span>
            </div>
          )}
          {notice && <InlineAlert tone={notice.tone}>{notice.text}</InlineAlert>}
          {groups.toAnswer.length > 0 && (
            <form
              className="spike-panel__form"
              onSubmit={(event) => {
                event.preventDefault();
                if (text.trim()) setConfirming(true);
              }}
            >
              <label htmlFor={`bulk-${spike.id}`}>{t('spike.replyLabel')}</label>
              <textarea
                id={`bulk-${spike.id}`}
                value={text}
                rows={3}
                maxLength={8000}
                onChange={(event) => setText(event.target.value)}
                data-testid="spike-reply-text"
              />
              <Button type="submit" variant="primary" busy={sending} disabled={!text.trim() || sending}>
                {t('spike.send', { n: groups.toAnswer.length })}
              </Button>
            </form>
          )}
          <ConfirmDialog
            open={confirming}
            onCancel={() => setConfirming(false)}
            onConfirm={() => void send()}
            tone="warning"
            title={t('spike.confirmTitle')}
            body={t('spike.confirmBody', { n: groups.toAnswer.length, skipped: groups.forAPerson.length })}
            cancelLabel={t('spike.cancel')}
            confirmLabel={t('spike.send', { n: groups.toAnswer.length })}
            testId="spike-confirm"
            confirmTestId="spike-confirm-send"
          />
        </>
      )}
    </div>
  );
}

function SpikeGroup({
  title,
  groups,
  flagged = false,
}: {
  title: string;
  groups: ReturnType<typeof groupMembers>['toAnswer'];
  flagged?: boolean;
}) {
  if (groups.length === 0) return null;
  return (
    <section className={`spike-group${flagged ? ' spike-group--flagged' : ''}`}>
      <h3>{title}</h3>
      <ul>
        {groups.map((group) => (
          <li key={group.conversationId}>
            <a href={`#${inboxPath(group.conversationId)}`}>{group.contactName}</a>
            <span className="spike-group__preview">{group.messages[group.messages.length - 1].preview}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
