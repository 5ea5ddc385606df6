import { useT } from '../i18n/i18n';
import { IconGlobePublic } from './ui/icons';

/** Clear marker for conversations anyone on the internet can read. */
export function PublicBadge({ long = false }: { long?: boolean }) {
  const t = useT();
  return (
    <span className="public-badge" title={t('queue.publicLong')} data-testid="public-badge">
      <IconGlobePublic size={11} />
      {long ? t('queue.publicLong') : t('queue.public')}
    </span>
  );
}
