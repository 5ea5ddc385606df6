import { Injectable } from '@nestjs/common';
import type { Channel, Provider } from '@webcare/shared';
import { DataSource } from 'typeorm';
import { lookupMetaProfileName } from '../channels/meta/meta-profile';
import { AppConfig } from '../config/app-config';
import { ContactsService } from './contacts.service';

/** A refused lookup is not asked again for this long. */
const REFUSED_FOR_MS = 60 * 60_000;
const MAX_REFUSED = 10_000;

/**
 * Names for Messenger and Instagram senders, whose webhooks carry none: looked up once from the Graph
 * API before the message is stored. The stored contact name is the cache (a known person is never
 * looked up again); refusals are remembered for an hour, and the placeholder stays.
 */
@Injectable()
export class ProfileNamesService {
  private readonly refused = new Map<string, number>();

  constructor(
    private readonly config: AppConfig,
    private readonly contacts: ContactsService,
    private readonly dataSource: DataSource,
  ) {}

  async nameFor(sender: {
    provider: Provider;
    channel: Channel;
    accountExternalId: string;
    providerId: string;
  }): Promise<{ name?: string; handle?: string } | undefined> {
    if (this.config.outboundTransport === 'sandbox') return undefined;
    if (sender.provider !== 'meta') return undefined;
    if (sender.channel !== 'messenger' && sender.channel !== 'instagram_dm') return undefined;
    const key = `${sender.accountExternalId}:${sender.providerId}`;
    const refusedAt = this.refused.get(key);
    if (refusedAt !== undefined && Date.now() - refusedAt < REFUSED_FOR_MS) return undefined;
    const [known] = await this.dataSource.query<{ displayName: string }[]>(
      `SELECT c.display_name AS "displayName"
         FROM contact_identities i JOIN contacts c ON c.id = i.contact_id
        WHERE i.provider = $1 AND i.account_external_id = $2 AND i.external_id = $3`,
      [sender.provider, sender.accountExternalId, sender.providerId],
    );
    if (known && !known.displayName.startsWith('Onbekend')) return undefined;
    const found = await lookupMetaProfileName(
      this.config.metaGraphUrl,
      sender.channel,
      sender.accountExternalId,
      sender.providerId,
      async (accountId) =>
        (await this.contacts.accessTokenFor(accountId)) ?? this.config.metaAccessToken ?? '',
    );
    if (!found) {
      if (this.refused.size >= MAX_REFUSED) this.refused.clear();
      this.refused.set(key, Date.now());
    }
    return found;
  }
}
