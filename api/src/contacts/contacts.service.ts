import { Injectable, Logger } from '@nestjs/common';
import { type Channel, type ChannelAccountView, ERROR_CODES, type Provider } from '@webcare/shared';
import { AppException } from '../common/app.exception';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/current-user';
import { DataSource, type EntityManager } from 'typeorm';
import { RetryLaterError } from '../jobs/retry-later.error';
import type { ChannelAccountEntity } from './channel-account.entity';
import type { ContactEntity } from './contact.entity';

class ChannelAccountNotFoundException extends AppException {
  constructor() {
    super(ERROR_CODES.notFound, 404, 'There is no such channel account');
  }
}

/** The thing a sender is known by at a provider: the account it wrote to and its id there. */
export interface SenderIdentity {
  provider: Provider;
  channel: Channel;
  /** External id of our account (Page, number) the person wrote to. */
  accountExternalId: string;
  providerId: string;
  name?: string | null;
  handle?: string | null;
}

export type ContactRef = Pick<ContactEntity, 'id' | 'prefersNoPhone'>;
export type AccountRef = Pick<ChannelAccountEntity, 'id' | 'country'>;

/**
 * Owner of `contacts`, `contact_identities` and `channel_accounts`: the people who write to us, how each
 * provider knows them, and our own accounts at the providers.
 */
@Injectable()
export class ContactsService {
  private readonly logger = new Logger(ContactsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async listAccounts(): Promise<{ items: ChannelAccountView[] }> {
    const items: ChannelAccountView[] = await this.dataSource.query(
      'SELECT id, provider, name, country, region FROM channel_accounts ORDER BY name, id',
    );
    return { items };
  }

  /** The region an account serves, for topic reports per region (a conversation's region team wins). */
  async setAccountRegion(actor: Actor, id: string, region: string | null): Promise<ChannelAccountView> {
    const clean = region?.trim() || null;
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new ChannelAccountNotFoundException();
    // An UPDATE … RETURNING answers [rows, affected count].
    const [rows]: [ChannelAccountView[], number] = await this.dataSource.query(
      `UPDATE channel_accounts SET region = $2 WHERE id = $1 RETURNING id, provider, name, country, region`,
      [id, clean],
    );
    const updated = rows[0];
    if (!updated) throw new ChannelAccountNotFoundException();
    await this.audit.record({ actor, action: 'channel_account.region', details: { accountId: id } });
    return updated;
  }

  /** Unknown account ids are kept under an account created on the spot; an admin can name it later. */
  async ensureAccount(manager: EntityManager, provider: Provider, externalId: string): Promise<AccountRef> {
    await manager.query(
      `INSERT INTO channel_accounts (provider, external_id, name, auto_created) VALUES ($1, $2, $3, true)
       ON CONFLICT (provider, external_id) DO NOTHING`,
      [provider, externalId, `Onbekend account ${externalId}`],
    );
    const account = await this.findAccount(provider, externalId, manager);
    if (account && externalId) return account;
    this.logger.warn(`Channel account could not be resolved for provider ${provider}`);
    throw new Error('channel account missing');
  }

  async findAccount(
    provider: Provider,
    externalId: string,
    manager: EntityManager | DataSource = this.dataSource,
  ): Promise<AccountRef | null> {
    const [account] = await manager.query<AccountRef[]>(
      'SELECT id, country FROM channel_accounts WHERE provider = $1 AND external_id = $2',
      [provider, externalId],
    );
    return account ?? null;
  }

  async findAccountById(id: string): Promise<Pick<ChannelAccountEntity, 'externalId' | 'provider'> | null> {
    const [account] = await this.dataSource.query<Pick<ChannelAccountEntity, 'externalId' | 'provider'>[]>(
      'SELECT external_id AS "externalId", provider FROM channel_accounts WHERE id = $1',
      [id],
    );
    return account ?? null;
  }

  /**
   * Demo and admin: an account with a name and the region it serves (topic reports); one created on the
   * spot earlier gets them, and a known account without a region gets the region.
   */
  async ensureNamedAccount(
    provider: Provider,
    externalId: string,
    name: string,
    region: string | null = null,
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO channel_accounts (provider, external_id, name, region) VALUES ($1, $2, $3, $4)
       ON CONFLICT (provider, external_id) DO UPDATE
          SET name = CASE WHEN channel_accounts.auto_created THEN EXCLUDED.name ELSE channel_accounts.name END,
              region = coalesce(channel_accounts.region, EXCLUDED.region)
        WHERE channel_accounts.auto_created OR channel_accounts.region IS NULL`,
      [provider, externalId, name, region],
    );
  }

  /** The access token stored for one of our accounts, if any. Secret: for the send adapters only. */
  async accessTokenFor(accountExternalId: string): Promise<string | null> {
    const rows = await this.dataSource.query<Pick<ChannelAccountEntity, 'accessToken'>[]>(
      'SELECT access_token AS "accessToken" FROM channel_accounts WHERE external_id = $1 AND access_token IS NOT NULL LIMIT 1',
      [accountExternalId],
    );
    return rows[0]?.accessToken ?? null;
  }

  /** The contact behind a sender, created on first contact; a placeholder name gives way to a real one. */
  async ensureContact(manager: EntityManager, sender: SenderIdentity): Promise<ContactRef> {
    const find = async () =>
      (
        await manager.query<(ContactRef & Pick<ContactEntity, 'displayName'>)[]>(
          `SELECT c.id, c.display_name AS "displayName", c.prefers_no_phone AS "prefersNoPhone"
             FROM contact_identities i JOIN contacts c ON c.id = i.contact_id
            WHERE i.provider = $1 AND i.account_external_id = $2 AND i.external_id = $3`,
          [sender.provider, sender.accountExternalId, sender.providerId],
        )
      )[0];
    const name = sender.name?.trim() || sender.handle?.trim() || null;
    const existing = await find();
    if (existing) {
      if (name && existing.displayName.startsWith('Onbekend')) {
        await manager.query('UPDATE contacts SET display_name = $2 WHERE id = $1', [existing.id, name]);
      }
      return { id: existing.id, prefersNoPhone: existing.prefersNoPhone };
    }
    const phone = ['whatsapp', 'sms'].includes(sender.channel) ? phoneOf(sender.providerId) : null;
    const [contact] = await manager.query<{ id: string }[]>(
      'INSERT INTO contacts (display_name, phone) VALUES ($1, $2) RETURNING id',
      [name ?? placeholderName(sender.channel, sender.providerId), phone],
    );
    const identity = await manager.query<unknown[]>(
      `INSERT INTO contact_identities (contact_id, provider, account_external_id, external_id, handle)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id`,
      [contact.id, sender.provider, sender.accountExternalId, sender.providerId, sender.handle ?? null],
    );
    if (identity.length > 0) return { id: contact.id, prefersNoPhone: false };
    // Another worker created the same person a moment ago: use theirs.
    await manager.query('DELETE FROM contacts WHERE id = $1', [contact.id]);
    const raced = await find();
    if (!raced) throw new RetryLaterError('contact identity race');
    return { id: raced.id, prefersNoPhone: raced.prefersNoPhone };
  }

  /** Demo: a person known by name before their first message (Meta DMs carry no name). */
  async introduce(sender: Omit<SenderIdentity, 'channel'> & { name: string }): Promise<void> {
    const [contact] = await this.dataSource.query<{ id: string }[]>(
      'INSERT INTO contacts (display_name) VALUES ($1) RETURNING id',
      [sender.name],
    );
    await this.dataSource.query(
      `INSERT INTO contact_identities (contact_id, provider, account_external_id, external_id, handle)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [contact.id, sender.provider, sender.accountExternalId, sender.providerId, sender.handle ?? null],
    );
  }

