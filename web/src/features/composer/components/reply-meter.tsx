import { useEffect, useState } from 'react';
import type { ConversationDetail, Visibility } from '@webcare/shared';
import { useT } from '../../../i18n/i18n';
import { durationParts, replyMeter } from '../lib/reply-meter';

/** Under the reply: characters of a public X reply, SMS parts, the time left in the messaging window. */
export function ReplyMeterLine({
  detail,
  visibility,
  text,
}: {
  detail: ConversationDetail;
  visibility: Visibility;
  text: string;
}) {
  const t = useT();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (!detail.messagingWindow) return;
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, [detail.messagingWindow]);
  const meter = replyMeter(detail.channel, visibility, text, detail.messagingWindow, now);
  if (!meter.limit && !meter.sms && !meter.window) return null;
  const left = meter.window ? durationParts(meter.window.leftMs) : null;
  const duration = left
    ? left.days > 0
      ? t('composer.durationDays', { days: left.days, hours: left.hours })
      : t('composer.durationHours', { hours: left.hours, minutes: left.minutes })
    : '';
  return (
    <div className="composer__meter" data-testid="composer-meter">
      {meter.window && (
        <span
          className={`composer__window composer__window--${meter.window.state}`}
          data-testid="composer-window"
          data-state={meter.window.state}
        >
          {meter.window.state === 'free'
            ? t(detail.channel === 'whatsapp' ? 'composer.windowOpenWhatsApp' : 'composer.windowOpen', {
                left: duration,
              })
            : meter.window.state === 'human_agent'
              ? t('composer.windowHumanAgent', { left: duration })
              : meter.window.state === 'template_only'
                ? t('composer.windowTemplateOnly')
                : t('composer.windowClosed')}
        </span>
      )}
      {meter.limit && (
        <span
          className={`composer__count ${meter.limit.over ? 'is-over' : ''}`}
          data-testid="composer-count"
          aria-live="polite"
        >
          {t('composer.characters', { used: meter.limit.used, max: meter.limit.max })}
        </span>
      )}
      {meter.sms && (
        <span className="composer__count" data-testid="composer-sms-segments">
          {t(meter.sms.unicode ? 'composer.smsSegmentsUnicode' : 'composer.smsSegments', {
            segments: meter.sms.segments,
            used: meter.sms.used,
            per: meter.sms.perSegment,
          })}
        </span>
      )}
    </div>
  );
}
