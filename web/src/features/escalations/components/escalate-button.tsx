import { useState } from 'react';
import type { ConversationDetail } from '@webcare/shared';
import { useT } from '../../../i18n/i18n';
import { Button } from '../../../components/ui/button';
import { IconEscalation } from '../../../components/ui/icons';
import { useCurrentUser } from '../../../session/use-session';
import { EscalateDialog } from './escalate-dialog';

/** Agents, supervisors and admins escalate from the conversation header. */
export function EscalateButton({ detail }: { detail: ConversationDetail }) {
  const t = useT();
  const me = useCurrentUser();
  const [open, setOpen] = useState(false);
  if (me.role === 'advisor') return null;
  return (
    <>
      <Button
        size="sm"
        className="escalate-open"
        icon={<IconEscalation size={14} />}
        onClick={() => setOpen(true)}
        disabled={detail.status === 'escalated'}
        title={detail.status === 'escalated' ? t('escalation.alreadyEscalated') : undefined}
        data-testid="escalate-open"
      >
        {t('escalation.escalate')}
      </Button>
      <EscalateDialog open={open} detail={detail} onClose={() => setOpen(false)} />
    </>
  );
}
