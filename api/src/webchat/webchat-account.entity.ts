import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A web chat widget on one of the organisation's sites: the key in its script tag, the origins it may
 * run on, its look and its privacy notice. Messages reach the channel account `webchat` + key.
 */
@Entity('webchat_accounts')
export class WebchatAccountEntity {
  /** The `data-account` of the script tag. */
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'text' })
  name: string;

  /** Origins (`https://www.example.nl`) the widget may run on; `*` allows every origin (demo only). */
  @Column({ name: 'allowed_origins', type: 'text', array: true, default: () => "'{}'" })
  allowedOrigins: string[];

  @Column({ type: 'text', default: 'nl' })
  language: 'nl' | 'en';

  @Column({ name: 'primary_color', type: 'text', default: '#0f766e' })
  primaryColor: string;

  @Column({ name: 'text_color', type: 'text', default: '#ffffff' })
  textColor: string;

  /** The privacy notice shown before the first message; null = the standard wording. */
  @Column({ name: 'privacy_nl', type: 'text', nullable: true })
  privacyNl: string | null;

  @Column({ name: 'privacy_en', type: 'text', nullable: true })
  privacyEn: string | null;

  /** Switched off: every site is refused (as if not allowed), its conversations stay. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
