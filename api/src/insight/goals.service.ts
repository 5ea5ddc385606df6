import { Injectable } from '@nestjs/common';
import type { Channel, EvaluationItem, EvaluationReport, GoalItem, GoalList } from '@webcare/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/current-user';
import { goalMet, isGoalMetric, metricLabel, metricSql, METRICS, trendOf } from './goal-metrics';
import { UnknownMetricException } from './insight.exception';
import { reportPeriod } from './period';

/** Goals the supervisors set, and the evaluation of a period against them. */
@Injectable()
export class GoalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<GoalList> {
    const rows: { id: string; metric: GoalItem['metric']; channel: Channel | null; target: number }[] =
      await this.dataSource.query('SELECT id, metric, channel, target FROM goals ORDER BY created_at, id');
    return {
      items: rows.map((row) => ({ ...row, direction: METRICS[row.metric]?.direction ?? 'at_least' })),
    };
  }

  /** Replaces every goal; an unknown metric refuses the whole list and names the known ones. */
  async replace(actor: Actor, items: GoalItem[]): Promise<GoalList> {
    const unknown = items.map((item) => String(item.metric)).filter((metric) => !isGoalMetric(metric));
    if (unknown.length > 0) throw new UnknownMetricException([...new Set(unknown)]);
    await this.dataSource.transaction(async (manager) => {
      await manager.query('DELETE FROM goals');
      for (const item of items) {
        // clock_timestamp: the list keeps the order it was given in (one transaction, one now()).
        await manager.query(
          'INSERT INTO goals (metric, channel, target, set_by, created_at) VALUES ($1, $2, $3, $4, clock_timestamp())',
          [item.metric, item.channel ?? null, item.target, actor.id],
        );
      }
      await this.audit.record({ actor, action: 'goals.set', details: { count: items.length } }, manager);
    });
    return this.list();
  }

  /** Each goal with the period's actual figure, whether it is met, and the trend against the period before. */
  async evaluate(
    query: { from: string; to: string },
    language: 'nl' | 'en' = 'nl',
    now = new Date(),
  ): Promise<EvaluationReport> {
    const { from, to } = reportPeriod(query.from, query.to);
    const previousFrom = new Date(from.getTime() - (to.getTime() - from.getTime()));
    const goals = (await this.list()).items;
    const items: EvaluationItem[] = [];
    for (const goal of goals) {
      const measure = async (start: Date, end: Date): Promise<number | null> => {
        const rows: { value: string | number | null }[] = await this.dataSource.query(
          metricSql(goal.metric),
          [start, end, goal.channel ?? null, now],
        );
        const value = rows[0]?.value;
        return value === null || value === undefined ? null : Number(value);
      };
      const actual = await measure(from, to);
      const previous = await measure(previousFrom, from);
      const direction = goal.direction;
      items.push({
        metric: goal.metric,
        channel: goal.channel ?? null,
        label: metricLabel(goal.metric, goal.channel ?? null, language),
        target: goal.target,
        direction,
        actual,
        met: goalMet(direction, actual, goal.target),
        previous,
        ...trendOf(direction, actual, previous),
      });
    }
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      previousFrom: previousFrom.toISOString(),
      previousTo: from.toISOString(),
      language,
      items,
    };
  }

  async recordPrint(actor: Actor, query: { from: string; to: string }): Promise<void> {
    await this.audit.record({
      actor,
      action: 'report.export',
      details: { report: 'evaluation', format: 'pdf', from: query.from, to: query.to },
    });
  }
}
