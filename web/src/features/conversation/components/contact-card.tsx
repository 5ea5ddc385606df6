import type { ReactNode } from 'react';
import type { ConversationDetail } from '@webcare/shared';
import { useI18n } from '../../../i18n/i18n';
import { fullDateTime, shortDate } from '../../../lib/time';
import { Avatar } from '../../../components/ui/avatar';
import { ChannelIcon } from '../../../components/channel-icon';

export function ContactCard({ detail, actions }: { detail: ConversationDetail; actions?: ReactNode }) {
  const { t, locale } = useI18n();
  const { contact } = detail;
  const rows: { label: string; value: string | null; title?: string }[] = [
    { label: t('contact.handle'), value: contact.handle },
    { label: t('contact.channel'), value: t(`channel.${contact.channel}`) },
    {
      label: t('contact.firstSeen'),
      value: contact.firstSeenAt ? shortDate(contact.firstSeenAt, locale) : null,
      title: contact.firstSeenAt ? fullDateTime(contact.firstSeenAt, locale) : undefined,
    },
    {
      label: t('contact.visibility'),
      value: detail.visibility === 'public' ? t('queue.public') : t('composer.private'),
    },
    { label: t('contact.priority'), value: t(`priority.${detail.priority}`) },
    { label: t('contact.sla'), value: detail.slaDueAt ? fullDateTime(detail.slaDueAt, locale) : null },
    {
      label: t('contact.callBack'),
      value: detail.callBackDueAt ? fullDateTime(detail.callBackDueAt, locale) : null,
    },
  ];
  return (
    <aside className="contact-card" aria-label={t('contact.title')} data-testid="contact-card">
      <div className="contact-card__head">
        <Avatar name={contact.displayName} seed={contact.id} size="lg" />
        <div>
          <h3 className="contact-card__name">{contact.displayName}</h3>
          <span className="contact-card__channel">
            <ChannelIcon channel={contact.channel} label={t(`channel.${contact.channel}`)} size={16} />
            {contact.handle ?? t(`channel.${contact.channel}`)}
          </span>
        </div>
      </div>
      <dl className="contact-card__facts">
        {rows.map((row) => (
          <div key={row.label} className="contact-card__row">
            <dt>{row.label}</dt>
            <dd title={row.title}>{row.value ?? t('contact.none')}</dd>
          </div>
        ))}
      </dl>
      {actions}
    </aside>
  );
}
