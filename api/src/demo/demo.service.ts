import { Injectable, Logger } from '@nestjs/common';
import type { Provider, Role, TeamKind } from '@webcare/shared';
import { parseMetaDelivery } from '../channels/meta/meta-parser';
import { parseWhatsAppDelivery } from '../channels/whatsapp/whatsapp-parser';
import { AppConfig } from '../config/app-config';
import { ContactsService } from '../contacts/contacts.service';
import { ConversationsService } from '../conversations/conversations.service';
import { WebchatService } from '../webchat/webchat.service';
import { IngestService } from '../ingest/ingest.service';
import { TeamsService } from '../teams/teams.service';
import { UsersService } from '../users/users.service';
import { DEMO_MESSAGES } from './demo-messages';
import { buildDelivery, DEMO_ACCOUNTS, personId } from './demo-traffic';

export const DEMO_PASSWORD = 'webcare-demo';

export const DEMO_USERS: { email: string; name: string; role: Role; team?: string }[] = [
  { email: 'agent@example.org', name: 'Anouk de Wit', role: 'agent' },
  { email: 'agent2@example.org', name: 'Daan Vermeulen', role: 'agent' },
  { email: 'advisor@example.org', name: 'Ilse Hoekstra', role: 'advisor', team: 'Regio Noord' },
  { email: 'supervisor@example.org', name: 'Marieke Bos', role: 'supervisor' },
  { email: 'admin@example.org', name: 'Sander Kok', role: 'admin' },
];

export const DEMO_TEAMS: { name: string; kind: TeamKind }[] = [
  { name: 'Regio Noord', kind: 'region' },
  { name: 'Regio Zuid', kind: 'region' },
  { name: 'Gedragsdeskundigen', kind: 'expertise' },
];

/** Demo mode: the people, teams and accounts of a made-up care organisation, and a queue to work in. */
@Injectable()
export class DemoService {
  private readonly logger = new Logger(DemoService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly contacts: ContactsService,
    private readonly conversations: ConversationsService,
    private readonly users: UsersService,
    private readonly teams: TeamsService,
    private readonly ingest: IngestService,
    private readonly webchat: WebchatService,
  ) {}

  async seed(): Promise<void> {
    const teamIds = new Map<string, string>();
    for (const team of DEMO_TEAMS) teamIds.set(team.name, (await this.teams.ensure(team.name, team.kind)).id);
    for (const user of DEMO_USERS) {
      const saved = await this.users.ensure({ ...user, password: DEMO_PASSWORD });
      if (user.team) await this.teams.addMember(teamIds.get(user.team) as string, saved.id);
    }
    // Regions for the topic reports: the Page serves the north, Instagram the south.
    const accounts: [Provider, string, string, string | null][] = [
      ['meta', DEMO_ACCOUNTS.facebookPage.id, DEMO_ACCOUNTS.facebookPage.name, 'Regio Noord'],
      ['meta', DEMO_ACCOUNTS.instagram.id, DEMO_ACCOUNTS.instagram.name, 'Regio Zuid'],
      ['whatsapp', DEMO_ACCOUNTS.whatsapp.id, DEMO_ACCOUNTS.whatsapp.name, null],
    ];
    for (const [provider, externalId, name, region] of accounts) {
      await this.contacts.ensureNamedAccount(provider, externalId, name, region);
    }
    await this.webchat.ensureDemoAccount();
    const count = await this.conversations.count();
    const pending = await this.ingest.storedEventCount();
    if (this.config.demoQueue && count === 0 && pending === 0) await this.seedQueue();
  }

  /** Sends the demo messages through the same parsers and ingest path as real webhooks. */
  private async seedQueue(): Promise<void> {
    // Messenger and Instagram DMs carry no name (a live set-up asks Meta's profile API): the demo knows them.
    for (const message of DEMO_MESSAGES.filter(
      (m) => m.channel === 'messenger' || m.channel === 'instagram_dm',
    )) {
      const account =
        message.channel === 'messenger' ? DEMO_ACCOUNTS.facebookPage.id : DEMO_ACCOUNTS.instagram.id;
      await this.contacts.introduce({
        provider: 'meta',
        accountExternalId: account,
        providerId: personId(message.name, 16),
        name: message.name,
        handle: message.channel === 'instagram_dm' ? message.name : null,
      });
    }
    const now = Date.now();
    for (const message of DEMO_MESSAGES) {
      const secret =
        message.channel === 'whatsapp' ? this.config.whatsappAppSecret : this.config.metaAppSecret;
      const delivery = buildDelivery(message, new Date(now - message.minutesAgo * 60_000), secret);
      const parse = delivery.provider === 'meta' ? parseMetaDelivery : parseWhatsAppDelivery;
      await this.ingest.accept(
        delivery.provider,
        Buffer.from(delivery.body),
        'application/json',
        parse(JSON.parse(delivery.body)),
      );
    }
    this.logger.log(`Demo queue seeded with ${DEMO_MESSAGES.length} messages`);
  }
}
