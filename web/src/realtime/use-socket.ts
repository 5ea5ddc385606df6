import { createContext, useContext, useEffect, useRef } from 'react';
import type { ServerToClientEvents } from '@webcare/shared';
import type { AppSocket } from '../socket';

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface RealtimeValue {
  socket: AppSocket | null;
  status: ConnectionStatus;
  /**
   * Increments each time the live connection is made, the first time included: anything that changed
   * between a view's fetch and the connection (or while it was down) is then fetched again.
   */
  connects: number;
}

export const RealtimeContext = createContext<RealtimeValue>({
  socket: null,
  status: 'offline',
  connects: 0,
});

export function useRealtime(): RealtimeValue {
  return useContext(RealtimeContext);
}

/** Subscribe to one server event for as long as the component is mounted; the handler may change freely. */
export function useSocketEvent<E extends keyof ServerToClientEvents>(
  event: E,
  handler: ServerToClientEvents[E],
): void {
  const { socket } = useRealtime();
  const handlerRef = useRef(handler);
  handlerRef.current = handler;

  useEffect(() => {
    if (!socket) return;
    const listener = ((...args: Parameters<ServerToClientEvents[E]>) =>
      (handlerRef.current as (...a: Parameters<ServerToClientEvents[E]>) => void)(...args)) as never;
    socket.on(event, listener);
    return () => {
      socket.off(event, listener);
    };
  }, [socket, event]);
}
