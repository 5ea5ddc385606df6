/** Commands that keyboard shortcuts trigger and the open view carries out. */
export type Command = 'focus-reply' | 'focus-note' | 'resolve' | 'assign-me';

type Handler = () => void;
const handlers = new Map<Command, Set<Handler>>();

export function onCommand(command: Command, handler: Handler): () => void {
  let set = handlers.get(command);
  if (!set) {
    set = new Set();
    handlers.set(command, set);
  }
  set.add(handler);
  return () => set.delete(handler);
}

/** Runs the most recently registered handler; returns false when no view handles it right now. */
export function runCommand(command: Command): boolean {
  const set = handlers.get(command);
  if (!set || set.size === 0) return false;
  const latest = [...set][set.size - 1]!;
  latest();
  return true;
}
