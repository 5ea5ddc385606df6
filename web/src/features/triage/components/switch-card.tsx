import type { SuggestedSwitch, SwitchKind } from '@webcare/shared';
import { useI18n } from '../../../i18n/i18n';
import { Button } from '../../../components/ui/button';
import { InlineAlert } from '../../../components/ui/inline-alert';
import { IconArrowRight, IconLock, IconPhone, IconSend, IconUserPlus } from '../../../components/ui/icons';
import { useSwitchChannel } from '../hooks/use-switch-channel';
import '../triage.css';

const KIND_ICON: Record<SwitchKind, typeof IconPhone> = {
  call_back: IconPhone,
  private_message: IconSend,
  secure_channel: IconLock,
  in_person: IconUserPlus,
};

export interface SwitchCardProps {
  conversationId: string;
  suggestion: SuggestedSwitch;
  onSwitched: () => void;
}

/** Why a safer channel fits, the exact message that makes the switch, and one button to send it. */
export function SwitchCard({ conversationId, suggestion, onSwitched }: SwitchCardProps) {
  const { t, locale } = useI18n();
  const state = useSwitchChannel(conversationId, onSwitched);
  const kind = t(`switch.${suggestion.kind}`);
  const Icon = KIND_ICON[suggestion.kind];

  return (
    <section
      className="switch-card"
      data-testid="switch-card"
      data-kind={suggestion.kind}
      aria-label={t('switch.title', { kind })}
    >
      <header className="switch-card__header">
        <span className="switch-card__icon" aria-hidden="true">
          <Icon size={15} />
        </span>
        <h3 className="switch-card__title">{t('switch.title', { kind })}</h3>
      </header>
      <p className="switch-card__why">
        <span className="switch-card__label">{t('switch.why')}: </span>
        {suggestion.reason[locale]}
      </p>
      <figure className="switch-card__template">
        <figcaption className="switch-card__label">{t('switch.template')}</figcaption>
        <blockquote>{suggestion.template[locale]}</blockquote>
      </figure>
      {state.error && <InlineAlert tone="danger">{state.error}</InlineAlert>}
      {state.sentKind ? (
        <InlineAlert tone="success">{t('switch.done', { kind })}</InlineAlert>
      ) : (
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
      )}
    </section>
  );
}
