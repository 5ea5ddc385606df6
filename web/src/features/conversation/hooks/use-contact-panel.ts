import { useCallback, useState } from 'react';

const KEY = 'webcare.contact-panel';

/** Whether the right-hand column (suggestion and contact card) is open; remembered across reloads. */
export function useContactPanel(): [boolean, () => void] {
  const [open, setOpen] = useState(() => localStorage.getItem(KEY) !== 'closed');
  const toggle = useCallback(() => {
    setOpen((value) => {
      localStorage.setItem(KEY, value ? 'closed' : 'open');
      return !value;
    });
  }, []);
  return [open, toggle];
}
