import type { Provider } from '@webcare/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { ContactEntity } from './contact.entity';

/**
 * How a provider identifies a contact. Meta ids are scoped to the Page or Instagram account,
 * so the identity is unique per provider, account and id.
 */
@Entity('contact_identities')
@Unique('uq_contact_identities', ['provider', 'accountExternalId', 'externalId'])
export class ContactIdentityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'contact_id', type: 'uuid' })
  contactId: string;

  @ManyToOne(() => ContactEntity, (contact) => contact.identities, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact: ContactEntity;

  @Column({ type: 'text' })
  provider: Provider;

  @Column({ name: 'account_external_id', type: 'text' })
  accountExternalId: string;

  @Column({ name: 'external_id', type: 'text' })
  externalId: string;

  @Column({ type: 'text', nullable: true })
  handle: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
