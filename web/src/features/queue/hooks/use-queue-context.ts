import { createContext, useContext } from 'react';
import type { QueueFiltersState } from './use-queue-filters';
import type { QueueController } from './use-queue';

export interface QueueContextValue {
  queue: QueueController;
  filters: QueueFiltersState;
  /** The row the keyboard cursor (j/k) is on; Enter opens it. */
  cursorId: string | null;
  setCursorId: (id: string | null) => void;
  openId: string | null;
  open: (id: string | null) => void;
}

export const QueueContext = createContext<QueueContextValue | null>(null);

export function useQueueContext(): QueueContextValue {
  const value = useContext(QueueContext);
  if (!value) throw new Error('useQueueContext must be used inside the inbox');
  return value;
}
