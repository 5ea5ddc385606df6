import { Column, Entity, PrimaryColumn } from 'typeorm';

/** When a user last opened a conversation: drives the unread dot in the queue. */
@Entity('conversation_reads')
export class ConversationReadEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'conversation_id', type: 'uuid' })
  conversationId: string;

  @Column({ name: 'last_read_at', type: 'timestamptz' })
  lastReadAt: Date;
}
