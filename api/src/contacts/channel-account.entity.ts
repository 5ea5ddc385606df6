import type { Provider } from '@webcare/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** One of our accounts at a provider: a Facebook Page, an Instagram account, a WhatsApp number. */
@Entity('channel_accounts')
@Unique('uq_channel_accounts_provider_external', ['provider', 'externalId'])
export class ChannelAccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  provider: Provider;

  /** Page id, Instagram account id, WhatsApp phone_number_id, X user id, Twilio number. */
  @Column({ name: 'external_id', type: 'text' })
  externalId: string;

  @Column({ type: 'text' })
  name: string;

  /** Country of the organisation behind the account: decides crisis lines (NL 113, BE 1813). */
  @Column({ type: 'text', default: 'NL' })
  country: 'NL' | 'BE';

  /** Region or location the account serves (topic reports); the conversation's region team wins. */
  @Column({ type: 'text', nullable: true })
  region: string | null;

  /** Created because a webhook named an account we did not know: messages are kept, an admin completes it. */
  @Column({ name: 'auto_created', type: 'boolean', default: false })
  autoCreated: boolean;

  /** Page or system-user access token for sending. Secret: never returned by the API. */
  @Column({ name: 'access_token', type: 'text', nullable: true })
  accessToken: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
