import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DEFAULT_TOPICS, TopicDetector, mergeTopics, type TopicDefinition } from '@webcare/shared';
import { DataSource } from 'typeorm';

/** Other replicas pick up a new topic within this time. */
const REFRESH_MS = 60_000;

/**
 * The topic list in use: the built-in list with the organisation's own topics. Ingest detects topics
 * with it; the insight pages and the thread name them with its labels.
 */
@Injectable()
export class TopicListService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(TopicListService.name);
  private current = new TopicDetector(DEFAULT_TOPICS);
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    await this.refresh().catch(() => this.logger.warn('Own topics not loaded yet; using the default list'));
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), REFRESH_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  get detector(): TopicDetector {
    return this.current;
  }

  /** The Dutch and English name of a topic (its code when the list no longer has it). */
  labelsOf(code: string): { nl: string; en: string } {
    return this.current.topics.find((topic) => topic.code === code)?.labels ?? { nl: code, en: code };
  }

  /** The organisation's own topics, as stored. */
  async own(): Promise<TopicDefinition[]> {
    const rows: { code: string; label_nl: string; label_en: string; phrases: string[] }[] =
      await this.dataSource.query(
        'SELECT code, label_nl, label_en, phrases FROM topics ORDER BY created_at, code',
      );
    return rows.map((row) => ({
      code: row.code,
      labels: { nl: row.label_nl, en: row.label_en },
      phrases: row.phrases,
    }));
  }

  /** Reads the own topics again (after a change here, or another replica's within REFRESH_MS). */
  async refresh(): Promise<void> {
    this.current = new TopicDetector(mergeTopics(await this.own()));
  }
}
