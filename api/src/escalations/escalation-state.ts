import type { EscalationMode, EscalationStatus } from '@webcare/shared';

export type EscalationAction = 'accept' | 'respond' | 'return' | 'close';

/**
 * Every transition an escalation can make, per mode: the statuses it may start from and where it goes.
 *   consult:  open → accepted → answered;  open|accepted → closed (withdrawn or declined)
 *   handover: open → accepted → answered;  accepted|answered → returned;  open|accepted|answered → closed
 * answered (consult), returned and closed are final.
 */
export const TRANSITIONS: Readonly<
  Record<
    EscalationMode,
    Record<EscalationAction, { from: readonly EscalationStatus[]; to: EscalationStatus }>
  >
> = {
  consult: {
    accept: { from: ['open'], to: 'accepted' },
    respond: { from: ['accepted'], to: 'answered' },
    return: { from: [], to: 'returned' },
    close: { from: ['open', 'accepted'], to: 'closed' },
  },
  handover: {
    accept: { from: ['open'], to: 'accepted' },
    respond: { from: ['accepted'], to: 'answered' },
    return: { from: ['accepted', 'answered'], to: 'returned' },
    close: { from: ['open', 'accepted', 'answered'], to: 'closed' },
  },
};

/** Statuses in which the escalation still holds the conversation (no second one may start). */
export const ACTIVE_STATUSES: readonly EscalationStatus[] = ['open', 'accepted', 'answered'];

export function isActive(mode: EscalationMode, status: EscalationStatus): boolean {
  return status === 'open' || status === 'accepted' || (mode === 'handover' && status === 'answered');
}

export function canTransition(
  mode: EscalationMode,
  status: EscalationStatus,
  action: EscalationAction,
): boolean {
  return TRANSITIONS[mode][action].from.includes(status);
}

/** Why a transition is refused, in plain words for the person who tried it. */
export function refusalMessage(
  mode: EscalationMode,
  status: EscalationStatus,
  action: EscalationAction,
): string {
  if (action === 'return' && mode === 'consult') {
    return 'Only a handover can be returned; a consult ends when the advisor answers';
  }
  if (status === 'open' && action === 'respond') return 'Accept the escalation before answering it';
  if (status === 'accepted' && action === 'accept') return 'This escalation has already been accepted';
  const verb = { accept: 'accepted', respond: 'answered', return: 'returned', close: 'closed' }[action];
  return `An escalation that is ${status} cannot be ${verb}`;
}
