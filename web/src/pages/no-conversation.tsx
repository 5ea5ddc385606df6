import { useT } from '../i18n/i18n';
import { EmptyState } from '../components/ui/empty-state';
import { IconInbox } from '../components/ui/icons';
import { Kbd } from '../components/ui/kbd';

export function NoConversation() {
  const t = useT();
  return (
    <section className="conversation conversation--empty" data-testid="no-conversation">
      <EmptyState icon={<IconInbox size={26} />} title={t('conversation.none')}>
        <p>
          {t('conversation.noneHint')} <Kbd>?</Kbd>
        </p>
      </EmptyState>
    </section>
  );
}
