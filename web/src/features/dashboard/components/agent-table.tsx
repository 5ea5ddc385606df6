import type { ResponseTimeRow } from '@webcare/shared';
import { useI18n } from '../../../i18n/i18n';
import { formatPct, formatSeconds } from '../lib/format';

/** Response times per group (agent or channel): wall clock and business hours side by side. */
export function ResponseTable({
  rows,
  title,
  keyLabel,
  nameOf,
  testId,
}: {
  rows: ResponseTimeRow[];
  title: string;
  keyLabel: string;
  nameOf: (row: ResponseTimeRow) => string;
  testId: string;
}) {
  const { t, locale } = useI18n();
  return (
    <section className="dash-card dash-card--wide" aria-label={title} data-testid={testId}>
      <header className="dash-card__header">
        <h2>{title}</h2>
      </header>
      {rows.length === 0 ? (
        <p className="dash-muted">{t('dashboard.noData')}</p>
      ) : (
        <div className="dash-scroll" tabIndex={0} role="region" aria-label={title}>
          <table className="dash-table">
            <thead>
              <tr>
                <th scope="col">{keyLabel}</th>
                <th scope="col">{t('dashboard.count')}</th>
                <th scope="col">{t('dashboard.median')}</th>
                <th scope="col">{t('dashboard.p90')}</th>
                <th scope="col">{t('dashboard.businessMedian')}</th>
                <th scope="col">{t('dashboard.withinSla')}</th>
                <th scope="col">{t('dashboard.breaches')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key ?? 'none'}>
                  <th scope="row">{nameOf(row)}</th>
                  <td>{row.count}</td>
                  <td>{formatSeconds(row.firstResponseMedianS, locale)}</td>
                  <td>{formatSeconds(row.firstResponseP90S, locale)}</td>
                  <td>{formatSeconds(row.firstResponseBusinessMedianS, locale)}</td>
                  <td>{formatPct(row.withinSlaPct)}</td>
                  <td className={row.breaches > 0 ? 'dash-bad' : undefined}>{row.breaches}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
