import { useT } from '../../../i18n/i18n';
import { usePresenceList } from '../hooks/use-presence-list';
import '../workload.css';

/** Who is online, away or offline, and how many open conversations each has. */
export function TeamPresence() {
  const t = useT();
  const { data } = usePresenceList();
  if (!data) return null;
  return (
    <section className="dash-card" aria-labelledby="dash-presence" data-testid="team-presence">
      <header className="dash-card__header">
        <h2 id="dash-presence">{t('workload.presence.title')}</h2>
      </header>
      <ul className="presence-list">
        {data.map((person) => (
          <li key={person.userId} className="presence-list__item" data-state={person.state}>
            <span className={`presence-dot presence-dot--${person.state}`} aria-hidden="true" />
            <span className="presence-list__name">{person.name}</span>
            <span className="presence-list__state">{t(`workload.presence.${person.state}`)}</span>
            <span className="presence-list__open">{t('workload.presence.open', { count: person.open })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
