import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationShutdown,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';

export const QUEUES = {
  /** Send one outbound message through its channel adapter. */
  sendMessage: 'send-message',
  /** Look for crisis and safeguarding work nobody has made first contact with in time. */
  crisisWatch: 'crisis-watch',
  /** Workload rules over time: unanswered after assignment, offline agents, reminders, resolving. */
  workloadRules: 'workload-rules',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

const MAINTENANCE_INTERVAL_SECONDS = 10;

/**
 * A job whose worker died (kill -9, a lost connection) is active until it expires, then retried: so the
 * expiry is short. (Inbound events do not use this queue: the ingest worker claims them from their
 * own table with a lease.)
 */
const QUEUE_OPTIONS: PgBoss.Queue[] = [
  {
    name: QUEUES.sendMessage,
    retryLimit: 6,
    retryDelay: 2,
    retryBackoff: true,
    expireInSeconds: 60,
  },
  { name: QUEUES.crisisWatch, retryLimit: 0 },
  { name: QUEUES.workloadRules, retryLimit: 0, expireInSeconds: 120 },
];

export interface JobContext {
  retryCount: number;
  retryLimit: number;
}

/**
 * The job queue on the same PostgreSQL (pg-boss, SKIP LOCKED). Jobs are enqueued inside the caller's
 * transaction, so a stored event always has its job and a rolled-back one never does.
 */
@Injectable()
export class JobsService implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(JobsService.name);
  private boss: PgBoss | null = null;
  private readonly workerIds = new Map<QueueName, string[]>();
  /** Set when shutting down: connection errors then are expected, not news. */
  private stopping = false;

  async start(connectionString: string): Promise<void> {
    const boss = new PgBoss({
      connectionString,
      schema: 'pgboss',
      max: 10,
      application_name: 'webcare-jobs',
      // Expired jobs (their worker died) are found and retried this often.
      maintenanceIntervalSeconds: MAINTENANCE_INTERVAL_SECONDS,
    });
    // pg-boss errors name connections and SQL states; job data holds ids only, never message content.
    boss.on('error', (error) => {
      if (!this.stopping) this.logger.error(`Job queue error: ${error.message.slice(0, 200)}`);
    });
    await boss.start();
    for (const options of QUEUE_OPTIONS) {
      await boss.createQueue(options.name, options);
      // A queue created by an older version keeps its options until told otherwise.
      await boss.updateQueue(options.name, options);
    }
    this.boss = boss;
  }

  /** At most one job per `seconds` across every replica (pg-boss throttling on a singleton key). */
  async sendThrottled(queue: QueueName, data: object, seconds: number): Promise<void> {
    await this.queue.sendThrottled(queue, data, {}, seconds, queue);
  }

  private get queue(): PgBoss {
    if (!this.boss) throw new Error('Job queue not started');
    return this.boss;
  }

  /** Enqueue inside the transaction of `manager`; `startAfter` holds it back until then (throttling). */
  async sendInTransaction(
    manager: EntityManager,
    queue: QueueName,
    data: object,
    startAfter?: Date,
  ): Promise<void> {
    const runner = manager.queryRunner;
    if (!runner) throw new Error('sendInTransaction needs a transactional entity manager');
    await this.queue.send(queue, data, {
      ...(startAfter ? { startAfter } : {}),
      db: {
        executeSql: async (text: string, values: unknown[]) => ({
          rows: (await runner.query(text, values, true)).records as unknown[],
        }),
      },
    });
  }

  /** Enqueue a job that starts no earlier than `startAfter` (a provider's rate limit lifting). */
  async sendAt(queue: QueueName, data: object, startAfter: Date): Promise<void> {
    await this.queue.send(queue, data, { startAfter });
  }

  /** Wake this process's workers now instead of at their next poll. */
  notify(queue: QueueName): void {
    for (const id of this.workerIds.get(queue) ?? []) this.boss?.notifyWorker(id);
  }

  /**
   * `concurrency` workers, each taking up to `batchSize` jobs at a time and running them side by side.
   * A job that fails is failed on its own (retried later); the others of its batch complete.
   */
  async work<T extends object>(
    queue: QueueName,
    handler: (data: T, context: JobContext) => Promise<void>,
    concurrency = 2,
    batchSize = 1,
  ): Promise<void> {
    const ids: string[] = [];
    for (let i = 0; i < concurrency; i++) {
      ids.push(
        await this.queue.work<T>(
          queue,
          { batchSize, pollingIntervalSeconds: 0.5, includeMetadata: true },
          async (jobs) => {
            await Promise.all(
              (jobs as PgBoss.JobWithMetadata<T>[]).map(async (job) => {
                try {
                  await handler(job.data, { retryCount: job.retryCount, retryLimit: job.retryLimit });
                } catch (error) {
                  const failure = { name: error instanceof Error ? error.name : 'Error' };
                  // If even this fails (the database is away), the job expires and runs again.
                  await this.queue.fail(queue, job.id, failure).catch(() => undefined);
                }
              }),
            );
          },
        ),
      );
    }
    this.workerIds.set(queue, ids);
  }

  beforeApplicationShutdown(): void {
    this.stopping = true;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, timeout: 5000, wait: true }).catch(() => undefined);
    this.boss = null;
  }
}
