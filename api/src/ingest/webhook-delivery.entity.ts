import type { Provider } from '@webcare/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The raw body of a webhook delivery, byte for byte, kept for replay and investigation. */
@Entity('webhook_deliveries')
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  provider: Provider;

  @Column({ name: 'raw_body', type: 'bytea' })
  rawBody: Buffer;

  @Column({ name: 'content_type', type: 'text', nullable: true })
  contentType: string | null;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;
}
