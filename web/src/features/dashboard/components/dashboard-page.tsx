import { type ReactNode, useMemo, useState } from 'react';
import type { ResponseTimeRow } from '@webcare/shared';
import { Button } from '../../../components/ui/button';
import { InlineAlert } from '../../../components/ui/inline-alert';
import { useI18n } from '../../../i18n/i18n';
import { downloadResponseTimesCsv } from '../api';
import { useDashboard } from '../hooks/use-dashboard';
import { formatPct, formatSeconds } from '../lib/format';
import { daysOf, lastDays, PERIOD_DAYS, type PeriodDays } from '../lib/period';
import { ResponseTable } from './agent-table';
import { BreachList } from './breach-list';
import { HourChart } from './hour-chart';
import { LineChart } from './line-chart';
import { QueueHealthPanel } from './queue-health';
import { SlaSettings } from './sla-settings';
import '../dashboard.css';

/**
 * The supervisor's view: live queue health, response times over time and per hour, agents, breaches;
 * `children` (what pages add) below them, in the same scrolling view.
 */
export function DashboardPage({ children }: { children?: ReactNode }) {
  const { t, locale } = useI18n();
  const [days, setDays] = useState<PeriodDays>(30);
  const period = useMemo(() => lastDays(days), [days]);
  const data = useDashboard(period);
  const [exporting, setExporting] = useState(false);

  const dayLabels = useMemo(() => daysOf(period), [period]);
  const byDay = new Map((data.byDay?.rows ?? []).map((row) => [row.key, row]));
  const total = data.total?.rows[0];
  const channelName = (row: ResponseTimeRow) =>
    row.key ? t(`channel.${row.key}` as 'channel.whatsapp') : '–';

  return (
    <div className="dash" data-testid="dashboard">
      <header className="dash__header">
        <h1>{t('dashboard.title')}</h1>
        <div className="dash__controls">
          <div className="dash-period" role="radiogroup" aria-label={t('dashboard.period')}>
            {PERIOD_DAYS.map((option) => (
              <button
                key={option}
                type="button"
                role="radio"
                aria-checked={days === option}
                className={`dash-period__option ${days === option ? 'is-selected' : ''}`}
                onClick={() => setDays(option)}
              >
                {t('dashboard.lastDays', { n: option })}
              </button>
            ))}
          </div>
          <Button
            size="sm"
            busy={exporting}
            onClick={() => {
              setExporting(true);
              downloadResponseTimesCsv(period)
                .catch(() => undefined)
                .finally(() => setExporting(false));
            }}
            data-testid="export-csv"
          >
            {t('dashboard.exportCsv')}
          </Button>
        </div>
      </header>
      {data.error && (
        <InlineAlert
          tone="danger"
          action={
            <Button size="sm" variant="ghost" onClick={data.reload}>
              {t('queue.retry')}
            </Button>
          }
        >
          {t('dashboard.error')}
        </InlineAlert>
      )}
      <div className="dash__grid">
        {data.health ? (
          <QueueHealthPanel health={data.health} />
        ) : (
          <section className="dash-card dash-card--wide dash-card--loading" aria-busy="true" />
        )}

        <section className="dash-card dash-card--wide" data-testid="period-summary">
          <div className="dash-figures">
            <Figure label={t('dashboard.count')} value={String(total?.count ?? 0)} />
            <Figure
              label={t('dashboard.median')}
              value={formatSeconds(total?.firstResponseMedianS ?? null, locale)}
            />
            <Figure
              label={t('dashboard.p90')}
              value={formatSeconds(total?.firstResponseP90S ?? null, locale)}
            />
            <Figure
              label={t('dashboard.businessMedian')}
              value={formatSeconds(total?.firstResponseBusinessMedianS ?? null, locale)}
            />
            <Figure label={t('dashboard.withinSla')} value={formatPct(total?.withinSlaPct ?? null)} />
            <Figure label={t('dashboard.breaches')} value={String(total?.breaches ?? 0)} />
          </div>
        </section>

        <section className="dash-card" aria-labelledby="dash-trend">
          <header className="dash-card__header">
            <h2 id="dash-trend">{t('dashboard.trend')}</h2>
            <span className="dash-legend">
              <span className="dash-legend__item dash-legend__item--accent">{t('dashboard.median')}</span>
              <span className="dash-legend__item dash-legend__item--muted">{t('dashboard.p90')}</span>
            </span>
          </header>
          <LineChart
            testId="chart-trend"
            title={t('dashboard.trend')}
            labels={dayLabels.map((d) => d.slice(5))}
            formatValue={(v) => formatSeconds(v, locale)}
            minMax={60}
            emptyText={t('dashboard.noAnswers')}
            series={[
              {
                name: t('dashboard.median'),
                tone: 'accent',
                values: dayLabels.map((d) => byDay.get(d)?.firstResponseMedianS ?? null),
              },
              {
                name: t('dashboard.p90'),
                tone: 'muted',
                dashed: true,
                values: dayLabels.map((d) => byDay.get(d)?.firstResponseP90S ?? null),
              },
            ]}
          />
        </section>

        <section className="dash-card" aria-labelledby="dash-hours">
          <header className="dash-card__header">
            <h2 id="dash-hours">{t('dashboard.hours')}</h2>
            <span className="dash-legend">
              <span className="dash-legend__item dash-legend__item--good">≥ 90%</span>
              <span className="dash-legend__item dash-legend__item--fair">≥ 70%</span>
              <span className="dash-legend__item dash-legend__item--poor">{'< 70%'}</span>
            </span>
          </header>
          <HourChart
            title={t('dashboard.hours')}
            rows={data.byHour?.rows ?? []}
            describe={(hour, row) =>
              t('dashboard.hourTooltip', {
                hour: String(hour).padStart(2, '0'),
                count: row?.count ?? 0,
                median: formatSeconds(row?.firstResponseMedianS ?? null, locale),
                pct: formatPct(row?.withinSlaPct ?? null),
              })
            }
          />
          <p className="dash-muted dash-note">{t('dashboard.hoursNote')}</p>
        </section>

        <ResponseTable
          testId="agent-table"
          title={t('dashboard.agents')}
          keyLabel={t('dashboard.agent')}
          rows={data.byAgent?.rows ?? []}
          nameOf={(row) => row.label ?? (row.key ? row.key.slice(0, 8) : t('dashboard.unanswered'))}
        />
        <ResponseTable
          testId="channel-table"
          title={t('dashboard.channels')}
          keyLabel={t('dashboard.channel')}
          rows={data.byChannel?.rows ?? []}
          nameOf={channelName}
        />
        <BreachList first={data.breaches} period={period} />
        <SlaSettings />
      </div>
      {children}
    </div>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="dash-figure">
      <span className="dash-figure__value">{value}</span>
      <span className="dash-figure__label">{label}</span>
    </div>
  );
}
