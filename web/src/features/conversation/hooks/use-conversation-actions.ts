import { useCallback, useState } from 'react';
import type { AssigneeSummary, ConversationStatus, ConversationSummary } from '@webcare/shared';
import { isApiError } from '../../../api/client';
import { useT } from '../../../i18n/i18n';
import { errorMessage } from '../../../lib/errors';
import { useCurrentUser } from '../../auth/hooks/use-session';
import { useQueueContext } from '../../queue/hooks/use-queue-context';
import { assignConversation, fetchConversation, setConversationStatus, unassignConversation } from '../api';
import { isSummary, toSummary } from '../lib/messages';
import type { ConversationController } from './use-conversation';

export type PendingAction = 'status' | 'assign' | null;

export interface ConversationActions {
  pending: PendingAction;
  error: string | null;
  clearError: () => void;
  setStatus: (status: ConversationStatus) => Promise<void>;
  /** `undefined`: to me; `null`: release; otherwise the colleague. */
  assign: (to?: { id: string; name: string } | null) => Promise<void>;
}

export function useConversationActions(conversation: ConversationController): ConversationActions {
  const t = useT();
  const me = useCurrentUser();
  const { queue } = useQueueContext();
  const [pending, setPending] = useState<PendingAction>(null);
  const [error, setError] = useState<string | null>(null);
  const { detail, applySummary } = conversation;

  const apply = useCallback(
    (row: ConversationSummary) => {
      applySummary(row);
      queue.applyRow(row);
    },
    [applySummary, queue],
  );

  const setStatus = useCallback(
    async (status: ConversationStatus) => {
      if (!detail || detail.status === status) return;
      setPending('status');
      setError(null);
      try {
        const response = await setConversationStatus(detail.id, status);
        apply(isSummary(response) ? response : { ...toSummary(detail), status });
      } catch (caught) {
        setError(t('conversation.statusFailed', { message: errorMessage(caught, t) }));
      } finally {
        setPending(null);
      }
    },
    [apply, detail, t],
  );

  const assign = useCallback(
    async (to?: { id: string; name: string } | null) => {
      if (!detail) return;
      setPending('assign');
      setError(null);
      const assignee: AssigneeSummary | null = to === undefined ? { id: me.id, name: me.name } : to;
      try {
        const response =
          to === null
            ? await unassignConversation(detail.id)
            : await assignConversation(detail.id, to === undefined ? {} : { userId: to.id });
        apply(isSummary(response) ? response : { ...toSummary(detail), assignee });
      } catch (caught) {
        if (isApiError(caught, 409)) {
          // Someone else took it first: show who, and bring the conversation up to date.
          const fresh = await fetchConversation(detail.id).catch(() => null);
          if (fresh) apply(toSummary(fresh));
          const named = /assigned to (.+)$/.exec(caught.message)?.[1];
          const holder = fresh?.assignee?.name ?? named ?? t('conversation.heldBySomeone');
          setError(t('conversation.heldBy', { name: holder }));
        } else {
          setError(t('conversation.assignFailed', { message: errorMessage(caught, t) }));
        }
      } finally {
        setPending(null);
      }
    },
    [apply, detail, me.id, me.name, t],
  );

  return { pending, error, clearError: () => setError(null), setStatus, assign };
}
