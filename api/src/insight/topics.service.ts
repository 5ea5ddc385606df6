import { Injectable } from '@nestjs/common';
import {
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
import { TopicListService } from './topic-list.service';

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
export class TopicsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly topicList: TopicListService,
  ) {}

  /** Topic codes of one message (inbound messages get theirs with their triage: TriageService). */
  detect(text: string, context: TriageContext): string[] {
    return topicsOf(text, context, this.topicList.detector).map((topic) => topic.code);
  }

  async list(): Promise<{ items: TopicView[] }> {
    const own = await this.topicList.own();
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
    await this.topicList.refresh();
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
    const labels = new Map(
      mergeTopics(await this.topicList.own()).map((topic) => [topic.code, topic.labels]),
    );
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
}

const GROUP_HEADER: Record<'nl' | 'en', Record<TopicReportGroup, string>> = {
  nl: { total: 'Groep', week: 'Week (maandag)', region: 'Regio', location: 'Locatie', channel: 'Kanaal' },
  en: { total: 'Group', week: 'Week (Monday)', region: 'Region', location: 'Location', channel: 'Channel' },
};