  /** The person as held, with the ids the providers know them by (subject export). */
  async heldAbout(contactId: string): Promise<{
    contact: ContactEntity;
    identities: { provider: string; externalId: string; handle: string | null; createdAt: Date }[];
  } | null> {
    const [contact] = await this.dataSource.query<ContactEntity[]>(
      `SELECT id, display_name AS "displayName", phone, prefers_no_phone AS "prefersNoPhone",
              erased_at AS "erasedAt", created_at AS "createdAt"
         FROM contacts WHERE id = $1`,
      [contactId],
    );
    if (!contact) return null;
    const identities = await this.dataSource.query<
      { provider: string; externalId: string; handle: string | null; createdAt: Date }[]
    >(
      `SELECT provider, external_id AS "externalId", handle, created_at AS "createdAt"
         FROM contact_identities WHERE contact_id = $1 ORDER BY created_at`,
      [contactId],
    );
    return { contact, identities };
  }

  /** Of these people, those whose details are still held. */
  async notYetAnonymised(manager: EntityManager, contactIds: string[]): Promise<string[]> {
    if (contactIds.length === 0) return [];
    const rows = await manager.query<{ id: string }[]>(
      'SELECT id FROM contacts WHERE id = ANY($1) AND erased_at IS NULL',
      [contactIds],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Erasure and retention: the name, phone and provider identities of these people go; each row stays
   * under `label` so their conversations still count in reports. Returns the ids the providers knew
   * them by, so raw deliveries holding them can be cleared too.
   */
  async anonymise(manager: EntityManager, contactIds: string[], label: string): Promise<string[]> {
    if (contactIds.length === 0) return [];
    const [identities] = await manager.query<[{ external_id: string; handle: string | null }[], number]>(
      'DELETE FROM contact_identities WHERE contact_id = ANY($1) RETURNING external_id, handle',
      [contactIds],
    );
    await manager.query(
      `UPDATE contacts SET display_name = $2, phone = NULL, prefers_no_phone = false,
              erased_at = coalesce(erased_at, now())
        WHERE id = ANY($1)`,
      [contactIds, label],
    );
    return identities.flatMap((row) => [row.external_id, ...(row.handle ? [row.handle] : [])]);
  }
}

const CHANNEL_NAMES: Record<string, string> = {
  messenger: 'Messenger',
  facebook_comment: 'Facebook',
  instagram_dm: 'Instagram',
  instagram_comment: 'Instagram',
  whatsapp: 'WhatsApp',
  x_dm: 'X',
  x_mention: 'X',
  sms: 'SMS',
  webchat: 'Webchat',
};

/** Until we know a name: "Onbekend · Messenger ·4521", distinguishable in the queue without exposing the id. */
function placeholderName(channel: string, providerId: string): string {
  return `Onbekend · ${CHANNEL_NAMES[channel] ?? channel} ·${providerId.slice(-4)}`;
}

/** WhatsApp ids and SMS senders are phone numbers: keep them for call-backs in E.164 form. */
function phoneOf(providerId: string): string | null {
  const digits = providerId.replace(/^whatsapp:/, '').replace(/[^\d+]/g, '');
  if (!/^\+?\d{8,15}$/.test(digits)) return null;
  return digits.startsWith('+') ? digits : `+${digits}`;
}
