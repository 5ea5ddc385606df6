import type { QueueHealth } from '@webcare/shared';
import { useI18n } from '../../../i18n/i18n';
import { durationLabel } from '../../../lib/time';

/** The live queue: four figures and a row per priority. */
export function QueueHealthPanel({ health }: { health: QueueHealth }) {
  const { t, locale } = useI18n();
  const figures = [
    { id: 'open', label: t('dashboard.open'), value: health.open, tone: 'neutral' },
    { id: 'unassigned', label: t('dashboard.unassigned'), value: health.unassigned, tone: 'neutral' },
    {
      id: 'breaching-soon',
      label: t('dashboard.breachingSoon'),
      value: health.breachingSoon,
      tone: health.breachingSoon > 0 ? 'warning' : 'neutral',
    },
    {
      id: 'breached',
      label: t('dashboard.breached'),
      value: health.breached,
      tone: health.breached > 0 ? 'danger' : 'neutral',
    },
  ];
  return (
    <section className="dash-card dash-card--wide" aria-labelledby="dash-health" data-testid="queue-health">
      <header className="dash-card__header">
        <h2 id="dash-health">{t('dashboard.queueHealth')}</h2>
        {health.oldestWaitingSince && (
          <span className="dash-muted">
            {t('dashboard.oldestWaiting', {
              time: durationLabel(Date.now() - new Date(health.oldestWaitingSince).getTime(), locale),
            })}
          </span>
        )}
      </header>
      <div className="dash-figures">
        {figures.map((figure) => (
          <div
            key={figure.id}
            className={`dash-figure dash-figure--${figure.tone}`}
            data-testid={`health-${figure.id}`}
          >
            <span className="dash-figure__value">{figure.value}</span>
            <span className="dash-figure__label">{figure.label}</span>
          </div>
        ))}
      </div>
      <div className="dash-scroll" tabIndex={0} role="region" aria-label={t('dashboard.queueHealth')}>
        <table className="dash-table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.priority')}</th>
              <th scope="col">{t('dashboard.open')}</th>
              <th scope="col">{t('dashboard.unassigned')}</th>
              <th scope="col">{t('dashboard.breachingSoon')}</th>
              <th scope="col">{t('dashboard.breached')}</th>
            </tr>
          </thead>
          <tbody>
            {health.byPriority.map((row) => (
              <tr key={row.priority} data-testid={`health-priority-${row.priority}`}>
                <th scope="row">{t(`priority.${row.priority}`)}</th>
                <td>{row.open}</td>
                <td>{row.unassigned}</td>
                <td className={row.breachingSoon > 0 ? 'dash-warn' : undefined}>{row.breachingSoon}</td>
                <td className={row.breached > 0 ? 'dash-bad' : undefined}>{row.breached}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
