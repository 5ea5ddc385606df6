import { useSyncExternalStore } from 'react';
import { readMuted, writeMuted } from './beep';

/** Whether the beep for urgent escalations and new crises is off; one setting for the whole console, kept per browser. */
let muted = readMuted();
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setMuted(next: boolean): void {
  writeMuted(next);
  muted = next;
  listeners.forEach((listener) => listener());
}

export function isMuted(): boolean {
  return muted;
}

export function useMuted(): [boolean, (next: boolean) => void] {
  return [useSyncExternalStore(subscribe, isMuted), setMuted];
}
