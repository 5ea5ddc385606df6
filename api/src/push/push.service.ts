import { Injectable, Logger } from '@nestjs/common';
import type { PushPayload } from '@webcare/shared';
import { DataSource } from 'typeorm';
import { generateRequestDetails } from 'web-push';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/current-user';
import { AppConfig } from '../config/app-config';
import { queryRows } from '../database/sql';

/** Roles that may keep a device on call. */
export const ON_CALL_ROLES = ['advisor', 'supervisor', 'admin'] as const;

/**
 * Web Push to the phones and laptops of advisors and supervisors on call: VAPID-signed, payload
 * encrypted (aes128gcm, RFC 8291) by the `web-push` library and posted to each push service. A gone
 * subscription (404/410) is removed.
 */
@Injectable()
export class PushService {
  private readonly logger = new Logger(PushService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  publicKey(): string | null {
    return this.config.vapid?.publicKey ?? null;
  }

  async subscribe(
    actor: Actor,
    input: { endpoint: string; keys: { p256dh: string; auth: string } },
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO push_subscriptions (user_id, endpoint, p256dh, auth) VALUES ($1, $2, $3, $4)
         ON CONFLICT (endpoint) DO UPDATE SET user_id = $1, p256dh = $3, auth = $4`,
        [actor.id, input.endpoint, input.keys.p256dh, input.keys.auth],
      );
      await this.audit.record({ actor, action: 'push.subscribe', details: {} }, manager);
    });
  }

  async unsubscribe(actor: Actor, endpoint: string): Promise<void> {
    await this.dataSource.query('DELETE FROM push_subscriptions WHERE user_id = $1 AND endpoint = $2', [
      actor.id,
      endpoint,
    ]);
  }

  /** Pushes to every device of the on-call roles; returns how many push services accepted it. */
  async notifyOnCall(payload: PushPayload): Promise<number> {
    const vapid = this.config.vapid;
    if (!vapid) return 0;
    const rows = await queryRows<{ id: string; endpoint: string; p256dh: string; auth: string }>(
      this.dataSource,
      `SELECT s.id, s.endpoint, s.p256dh, s.auth FROM push_subscriptions s
         JOIN users u ON u.id = s.user_id
        WHERE u.role = ANY($1::text[])`,
      [[...ON_CALL_ROLES]],
    );
    let accepted = 0;
    for (const row of rows) {
      try {
        const request = generateRequestDetails(
          { endpoint: row.endpoint, keys: { p256dh: row.p256dh, auth: row.auth } },
          JSON.stringify(payload),
          {
            vapidDetails: vapid,
            TTL: 3600,
            urgency: 'high',
            topic: payload.conversationId.replace(/-/g, '').slice(0, 32),
            contentEncoding: 'aes128gcm',
          },
        );
        const response = await fetch(request.endpoint, {
          method: request.method,
          headers: request.headers as Record<string, string>,
          body: request.body ?? undefined,
          signal: AbortSignal.timeout(10_000),
        });
        if (response.status === 404 || response.status === 410) {
          await this.dataSource.query('DELETE FROM push_subscriptions WHERE id = $1', [row.id]);
        } else if (response.ok) {
          accepted++;
        } else {
          this.logger.warn(`A push service answered ${response.status}`);
        }
      } catch (error) {
        this.logger.warn(`Push failed: ${error instanceof Error ? error.name : 'Error'}`);
      }
    }
    return accepted;
  }
}
