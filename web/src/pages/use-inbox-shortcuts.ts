import { runCommand } from '../shortcuts/command-bus';
import { useKeyboardShortcuts } from '../shortcuts/use-keyboard-shortcuts';
import type { QueueContextValue } from '../features/queue/hooks/use-queue-context';

/** j/k move through the queue, Enter opens, and r/n/e/a act on the open conversation. */
export function useInboxShortcuts(context: QueueContextValue): void {
  const { queue, cursorId, setCursorId, openId, open } = context;

  function move(step: 1 | -1) {
    const items = queue.items;
    if (items.length === 0) return;
    const from = cursorId ?? openId;
    const index = from ? items.findIndex((item) => item.id === from) : -1;
    const next =
      index < 0 ? (step === 1 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, index + step));
    setCursorId(items[next]!.id);
    if (next >= items.length - 5) queue.loadMore();
  }

  useKeyboardShortcuts({
    j: () => move(1),
    k: () => move(-1),
    Enter: () => {
      if (cursorId) open(cursorId);
    },
    r: () => void runCommand('focus-reply'),
    n: () => void runCommand('focus-note'),
    e: () => void runCommand('resolve'),
    a: () => void runCommand('assign-me'),
    '/': () => document.querySelector<HTMLElement>('[data-shortcut-target="search"]')?.focus(),
  });
}
