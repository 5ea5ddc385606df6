import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  CHANNELS,
  GOAL_METRICS,
  type Channel,
  type EvaluationItem,
  type GoalItem,
  type GoalMetric,
  type TopicReportGroup,
} from '@webcare/shared';
import { isApiError } from '../../../api/client';
import { Button } from '../../../components/ui/button';
import { InlineAlert } from '../../../components/ui/inline-alert';
import { useI18n, type MessageKey } from '../../../i18n/i18n';
import {
  downloadEvaluationPdf,
  downloadTopicsCsv,
  fetchEvaluation,
  fetchGoals,
  fetchTopicReport,
  saveGoals,
  type Period,
} from '../api';
import { chartGroups, monthOf, monthPeriod, topicOrder } from '../lib/insight';
import '../insight.css';

const GROUPS: TopicReportGroup[] = ['week', 'region', 'location', 'channel', 'total'];
const COLOURS = [
  '#2f6fde',
  '#e07a1f',
  '#2e9e6a',
  '#b2439a',
  '#c9a227',
  '#5b5fc7',
  '#d0453a',
  '#3aa6b9',
  '#7a8b3c',
];

/** Insight for supervisors: topics per week and region, goals, and the month's evaluation against them. */
export function InsightPage() {
  const { t } = useI18n();
  const [month, setMonth] = useState(() => monthOf(new Date()));
  const period = monthPeriod(month);
  return (
    <div className="insight" data-testid="insight-page">
      <header className="insight__header">
        <h1>{t('insight.title')}</h1>
        <label className="insight__month">
          {t('insight.month')}
          <input
            type="month"
            value={month}
            onChange={(event) => event.target.value && setMonth(event.target.value)}
            data-testid="insight-month"
          />
        </label>
      </header>
      <TopicsCard period={period} />
      <EvaluationCard period={period} />
      <GoalsCard />
    </div>
  );
}

