import { Injectable } from '@nestjs/common';
import {
  type BreachList,
  type Channel,
  type ClosedWithoutResponseReport,
  type ClosedWithoutResponseRow,
  PRIORITIES,
  type Priority,
  type QueueHealth,
  type ReportGroupBy,
  type ResponseTimeReport,
  type ResponseTimeRow,
} from '@webcare/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/current-user';
import {
  BREACHES_SQL,
  CLOSED_WITHOUT_RESPONSE_SQL,
  EXPORT_SQL,
  QUEUE_HEALTH_SQL,
  REPORT_WORK_MEM,
  responseTimeSql,
} from './report-sql';
import { ReportQueryInvalidException } from './reports.exception';

/** Longest period one report covers. */
const MAX_PERIOD_MS = 400 * 24 * 3600 * 1000;
const EXPORT_BATCH = 5000;

interface AggregateRow {
  key: string | null;
  count: number;
  answered: number;
  median: number | null;
  p90: number | null;
  business_median: number | null;
  business_p90: number | null;
  within: number;
  breaches: number;
  resolved: number;
  resolution_median: number | null;
  resolution_p90: number | null;
  paused_median: number | null;
}

const roundOrNull = (value: number | string | null): number | null =>
  value === null ? null : Math.round(Number(value));

export const CSV_HEADER = [
  'conversation_id',
  'channel',
  'visibility',
  'priority',
  'status',
  'team_id',
  'first_responder_id',
  'first_inbound_at',
  'first_response_at',
  'first_response_due_at',
  'first_response_seconds',
  'first_response_business_seconds',
  'breached',
  'resolved_at',
];

