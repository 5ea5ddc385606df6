import type { EscalationMode, EscalationStatus, EscalationView, Priority } from '@webcare/shared';
import { pickupBreached } from './escalation-policy';

/** The columns ESCALATION_SELECT returns. */
export interface EscalationRow {
  id: string;
  conversation_id: string;
  team_id: string;
  team_name: string;
  mode: EscalationMode;
  status: EscalationStatus;
  reason: string;
  response: string | null;
  requested_by: string | null;
  requested_by_name: string | null;
  accepted_by: string | null;
  accepted_by_name: string | null;
  contact_id: string;
  contact_name: string;
  priority: Priority;
  due_at: Date;
  created_at: Date;
  accepted_at: Date | null;
  answered_at: Date | null;
  closed_at: Date | null;
}

export const ESCALATION_SELECT = `
  SELECT e.id, e.conversation_id, e.team_id, t.name AS team_name, e.mode, e.status, e.reason, e.response,
         e.requested_by, ru.name AS requested_by_name, e.accepted_by, au.name AS accepted_by_name,
         c.contact_id, ct.display_name AS contact_name, c.priority, e.due_at, e.created_at,
         e.accepted_at, e.answered_at, e.closed_at
    FROM escalations e
    JOIN teams t ON t.id = e.team_id
    JOIN conversations c ON c.id = e.conversation_id
    JOIN contacts ct ON ct.id = c.contact_id
    LEFT JOIN users ru ON ru.id = e.requested_by
    LEFT JOIN users au ON au.id = e.accepted_by`;

export function toEscalationView(row: EscalationRow, now: Date = new Date()): EscalationView {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    teamId: row.team_id,
    teamName: row.team_name,
    mode: row.mode,
    status: row.status,
    reason: row.reason,
    createdAt: row.created_at.toISOString(),
    dueAt: row.due_at.toISOString(),
    priority: row.priority,
    pickupBreached: pickupBreached(row.due_at, row.accepted_at, now),
    contact: { id: row.contact_id, displayName: row.contact_name },
    requestedBy: row.requested_by ? { id: row.requested_by, name: row.requested_by_name ?? '' } : null,
    acceptedBy: row.accepted_by ? { id: row.accepted_by, name: row.accepted_by_name ?? '' } : null,
    acceptedAt: row.accepted_at?.toISOString() ?? null,
    response: row.response,
    answeredAt: row.answered_at?.toISOString() ?? null,
    closedAt: row.closed_at?.toISOString() ?? null,
  };
}
