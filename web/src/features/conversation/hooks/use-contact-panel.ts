import { useCallback, useState } from 'react';

const KEY = 'webcare.contact-panel';

/** Whether the right-hand column (suggestion and contact card) is open; remembered across reloads. */
export function useContactPanel(): [boolean, () => void] {
  // On a phone the panel is a sheet over the conversation: it starts closed there.
  const [open, setOpen] = useState(() => !isNarrowScreen() && localStorage.getItem(KEY) !== 'closed');
  const toggle = useCallback(() => {
    setOpen((value) => {
      if (!isNarrowScreen()) localStorage.setItem(KEY, value ? 'closed' : 'open');
      return !value;
    });
  }, []);
  return [open, toggle];
}

/** The phone layout: one column, side panel as a sheet (the same breakpoint as the CSS). */
export function isNarrowScreen(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(max-width: 760px)').matches === true;
}