/** Response-time reports, live queue health and breaches: read from facts stored on each conversation. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async responseTimes(
    query: { from: string; to: string; groupBy?: ReportGroupBy },
    now = new Date(),
  ): Promise<ResponseTimeReport> {
    const { from, to } = period(query.from, query.to);
    const groupBy = query.groupBy ?? 'total';
    const rows = await this.dataSource.transaction(async (manager): Promise<AggregateRow[]> => {
      await manager.query(REPORT_WORK_MEM);
      return manager.query(responseTimeSql(groupBy), [from, to, now]);
    });
    const labels = await this.labels(
      groupBy,
      rows.map((row) => row.key).filter((key): key is string => !!key),
    );
    return {
      rows: rows.map((row): ResponseTimeRow => {
        const decided = row.within + row.breaches;
        return {
          key: row.key,
          ...(labels ? { label: row.key ? (labels.get(row.key) ?? null) : null } : {}),
          count: row.count,
          answered: row.answered,
          firstResponseMedianS: roundOrNull(row.median),
          firstResponseP90S: roundOrNull(row.p90),
          withinSlaPct: decided > 0 ? Math.round((1000 * row.within) / decided) / 10 : null,
          breaches: row.breaches,
          firstResponseBusinessMedianS: roundOrNull(row.business_median),
          firstResponseBusinessP90S: roundOrNull(row.business_p90),
          resolved: row.resolved,
          resolutionMedianS: roundOrNull(row.resolution_median),
          resolutionP90S: roundOrNull(row.resolution_p90),
          pausedMedianS: roundOrNull(row.paused_median),
        };
      }),
    };
  }

  /** One CSV line per conversation in the period; the export itself is written to the access log. */
  async *exportCsv(
    actor: Actor,
    query: { from: string; to: string },
    now = new Date(),
  ): AsyncGenerator<string> {
    const { from, to } = period(query.from, query.to);
    await this.audit.record({
      actor,
      action: 'report.export',
      details: { report: 'response-times', from: from.toISOString(), to: to.toISOString() },
    });
    yield `${CSV_HEADER.join(',')}\n`;
    let after: [Date | string, string] = ['-infinity', '00000000-0000-0000-0000-000000000000'];
    for (;;) {
      const rows: Record<string, unknown>[] = await this.dataSource.query(EXPORT_SQL, [
        from,
        to,
        now,
        after[0],
        after[1],
        EXPORT_BATCH,
      ]);
      if (rows.length === 0) return;
      yield rows
        .map(
          (row) =>
            [
              row.id,
              row.channel,
              row.visibility,
              row.priority,
              row.status,
              row.team_id,
              row.first_response_by,
              row.first_inbound_at,
              row.first_response_at,
              row.first_response_due_at,
              row.first_response_seconds,
              row.first_response_business_seconds,
              row.breached,
              row.resolved_at,
            ]
              .map(csvValue)
              .join(',') + '\n',
        )
        .join('');
      const last = rows[rows.length - 1];
      after = [last.first_inbound_at as Date, last.id as string];
      if (rows.length < EXPORT_BATCH) return;
    }
  }

  async queueHealth(now = new Date()): Promise<QueueHealth> {
    const rows: {
      priority: Priority;
      open: number;
      unassigned: number;
      breaching_soon: number;
      breached: number;
      oldest_waiting: Date | null;
    }[] = await this.dataSource.query(QUEUE_HEALTH_SQL, [now]);
    const byPriority = PRIORITIES.map((priority) => {
      const row = rows.find((r) => r.priority === priority);
      return {
        priority,
        open: row?.open ?? 0,
        unassigned: row?.unassigned ?? 0,
        breachingSoon: row?.breaching_soon ?? 0,
        breached: row?.breached ?? 0,
      };
    });
    const oldest = rows
      .map((row) => row.oldest_waiting)
      .filter((at): at is Date => !!at)
      .sort((a, b) => a.getTime() - b.getTime())[0];
    const sum = (key: 'open' | 'unassigned' | 'breachingSoon' | 'breached') =>
      byPriority.reduce((total, row) => total + row[key], 0);
    return {
      open: sum('open'),
      unassigned: sum('unassigned'),
      breachingSoon: sum('breachingSoon'),
      breached: sum('breached'),
      byPriority,
      oldestWaitingSince: oldest?.toISOString() ?? null,
      at: now.toISOString(),
    };
  }

  async breaches(query: { from: string; to: string; limit?: number }, now = new Date()): Promise<BreachList> {
    const { from, to } = period(query.from, query.to);
    const rows: {
      id: string;
      channel: Channel;
      priority: Priority;
      first_inbound_at: Date;
      first_response_due_at: Date;
      first_response_at: Date | null;
      assignee_id: string | null;
      assignee_name: string | null;
    }[] = await this.dataSource.query(BREACHES_SQL, [from, to, now, query.limit ?? 50]);
    return {
      items: rows.map((row) => ({
        conversationId: row.id,
        channel: row.channel,
        priority: row.priority,
        firstInboundAt: row.first_inbound_at.toISOString(),
        dueAt: row.first_response_due_at.toISOString(),
        firstResponseAt: row.first_response_at?.toISOString() ?? null,
        lateByS: Math.round(
          ((row.first_response_at ?? now).getTime() - row.first_response_due_at.getTime()) / 1000,
        ),
        assignee: row.assignee_id ? { id: row.assignee_id, name: row.assignee_name ?? '' } : null,
      })),
    };
  }

  /** Crisis and safeguarding work closed before anyone answered: per agent who closed it, with the reasons. */
  async closedWithoutResponse(query: { from: string; to: string }): Promise<ClosedWithoutResponseReport> {
    const { from, to } = period(query.from, query.to);
    const rows: { key: string; label: string | null; reason: string; count: number }[] =
      await this.dataSource.query(CLOSED_WITHOUT_RESPONSE_SQL, [from, to]);
    const byAgent = new Map<string, ClosedWithoutResponseRow>();
    for (const row of rows) {
      const agent = byAgent.get(row.key) ?? { key: row.key, label: row.label, count: 0, reasons: {} };
      agent.count += row.count;
      agent.reasons[row.reason] = (agent.reasons[row.reason] ?? 0) + row.count;
      byAgent.set(row.key, agent);
    }
    return { rows: [...byAgent.values()] };
  }

  private async labels(
    groupBy: ReportGroupBy | 'total',
    keys: string[],
  ): Promise<Map<string, string> | null> {
    if (groupBy !== 'agent' && groupBy !== 'team') return null;
    if (keys.length === 0) return new Map();
    const table = groupBy === 'agent' ? 'users' : 'teams';
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT id::text, name FROM ${table} WHERE id = ANY($1::uuid[])`,
      [keys],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}

function period(fromText: string, toText: string): { from: Date; to: Date } {
  const from = new Date(fromText);
  const to = new Date(toText);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) {
    throw new ReportQueryInvalidException('from and to must be ISO 8601 times');
  }
  if (to <= from) throw new ReportQueryInvalidException('to must be after from');
  if (to.getTime() - from.getTime() > MAX_PERIOD_MS) {
    throw new ReportQueryInvalidException('a report covers at most 400 days');
  }
  return { from, to };
}

function csvValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
