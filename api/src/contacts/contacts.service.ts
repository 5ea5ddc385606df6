import { randomUUID } from 'node:crypto';
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

  /**
   * Our accounts behind these (provider, external id) pairs, in one round trip each way; unknown ids are
   * kept under an account created on the spot (an admin can name it later). Keyed by `accountKey`.
   */
  async ensureAccounts(
    manager: EntityManager,
    accounts: { provider: Provider; externalId: string }[],
  ): Promise<Map<string, AccountRef>> {
    const unique = [...new Map(accounts.map((a) => [accountKey(a.provider, a.externalId), a])).values()];
    if (unique.some((account) => !account.externalId)) throw new Error('channel account missing');
    const providers = unique.map((a) => a.provider);
    const externalIds = unique.map((a) => a.externalId);
    await manager.query(
      `INSERT INTO channel_accounts (provider, external_id, name, auto_created)
       SELECT provider, external_id, 'Onbekend account ' || external_id, true
         FROM unnest($1::text[], $2::text[]) AS wanted(provider, external_id)
       ON CONFLICT (provider, external_id) DO NOTHING`,
      [providers, externalIds],
    );
    const rows = await manager.query<(AccountRef & { provider: Provider; externalId: string })[]>(
      `SELECT a.id, a.country, a.provider, a.external_id AS "externalId"
         FROM channel_accounts a JOIN unnest($1::text[], $2::text[]) AS wanted(provider, external_id)
           ON a.provider = wanted.provider AND a.external_id = wanted.external_id`,
      [providers, externalIds],
    );
    const found = new Map(
      rows.map((r) => [accountKey(r.provider, r.externalId), { id: r.id, country: r.country }]),
    );
    if (found.size < unique.length) {
      this.logger.warn('A channel account could not be resolved');
      throw new Error('channel account missing');
    }
    return found;
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

  /**
   * The contacts behind these senders, created on first contact; a placeholder name gives way to a real
   * one. A few statements for any number of senders. Keyed by `senderKey`.
   */
  async ensureContacts(manager: EntityManager, senders: SenderIdentity[]): Promise<Map<string, ContactRef>> {
    // The last name given for a sender wins, as if their messages were applied one after another.
    const unique = new Map<string, SenderIdentity & { givenName: string | null }>();
    for (const sender of senders) {
      const key = senderKey(sender);
      const givenName = sender.name?.trim() || sender.handle?.trim() || null;
      const before = unique.get(key);
      unique.set(key, { ...sender, givenName: givenName ?? before?.givenName ?? null });
    }
    const wanted = [...unique.values()];
    const existing = await this.findContacts(manager, wanted);
    const renamed = wanted.filter((sender) => {
      const known = existing.get(senderKey(sender));
      return known && sender.givenName && known.displayName.startsWith('Onbekend');
    });
    if (renamed.length > 0) {
      await manager.query(
        `UPDATE contacts c SET display_name = named.name
           FROM unnest($1::uuid[], $2::text[]) AS named(id, name) WHERE c.id = named.id`,
        [renamed.map((s) => existing.get(senderKey(s))!.id), renamed.map((s) => s.givenName)],
      );
    }
    const found = new Map<string, ContactRef>(
      [...existing].map(([key, c]) => [key, { id: c.id, prefersNoPhone: c.prefersNoPhone }]),
    );
    const fresh = wanted.filter((sender) => !existing.has(senderKey(sender)));
    if (fresh.length === 0) return found;
    const ids = fresh.map(() => randomUUID());
    await manager.query(
      `INSERT INTO contacts (id, display_name, phone)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])`,
      [
        ids,
        fresh.map((s) => s.givenName ?? placeholderName(s.channel, s.providerId)),
        fresh.map((s) => (['whatsapp', 'sms'].includes(s.channel) ? phoneOf(s.providerId) : null)),
      ],
    );
    const identities = await manager.query<{ contact_id: string }[]>(
      `INSERT INTO contact_identities (contact_id, provider, account_external_id, external_id, handle)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[])
       ON CONFLICT DO NOTHING RETURNING contact_id`,
      [
        ids,
        fresh.map((s) => s.provider),
        fresh.map((s) => s.accountExternalId),
        fresh.map((s) => s.providerId),
        fresh.map((s) => s.handle ?? null),
      ],
    );
    const kept = new Set(identities.map((row) => row.contact_id));
    fresh.forEach((sender, i) => {
      if (kept.has(ids[i])) found.set(senderKey(sender), { id: ids[i], prefersNoPhone: false });
    });
    if (kept.size === fresh.length) return found;
    // Another worker created some of the same people a moment ago: use theirs.
    const lost = fresh.filter((_, i) => !kept.has(ids[i]));
    await manager.query('DELETE FROM contacts WHERE id = ANY($1::uuid[])', [
      ids.filter((id) => !kept.has(id)),
    ]);
    const raced = await this.findContacts(manager, lost);
    for (const sender of lost) {
      const contact = raced.get(senderKey(sender));
      if (!contact) throw new RetryLaterError('contact identity race');
      found.set(senderKey(sender), { id: contact.id, prefersNoPhone: contact.prefersNoPhone });
    }
    return found;
  }

  private async findContacts(
    manager: EntityManager,
    senders: SenderIdentity[],
  ): Promise<Map<string, ContactRef & Pick<ContactEntity, 'displayName'>>> {
    const rows = await manager.query<
      (ContactRef & Pick<ContactEntity, 'displayName'> & Omit<SenderIdentity, 'channel'>)[]
    >(
      `SELECT c.id, c.display_name AS "displayName", c.prefers_no_phone AS "prefersNoPhone",
              i.provider, i.account_external_id AS "accountExternalId", i.external_id AS "providerId"
         FROM unnest($1::text[], $2::text[], $3::text[]) AS wanted(provider, account_external_id, external_id)
         JOIN contact_identities i USING (provider, account_external_id, external_id)
         JOIN contacts c ON c.id = i.contact_id`,
      [
        senders.map((s) => s.provider),
        senders.map((s) => s.accountExternalId),
        senders.map((s) => s.providerId),
      ],
    );
    return new Map(
      rows.map((r) => [
        senderKey(r),
        { id: r.id, displayName: r.displayName, prefersNoPhone: r.prefersNoPhone },
      ]),
    );
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

/** How `ensureAccounts` keys its answer. */
export function accountKey(provider: Provider, externalId: string): string {
  return `${provider}\u0000${externalId}`;
}

/** How `ensureContacts` keys its answer. */
export function senderKey(
  sender: Pick<SenderIdentity, 'provider' | 'accountExternalId' | 'providerId'>,
): string {
  return `${sender.provider}\u0000${sender.accountExternalId}\u0000${sender.providerId}`;
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
