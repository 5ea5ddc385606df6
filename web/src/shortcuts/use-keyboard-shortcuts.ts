import { useEffect, useRef } from 'react';
import { isTypingTarget } from './is-typing';

/** Keys such as 'j', 'Enter', '?', or a two-key sequence 'g i'. */
export type Bindings = Record<string, () => void>;

const SEQUENCE_MS = 1200;

function isInteractive(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && !!target.closest('a, button, [role="menuitem"], summary');
}

/**
 * Single-key shortcuts for the agent. They stay silent while typing in a field, with a modifier key held,
 * or while a dialog is open (the dialog owns Esc).
 */
export function useKeyboardShortcuts(bindings: Bindings, enabled = true): void {
  const ref = useRef(bindings);
  ref.current = bindings;

  useEffect(() => {
    if (!enabled) return;
    let pending: { key: string; at: number } | null = null;

    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      const key = event.key;
      if (key === 'Enter' && isInteractive(event.target)) return;

      const current = ref.current;
      if (pending && event.timeStamp - pending.at < SEQUENCE_MS) {
        const sequence = `${pending.key} ${key}`;
        pending = null;
        const handler = current[sequence];
        if (handler) {
          event.preventDefault();
          handler();
          return;
        }
      }
      pending = null;
      if (Object.keys(current).some((binding) => binding.startsWith(`${key} `))) {
        pending = { key, at: event.timeStamp };
        return;
      }
      const handler = current[key];
      if (handler) {
        event.preventDefault();
        handler();
      }
    }

    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
