import { useI18n } from '../../../i18n/i18n';
import { Button } from '../../../components/ui/button';
import { IconLock, IconWarning } from '../../../components/ui/icons';
import { EvidenceText } from '../../../components/evidence-text';
import type { DraftCheck } from '../hooks/use-draft-check';

export interface DraftWarningProps {
  check: DraftCheck;
  canReplyPrivately: boolean;
  onReplyPrivately: () => void;
}

/** Shown above a public draft that contains personal or health details, with the risky words marked. */
export function DraftWarning({ check, canReplyPrivately, onReplyPrivately }: DraftWarningProps) {
  const { t, locale } = useI18n();
  if (!check.risky) return null;
  return (
    <div className="draft-warning" role="alert" data-testid="draft-warning">
      <div className="draft-warning__head">
        <IconWarning size={15} />
        <strong>
          {t('draft.warningFound', {
            what: [...new Set(check.flags.map((flag) => t(`flag.${flag.code}`).toLowerCase()))].join(', '),
          })}
        </strong>
      </div>
      <ul className="draft-warning__reasons">
        {check.flags.map((flag, index) => (
          <li key={`${flag.code}-${index}`}>
            <span className={`flag-swatch flag--${flag.code}`} aria-hidden="true" />
            {t(`flag.${flag.code}`)}: {flag.reason[locale]}
          </li>
        ))}
      </ul>
      <p className="draft-warning__preview">
        <EvidenceText text={check.checkedText} flags={check.flags} />
      </p>
      {canReplyPrivately && (
        <Button size="sm" icon={<IconLock size={13} />} onClick={onReplyPrivately}>
          {t('draft.suggestPrivate')}
        </Button>
      )}
    </div>
  );
}
