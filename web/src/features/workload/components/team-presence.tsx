import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { AgentPresence } from '@webcare/shared';
import { useT } from '../../../i18n/i18n';
import { errorMessage } from '../../../lib/errors';
import { PRESENCE_KEY, saveSkills } from '../api';
import { usePresenceList } from '../hooks/use-presence-list';
import '../workload.css';

const LANGUAGES = ['nl', 'en'] as const;

/**
 * Who is online, away or offline, how many open conversations each has, and (for agents) the languages
 * auto-assignment matches them on: none ticked means any.
 */
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
            {person.role === 'agent' && <LanguageSkills person={person} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function LanguageSkills({ person }: { person: AgentPresence }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const toggle = async (language: string) => {
    const languages = person.languages.includes(language)
      ? person.languages.filter((l) => l !== language)
      : [...person.languages, language];
    setError(null);
    try {
      const saved = await saveSkills(person.userId, { languages, channels: person.channels });
      queryClient.setQueryData<AgentPresence[]>(PRESENCE_KEY, (people) =>
        people?.map((p) => (p.userId === saved.userId ? saved : p)),
      );
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
  };
  return (
    <span className="presence-list__skills" title={error ?? t('workload.presence.languages')}>
      {LANGUAGES.map((language) => (
        <label key={language} className="presence-list__skill">
          <input
            type="checkbox"
            checked={person.languages.includes(language)}
            onChange={() => void toggle(language)}
          />
          {language.toUpperCase()}
        </label>
      ))}
    </span>
  );
}
