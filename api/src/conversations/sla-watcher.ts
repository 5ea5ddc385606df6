import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { DomainEventBus } from '../events/domain-event-bus';
import { ConversationsService } from './conversations.service';

/** How often the watcher looks for deadlines that turned near or breached since its last look. */
export const SLA_WATCH_INTERVAL_MS = 10_000;

/**
 * Pushes `conversation.updated` when a waiting conversation crosses into its last 20 % or past its due
 * time, so consoles turn the row amber or red on time. Deadlines are stored, so this is two index range
 * scans per tick: (sla_near_at, sla_due_at] crossings between the previous look and now.
 */
@Injectable()
export class SlaWatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SlaWatcher.name);
  private timer: NodeJS.Timeout | null = null;
  private lastLook = new Date(Date.now() - SLA_WATCH_INTERVAL_MS);
  private running = false;

  constructor(
    private readonly conversations: ConversationsService,
    private readonly config: AppConfig,
    private readonly events: DomainEventBus,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.runWorkers) return;
    this.timer = setInterval(() => void this.tick(), SLA_WATCH_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One look: returns the ids pushed. */
  async tick(now = new Date()): Promise<string[]> {
    if (this.running) return [];
    this.running = true;
    try {
      const since = this.lastLook;
      const ids = await this.conversations.deadlineCrossings(since, now);
      for (const id of ids) await this.events.emit('conversation.changed', { conversationId: id });
      this.lastLook = now;
      return ids;
    } catch (error) {
      this.logger.warn(`SLA watch failed: ${error instanceof Error ? error.name : 'Error'}`);
      return [];
    } finally {
      this.running = false;
    }
  }
}
