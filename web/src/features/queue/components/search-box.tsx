import { useEffect, useRef, useState } from 'react';
import { useT } from '../../../i18n/i18n';

const DEBOUNCE_MS = 300;

export interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
}

/** Search over message text and contact names; `/` focuses it, Enter searches and returns to the list, Escape empties it. */
export function SearchBox({ value, onChange }: SearchBoxProps) {
  const t = useT();
  const [draft, setDraft] = useState(value);
  const latest = useRef(onChange);
  latest.current = onChange;

  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    if (draft === value) return;
    const timer = window.setTimeout(() => latest.current(draft), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [draft, value]);

  return (
    <form
      className="search-box"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onChange(draft);
        // Enter searches at once and hands the keyboard back to the list (j/k, Enter to open).
        (document.activeElement as HTMLElement | null)?.blur();
      }}
    >
      <label className="visually-hidden" htmlFor="queue-search">
        {t('search.label')}
      </label>
      <input
        id="queue-search"
        className="search-box__input"
        type="search"
        value={draft}
        maxLength={200}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && draft) {
            event.stopPropagation();
            setDraft('');
            onChange('');
          }
        }}
        data-shortcut-target="search"
        data-testid="queue-search"
      />
    </form>
  );
}
