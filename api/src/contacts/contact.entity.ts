import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { ContactIdentityEntity } from './contact-identity.entity';

/** A person who wrote to us, on one or more channels. */
@Entity('contacts')
// Full-text index over the name, created by a migration (an expression TypeORM does not model).
@Index('ix_contacts_name_search', { synchronize: false })
export class ContactEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** Phone number for call-backs, when the person gave one or the channel is phone-based. */
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  /** The person told us calling is hard for them: suggest another way than a call back. */
  @Column({ name: 'prefers_no_phone', type: 'boolean', default: false })
  prefersNoPhone: boolean;

  @OneToMany(() => ContactIdentityEntity, (identity) => identity.contact)
  identities: ContactIdentityEntity[];

  /** Set when the person's data was erased on request: name, phone and identities are gone. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
