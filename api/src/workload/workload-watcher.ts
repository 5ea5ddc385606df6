import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { JobsService, QUEUES } from '../jobs/jobs.service';
import { WorkloadService } from './workload.service';

/** How often each replica asks for a run; the job queue runs at most one per interval overall. */
export const WORKLOAD_RULES_INTERVAL_S = 5;

/**
 * Runs the rules over time through the job queue, not a timer per process: every replica asks, the
 * queue throttles to one job per interval across all of them, and each rule takes its conversations
 * with one conditional UPDATE, so two replicas never act on one conversation twice.
 */
@Injectable()
export class WorkloadWatcher implements OnApplicationShutdown {
  private readonly logger = new Logger(WorkloadWatcher.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly jobs: JobsService,
    private readonly workload: WorkloadService,
  ) {}

  async start(): Promise<void> {
    await this.jobs.work(
      QUEUES.workloadRules,
      async () => {
        try {
          await this.workload.runRules();
        } catch (error) {
          this.logger.warn(`Workload rules failed: ${error instanceof Error ? error.name : 'Error'}`);
        }
      },
      1,
    );
    this.timer = setInterval(() => {
      this.jobs.sendThrottled(QUEUES.workloadRules, {}, WORKLOAD_RULES_INTERVAL_S).catch(() => undefined);
    }, WORKLOAD_RULES_INTERVAL_S * 1000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