function TopicsCard({ period }: { period: Period }) {
  const { t, locale } = useI18n();
  const [groupBy, setGroupBy] = useState<TopicReportGroup>('week');
  const report = useQuery({
    queryKey: ['reports', 'topics', period.from, period.to, groupBy, locale],
    queryFn: ({ signal }) => fetchTopicReport(period, groupBy, locale, signal),
  });
  const data = report.data;
  const groups = data ? chartGroups(data) : [];
  const order = data ? topicOrder(data) : [];
  const max = Math.max(1, ...groups.map((g) => g.total));
  const colour = (topic: string) => COLOURS[order.indexOf(topic) % COLOURS.length];
  const labelOf = (key: string | null) =>
    key ?? (groupBy === 'total' ? t('insight.allTopics') : t('insight.unknownGroup'));

  return (
    <section className="insight-card" data-testid="topics-card">
      <header className="insight-card__header">
        <h2>{t('insight.topics')}</h2>
        <select value={groupBy} onChange={(event) => setGroupBy(event.target.value as TopicReportGroup)}>
          {GROUPS.map((group) => (
            <option key={group} value={group}>
              {t(`insight.group.${group}` as MessageKey)}
            </option>
          ))}
        </select>
        <Button size="sm" onClick={() => void downloadTopicsCsv(period, groupBy, locale)}>
          {t('dashboard.exportCsv')}
        </Button>
      </header>
      {report.isError && <InlineAlert>{t('dashboard.error')}</InlineAlert>}
      {data && groups.length === 0 && <p className="insight__muted">{t('insight.noTopics')}</p>}
      <ul className="topic-chart" aria-label={t('insight.topics')}>
        {groups.map((group) => (
          <li key={group.key ?? ''} className="topic-chart__row">
            <span className="topic-chart__key">{labelOf(group.key)}</span>
            <span className="topic-chart__bar" style={{ width: `${(100 * group.total) / max}%` }}>
              {group.segments.map((segment) => (
                <span
                  key={segment.topic}
                  className="topic-chart__segment"
                  style={{ flexGrow: segment.count, background: colour(segment.topic) }}
                  title={`${segment.label}: ${segment.count}`}
                />
              ))}
            </span>
            <span className="topic-chart__total">{group.total}</span>
          </li>
        ))}
      </ul>
      {data && order.length > 0 && (
        <ul className="topic-legend">
          {order.map((topic) => (
            <li key={topic}>
              <span className="topic-legend__swatch" style={{ background: colour(topic) }} />
              {data.rows.find((row) => row.topic === topic)?.label}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function EvaluationCard({ period }: { period: Period }) {
  const { t, locale } = useI18n();
  const evaluation = useQuery({
    queryKey: ['reports', 'evaluation', period.from, period.to, locale],
    queryFn: ({ signal }) => fetchEvaluation(period, locale, signal),
  });
  const items = evaluation.data?.items ?? [];
  const number = (value: number | null) => (value === null ? '–' : value.toLocaleString(locale));
  return (
    <section className="insight-card" data-testid="evaluation-card">
      <header className="insight-card__header">
        <h2>{t('insight.evaluation')}</h2>
        <Button size="sm" onClick={() => void downloadEvaluationPdf(period, locale)}>
          {t('insight.pdf')}
        </Button>
      </header>
      {evaluation.isError && <InlineAlert>{t('dashboard.error')}</InlineAlert>}
      {evaluation.data && items.length === 0 && <p className="insight__muted">{t('insight.noGoals')}</p>}
      {items.length > 0 && (
        <table className="insight-table">
          <thead>
            <tr>
              <th>{t('insight.goal')}</th>
              <th>{t('insight.target')}</th>
              <th>{t('insight.actual')}</th>
              <th>{t('insight.met')}</th>
              <th>{t('insight.previous')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item: EvaluationItem, i) => (
              <tr key={`${item.metric}-${item.channel ?? ''}-${i}`}>
                <td>{item.label}</td>
                <td>
                  {item.direction === 'at_least' ? '≥' : '≤'} {number(item.target)}
                </td>
                <td>{number(item.actual)}</td>
                <td className={item.met === null ? '' : item.met ? 'insight--met' : 'insight--missed'}>
                  {item.met === null ? '–' : item.met ? t('insight.yes') : t('insight.no')}
                </td>
                <td>
                  {number(item.previous)}
                  {item.trend && item.trend !== 'flat' && (
                    <span className={item.improved ? 'insight--met' : 'insight--missed'}>
                      {' '}
                      {item.trend === 'up' ? '▲' : '▼'}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function GoalsCard() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const goals = useQuery({ queryKey: ['goals'], queryFn: ({ signal }) => fetchGoals(signal) });
  const [rows, setRows] = useState<GoalItem[]>([]);
  const [notice, setNotice] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  useEffect(() => {
    if (goals.data)
      setRows(goals.data.items.map(({ metric, channel, target }) => ({ metric, channel, target })));
  }, [goals.data]);

  const update = (index: number, change: Partial<GoalItem>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const save = async () => {
    try {
      await saveGoals(rows.map((row) => ({ ...row, channel: row.channel || null })));
      setNotice({ tone: 'success', text: t('insight.goalsSaved') });
      await queryClient.invalidateQueries({ queryKey: ['goals'] });
      await queryClient.invalidateQueries({ queryKey: ['reports', 'evaluation'] });
    } catch (error) {
      setNotice({ tone: 'danger', text: isApiError(error) ? error.message : t('dashboard.error') });
    }
  };

  return (
    <section className="insight-card" data-testid="goals-card">
      <header className="insight-card__header">
        <h2>{t('insight.goals')}</h2>
      </header>
      <table className="insight-table">
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td>
                <select
                  value={row.metric}
                  aria-label={t('insight.goal')}
                  onChange={(event) => update(i, { metric: event.target.value as GoalMetric })}
                >
                  {GOAL_METRICS.map((metric) => (
                    <option key={metric} value={metric}>
                      {t(`insight.metric.${metric}` as MessageKey)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select
                  value={row.channel ?? ''}
                  aria-label={t('insight.channel')}
                  onChange={(event) => update(i, { channel: (event.target.value || null) as Channel | null })}
                >
                  <option value="">{t('insight.allChannels')}</option>
                  {CHANNELS.map((channel) => (
                    <option key={channel} value={channel}>
                      {channel}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  type="number"
                  min={0}
                  step="any"
                  value={row.target}
                  aria-label={t('insight.target')}
                  onChange={(event) => update(i, { target: Number(event.target.value) })}
                />
              </td>
              <td>
                <Button size="sm" variant="ghost" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                  {t('insight.remove')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="insight-card__actions">
        <Button
          size="sm"
          onClick={() =>
            setRows([...rows, { metric: 'first_response_within_60m_pct', channel: null, target: 90 }])
          }
        >
          {t('insight.addGoal')}
        </Button>
        <Button size="sm" variant="primary" onClick={() => void save()}>
          {t('insight.saveGoals')}
        </Button>
      </div>
      {notice && <InlineAlert tone={notice.tone}>{notice.text}</InlineAlert>}
    </section>
  );
}
