import type { MessageView } from '@webcare/shared';
import type { EntityManager } from 'typeorm';
import { queryRows } from '../database/sql';

/**
 * Adds an internal note to a conversation's thread inside the caller's transaction: the history of
 * escalations and call-backs. Never sent to the person. Returns the view to push once committed.
 */
export async function writeInternalNote(
  manager: EntityManager,
  conversationId: string,
  author: { id: string; name: string },
  text: string,
): Promise<MessageView> {
  const rows = await queryRows<{ id: string; created_at: Date }>(
    manager,
    `INSERT INTO messages (conversation_id, direction, text, attachments, visibility, author_id, sent_at, delivery_status, flags)
     VALUES ($1, 'note', $2, '[]', 'private', $3, now(), 'sent', '[]') RETURNING id, created_at`,
    [conversationId, text, author.id],
  );
  await manager.query('UPDATE conversations SET updated_at = now() WHERE id = $1', [conversationId]);
  return {
    id: rows[0]!.id,
    direction: 'note',
    text,
    attachments: [],
    createdAt: rows[0]!.created_at.toISOString(),
    author: { id: author.id, name: author.name },
    deliveryStatus: 'sent',
    visibility: 'private',
    flags: [],
  };
}
