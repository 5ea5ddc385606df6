import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { RetentionCategory, RetentionRunResult, RetentionSettings } from '@webcare/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CallBacksService } from '../callbacks/call-backs.service';
import type { Actor } from '../common/current-user';
import { AppConfig } from '../config/app-config';
import { ContactsService } from '../contacts/contacts.service';
import { ConversationsService, type MessageRef } from '../conversations/conversations.service';
import { EscalationsService } from '../escalations/escalations.service';
import { IngestService } from '../ingest/ingest.service';
import { RetentionBelowMinimumException } from './privacy.exception';
import { PurgeRegistry } from './purge-registry';

/** Name on a person's row once their details are past retention. */
export const EXPIRED_LABEL = 'Verlopen bewaartermijn';

/** One arbitrary constant: only one replica purges at a time. */
const RETENTION_LOCK = 731_5003;
const DAY_MS = 24 * 3600 * 1000;

/**
 * Retention per data category, for resolved conversations: past its period a category is deleted or
 * anonymised. Runs on a schedule (one replica at a time) and on request. Access-log lines are never
 * removed by the application (the log is append-only for its database user); their period only says
 * how long they must stay at least, and it is never below the legal minimum.
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RetentionService.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly contacts: ContactsService,
    private readonly conversations: ConversationsService,
    private readonly escalations: EscalationsService,
    private readonly callBacks: CallBacksService,
    private readonly ingest: IngestService,
    private readonly purges: PurgeRegistry,
    private readonly audit: AuditService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.runWorkers) return;
    this.timer = setInterval(
      () =>
        void this.run('system').catch((error: Error) =>
          this.logger.warn(`Retention purge failed: ${error.name}`),
        ),
      this.config.retentionIntervalMinutes * 60_000,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async settings(): Promise<RetentionSettings> {
    const [row] = await this.dataSource.query<RetentionSettings[]>(
      `SELECT message_content_days AS "messageContentDays", media_days AS "mediaDays",
              contact_details_days AS "contactDetailsDays", notes_days AS "notesDays",
              audit_log_days AS "auditLogDays"
         FROM retention_settings WHERE id = 1`,
    );
    const minimum = this.config.auditRetentionMinDays;
    if (!row) {
      return {
        messageContentDays: null,
        // Until someone sets a media period, the deployment's default applies (MEDIA_RETENTION_DAYS).
        mediaDays: this.config.mediaRetentionDays,
        contactDetailsDays: null,
        notesDays: null,
        auditLogDays: minimum,
      };
    }
    return { ...row, auditLogDays: Math.max(row.auditLogDays, minimum) };
  }

  async update(actor: Actor, change: Partial<RetentionSettings>): Promise<RetentionSettings> {
    const minimum = this.config.auditRetentionMinDays;
    if (change.auditLogDays !== undefined && change.auditLogDays < minimum) {
      throw new RetentionBelowMinimumException(minimum);
    }
    const given = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
    const next: RetentionSettings = { ...(await this.settings()), ...given };
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO retention_settings (id, message_content_days, media_days, contact_details_days, notes_days, audit_log_days, updated_at)
         VALUES (1, $1, $2, $3, $4, $5, now())
         ON CONFLICT (id) DO UPDATE SET message_content_days = $1, media_days = $2, contact_details_days = $3,
           notes_days = $4, audit_log_days = $5, updated_at = now()`,
        [next.messageContentDays, next.mediaDays, next.contactDetailsDays, next.notesDays, next.auditLogDays],
      );
      await this.audit.record({ actor, action: 'retention.settings', details: { ...next } }, manager);
    });
    return next;
  }

  /** Applies every period now; one replica at a time (another run in progress: this one waits its turn). */
  async run(actor: Actor | 'system'): Promise<RetentionRunResult> {
    const settings = await this.settings();
    const now = Date.now();
    const cutoff = (days: number) => new Date(now - days * DAY_MS);
    const purged: Record<RetentionCategory, number> = {
      messageContent: 0,
      media: 0,
      contactDetails: 0,
      notes: 0,
      auditLog: 0,
    };
    let mediaRefs: MessageRef[] = [];
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [RETENTION_LOCK]);
      if (settings.messageContentDays !== null) {
        const at = cutoff(settings.messageContentDays);
        purged.messageContent = (await this.conversations.purgeResolved(manager, 'text', at)).length;
        purged.messageContent += await this.ingest.purgeRawBefore(manager, at);
      }
      if (settings.mediaDays !== null) {
        mediaRefs = await this.conversations.purgeResolved(manager, 'media', cutoff(settings.mediaDays));
        purged.media = mediaRefs.length;
      }
      if (settings.notesDays !== null) {
        const at = cutoff(settings.notesDays);
        purged.notes = (await this.conversations.purgeResolved(manager, 'notes', at)).length;
        const ids = await this.conversations.resolvedBefore(manager, at);
        purged.notes += await this.escalations.eraseTexts(manager, ids, EXPIRED_LABEL);
      }
      if (settings.contactDetailsDays !== null) {
        const people = await this.contacts.notYetAnonymised(
          manager,
          await this.conversations.contactsResolvedBefore(manager, cutoff(settings.contactDetailsDays)),
        );
        for (const contactId of people) await this.callBacks.erasePerson(manager, contactId, EXPIRED_LABEL);
        const held = await this.conversations.forgetIdentifiers(manager, people);
        const providerIds = await this.contacts.anonymise(manager, people, EXPIRED_LABEL);
        await this.ingest.eraseRaw(manager, [...providerIds, ...held]);
        purged.contactDetails = people.length;
      }
      await this.audit.record(
        {
          actor: actor === 'system' ? 'system' : actor,
          action: 'retention.run',
          details: { purged: { ...purged }, settings: { ...settings } },
        },
        manager,
      );
    });
    if (mediaRefs.length > 0) await this.purges.media(mediaRefs);
    // Files past the media period go too, also of conversations still open: media is kept at most that long.
    if (settings.mediaDays !== null) {
      await this.purges.mediaStoredBefore(cutoff(settings.mediaDays));
    }
    if (Object.values(purged).some((n) => n > 0)) {
      this.logger.log(`Retention purge: ${JSON.stringify(purged)}`);
    }
    return { ranAt: new Date(now).toISOString(), purged };
  }
}
