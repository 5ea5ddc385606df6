import { useId, useState } from 'react';
import type { SuggestedSwitch, SwitchKind } from '@webcare/shared';
import { useI18n } from '../../../i18n/i18n';
import { Button } from '../../../components/ui/button';
import { FoldToggle } from '../../../components/ui/fold-toggle';
import { InlineAlert } from '../../../components/ui/inline-alert';
import { IconArrowRight, IconLock, IconPhone, IconSend, IconUserPlus } from '../../../components/ui/icons';
import { shortDateTime } from '../../../lib/time';
import { useSwitchChannel } from '../hooks/use-switch-channel';
import type { SentSwitch } from '../lib/sent-switch';
import '../triage.css';

const KIND_ICON: Record<SwitchKind, typeof IconPhone> = {
  call_back: IconPhone,
  private_message: IconSend,
  secure_channel: IconLock,
  in_person: IconUserPlus,
};

export interface SwitchCardProps {
  conversationId: string;
  /** What triage suggests; null once it has been sent (the server clears it). */
  suggestion: SuggestedSwitch | null;
  /** The switch already sent since the person last wrote. */
  sent: SentSwitch | null;
  onSwitched: () => void;
}

/**
 * Why a safer channel fits, the exact message that makes the switch, and one button to send it. At phone
 * width the why and the message fold away (CSS) behind a toggle, so the card does not push the thread
 * out of sight; the button stays.
 */
export function SwitchCard({ conversationId, suggestion, sent, onSwitched }: SwitchCardProps) {
  const { t, locale } = useI18n();
  const state = useSwitchChannel(conversationId, onSwitched);
  const [expanded, setExpanded] = useState(false);
  const detailsId = useId();
  const sentKind =
    state.sentKind ?? (sent && (!suggestion || sent.kind === suggestion.kind) ? sent.kind : null);
  const shownKind = suggestion?.kind ?? sentKind;
  if (!shownKind) return null;
  const kind = t(`switch.${shownKind}`);
  const Icon = KIND_ICON[shownKind];
  if (!suggestion || sentKind) {
    return (
      <section
        className="switch-card switch-card--sent"
        data-testid="switch-card"
        data-kind={shownKind}
        data-sent="true"
        aria-label={t('switch.sentTitle', { kind })}
      >
        <header className="switch-card__header">
          <span className="switch-card__icon" aria-hidden="true">
            <Icon size={15} />
          </span>
          <h3 className="switch-card__title">{t('switch.sentTitle', { kind })}</h3>
        </header>
        <InlineAlert tone="success">
          {sent
            ? t('switch.sentAt', { time: shortDateTime(sent.at, locale), name: sent.by ?? '—' })
            : t('switch.done', { kind })}
        </InlineAlert>
      </section>
    );
  }

  return (
    <section
      className={`switch-card ${expanded ? 'is-expanded' : ''}`}
      data-testid="switch-card"
      data-kind={suggestion.kind}
      aria-label={t('switch.title', { kind })}
    >
      <header className="switch-card__header">
        <span className="switch-card__icon" aria-hidden="true">
          <Icon size={15} />
        </span>
        <h3 className="switch-card__title">{t('switch.title', { kind })}</h3>
        <FoldToggle
          className="switch-card__toggle"
          expanded={expanded}
          controls={detailsId}
          label={expanded ? t('switch.hideDetails') : t('switch.showDetails')}
          onToggle={() => setExpanded((value) => !value)}
          data-testid="switch-details-toggle"
        />
      </header>
      <div className="switch-card__details" id={detailsId} data-testid="switch-details">
        <p className="switch-card__why">
          <span className="switch-card__label">{t('switch.why')}: </span>
          {suggestion.reason[locale]}
        </p>
        <figure className="switch-card__template">
          <figcaption className="switch-card__label">{t('switch.template')}</figcaption>
          <blockquote>{suggestion.template[locale]}</blockquote>
        </figure>
      </div>
      {state.error && <InlineAlert tone="danger">{state.error}</InlineAlert>}
      {
        <Button
          variant="primary"
          size="sm"
          icon={<IconArrowRight size={14} />}
          busy={state.sending}
          onClick={() => void state.send(suggestion.kind)}
          data-testid="switch-send"
        >
          {state.sending ? t('switch.sending') : t('switch.send', { kind })}
        </Button>
      }
    </section>
  );
}
