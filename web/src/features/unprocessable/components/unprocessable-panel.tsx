import type { Provider } from '@webcare/shared';
import { Button } from '../../../components/ui/button';
import { InlineAlert } from '../../../components/ui/inline-alert';
import { useI18n } from '../../../i18n/i18n';
import { shortDateTime } from '../../../lib/time';
import { useUnprocessable } from '../hooks/use-unprocessable';
import '../unprocessable.css';

const PROVIDER_NAMES: Record<Provider, string> = {
  meta: 'Meta',
  whatsapp: 'WhatsApp',
  x: 'X',
  twilio: 'Twilio',
  webchat: 'Webchat',
};

const KINDS = ['message', 'echo', 'status', 'read_watermark', 'removed'] as const;
type Kind = (typeof KINDS)[number];
const isKind = (kind: string): kind is Kind => (KINDS as readonly string[]).includes(kind);

/** Messages that arrived but could not be processed after every retry: nothing is lost, a retry away. */
export function UnprocessablePanel() {
  const { t, locale } = useI18n();
  const { list, retry } = useUnprocessable();
  const items = list.data?.items ?? [];
  return (
    <section className="unprocessable" aria-labelledby="unprocessable-title" data-testid="unprocessable">
      <header className="unprocessable__header">
        <h2 id="unprocessable-title">{t('unprocessable.title')}</h2>
        <span className="unprocessable__hint">{t('unprocessable.hint')}</span>
      </header>
      {list.error ? (
        <InlineAlert tone="danger">{t('unprocessable.loadError')}</InlineAlert>
      ) : retry.error ? (
        <InlineAlert tone="danger">{t('unprocessable.retryError')}</InlineAlert>
      ) : null}
      {items.length === 0 ? (
        <p className="unprocessable__empty">{list.isPending ? '…' : t('unprocessable.none')}</p>
      ) : (
        <ul className="unprocessable__list">
          {items.map((item) => (
            <li key={item.id} className="unprocessable__item" data-testid="unprocessable-item">
              <span>{PROVIDER_NAMES[item.provider] ?? item.provider}</span>
              <span>{isKind(item.kind) ? t(`unprocessable.kind.${item.kind}`) : item.kind}</span>
              <span>{t('unprocessable.received', { time: shortDateTime(item.receivedAt, locale) })}</span>
              <span className="unprocessable__reason">{item.reason ?? ''}</span>
              <Button
                size="sm"
                busy={retry.isPending && retry.variables === item.id}
                onClick={() => retry.mutate(item.id)}
                data-testid="unprocessable-retry"
              >
                {t('unprocessable.retry')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
