import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import {
  DEFAULT_TOPICS,
  TopicDetector,
  mergeTopics,
  topicDefinitionProblem,
  topicsOf,
  type TriageContext,
  type TopicDefinition,
  type TopicReport,
  type TopicReportGroup,
  type TopicReportRow,
  type TopicView,
} from '@webcare/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/current-user';
import { TopicInvalidException } from './insight.exception';
import { CSV_BOM, csvField, reportPeriod } from './period';

/** Other replicas pick up a new topic within this time. */
const REFRESH_MS = 60_000;

const GROUP_KEY: Record<TopicReportGroup, string> = {
  total: 'NULL::text',
  week: `to_char(date_trunc('week', m.sent_at AT TIME ZONE 'Europe/Amsterdam'), 'YYYY-MM-DD')`,
  region: `COALESCE(CASE WHEN t.kind = 'region' THEN t.name END, ca.region)`,
  location: 'ca.name',
  channel: 'c.channel',
};

/**
 * Topics per message (the shared engine's topic detector with the organisation's own topics: phrases,
 * and for the built-in topics the learned model too), the topic list, and the report of topics per
 * week, region, location or channel.
 */
@Injectable()
export class TopicsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(TopicsService.name);
  private current = new TopicDetector(DEFAULT_TOPICS);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.refresh().catch(() => this.logger.warn('Own topics not loaded yet; using the default list'));
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), REFRESH_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** The topic list in use: the default list with the organisation's own topics. */
  get detector(): TopicDetector {
    return this.current;
  }

  /** The Dutch and English name of a topic (its code when the list no longer has it). */
  labelsOf(code: string): { nl: string; en: string } {
    return this.current.topics.find((topic) => topic.code === code)?.labels ?? { nl: code, en: code };
  }

  /** Topic codes of one message (inbound messages get theirs with their triage: TriageService). */
  detect(text: string, context: TriageContext): string[] {
    return topicsOf(text, context, this.current).map((topic) => topic.code);
  }

  async list(): Promise<{ items: TopicView[] }> {
    const own = await this.own();
    const ownCodes = new Set(own.map((topic) => topic.code));
    return {
      items: mergeTopics(own).map((topic) => ({
        code: topic.code,
        labels: topic.labels,
        phrases: [...topic.phrases],
        builtIn: !ownCodes.has(topic.code),
      })),
    };
  }

  /** Adds (or replaces) one of the organisation's topics; new messages get it from now on. */
  async save(actor: Actor, topic: TopicDefinition): Promise<TopicView> {
    const clean: TopicDefinition = {
      code: topic.code.trim(),
      labels: { nl: topic.labels.nl.trim(), en: topic.labels.en.trim() },
      phrases: [...new Set(topic.phrases.map((phrase) => phrase.trim().replace(/\s+/g, ' ')))],
    };
    const problem = topicDefinitionProblem(clean);
    if (problem) throw new TopicInvalidException(problem);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO topics (code, label_nl, label_en, phrases) VALUES ($1, $2, $3, $4::jsonb)
         ON CONFLICT (code) DO UPDATE SET label_nl = EXCLUDED.label_nl, label_en = EXCLUDED.label_en,
                                          phrases = EXCLUDED.phrases`,
        [clean.code, clean.labels.nl, clean.labels.en, JSON.stringify(clean.phrases)],
      );
      await this.audit.record({ actor, action: 'topic.save', details: { code: clean.code } }, manager);
    });
    await this.refresh();
    return { ...clean, phrases: [...clean.phrases], builtIn: false };
  }

  async report(
    query: { from: string; to: string; groupBy?: TopicReportGroup },
    language: 'nl' | 'en' = 'nl',
  ): Promise<TopicReport> {
    const { from, to } = reportPeriod(query.from, query.to);
    const groupBy = query.groupBy ?? 'total';
    const rows: { topic: string; key: string | null; count: number; conversations: number }[] =
      await this.dataSource.query(
        `SELECT topic, ${GROUP_KEY[groupBy]} AS key, count(*)::int AS count,
                count(DISTINCT m.conversation_id)::int AS conversations
           FROM messages m
           JOIN conversations c ON c.id = m.conversation_id
           JOIN channel_accounts ca ON ca.id = c.channel_account_id
           LEFT JOIN teams t ON t.id = c.team_id
           CROSS JOIN LATERAL unnest(m.topics) AS topic
          WHERE m.direction = 'in' AND m.topics <> '{}' AND m.sent_at >= $1 AND m.sent_at < $2
          GROUP BY 1, 2
          ORDER BY 2 NULLS FIRST, 3 DESC, 1`,
        [from, to],
      );
    const labels = new Map(mergeTopics(await this.own()).map((topic) => [topic.code, topic.labels]));
    return {
      groupBy,
      rows: rows.map((row): TopicReportRow => ({
        topic: row.topic,
        label: labels.get(row.topic)?.[language] ?? row.topic,
        key: row.key,
        count: row.count,
        conversations: row.conversations,
      })),
    };
  }

  /** The report as CSV for Dutch Excel (BOM, `;`); the export is written to the access log. */
  async csv(
    actor: Actor,
    query: { from: string; to: string; groupBy?: TopicReportGroup },
    language: 'nl' | 'en' = 'nl',
  ): Promise<string> {
    const report = await this.report(query, language);
    await this.audit.record({
      actor,
      action: 'report.export',
      details: { report: 'topics', from: query.from, to: query.to, groupBy: report.groupBy },
    });
    const header =
      language === 'nl'
        ? ['Onderwerp', GROUP_HEADER.nl[report.groupBy], 'Berichten', 'Gesprekken']
        : ['Topic', GROUP_HEADER.en[report.groupBy], 'Messages', 'Conversations'];
    const none = language === 'nl' ? 'onbekend' : 'unknown';
    const lines = report.rows.map((row) =>
      [row.label, report.groupBy === 'total' ? '' : (row.key ?? none), row.count, row.conversations]
        .map(csvField)
        .join(';'),
    );
    return `${CSV_BOM}${[header.join(';'), ...lines].join('\r\n')}\r\n`;
  }

  private async own(): Promise<TopicDefinition[]> {
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

  private async refresh(): Promise<void> {
    this.current = new TopicDetector(mergeTopics(await this.own()));
  }
}

const GROUP_HEADER: Record<'nl' | 'en', Record<TopicReportGroup, string>> = {
  nl: { total: 'Groep', week: 'Week (maandag)', region: 'Regio', location: 'Locatie', channel: 'Kanaal' },
  en: { total: 'Group', week: 'Week (Monday)', region: 'Region', location: 'Location', channel: 'Channel' },
};
