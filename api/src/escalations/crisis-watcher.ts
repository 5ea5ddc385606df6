import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ConversationsService } from '../conversations/conversations.service';
import { JobsService, QUEUES } from '../jobs/jobs.service';
import { SlaService } from '../sla/sla.service';
import { EscalationsService } from './escalations.service';

/** How often each replica asks for a look; the job queue runs at most one look per interval overall. */
export const CRISIS_WATCH_INTERVAL_S = 5;

/**
 * Crisis and safeguarding work that nobody has made first contact with within the crisis policy's
 * minutes (default 10) goes to the advisors on call by itself. Every replica wakes the job queue; the
 * queue throttles to one job per interval, and the conversation is taken by one conditional UPDATE, so
 * it escalates once however many replicas run.
 */
@Injectable()
export class CrisisWatcher implements OnApplicationShutdown {
  private readonly logger = new Logger(CrisisWatcher.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly jobs: JobsService,
    private readonly conversations: ConversationsService,
    private readonly escalations: EscalationsService,
    private readonly sla: SlaService,
  ) {}

  async start(): Promise<void> {
    await this.jobs.work(QUEUES.crisisWatch, () => this.look().then(() => undefined), 1);
    this.timer = setInterval(() => {
      this.jobs.sendThrottled(QUEUES.crisisWatch, {}, CRISIS_WATCH_INTERVAL_S).catch(() => undefined);
    }, CRISIS_WATCH_INTERVAL_S * 1000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One look: the conversations sent to the advisors on call. */
  async look(): Promise<string[]> {
    const policy = await this.sla.crisisPolicy();
    const ids = await this.conversations.takeFirstContactOverdue(policy.firstContactEscalateS);
    for (const id of ids) {
      try {
        await this.escalations.toOnCall(id, 'first_contact_overdue', 'system', {
          minutes: Math.round(policy.firstContactEscalateS / 60),
        });
      } catch (error) {
        this.logger.warn(`On-call escalation failed: ${error instanceof Error ? error.name : 'Error'}`);
      }
    }
    return ids;
  }
}
