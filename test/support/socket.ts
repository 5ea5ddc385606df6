import type { ClientToServerEvents, ServerToClientEvents } from '@webcare/shared';
import { io, type Socket } from 'socket.io-client';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A real socket.io client, connected (or rejected) before it is returned. */
export function connectSocket(baseUrl: string, token: string | undefined): Promise<AppSocket> {
  const socket: AppSocket = io(baseUrl, {
    path: '/socket.io',
    auth: token ? { token } : {},
    transports: ['websocket'],
    reconnection: false,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/** Collects every event of one name, for assertions with `waitFor`. */
export function record<E extends keyof ServerToClientEvents>(
  socket: AppSocket,
  event: E,
): Parameters<ServerToClientEvents[E]>[0][] {
  const seen: Parameters<ServerToClientEvents[E]>[0][] = [];
  socket.on(event, ((payload: Parameters<ServerToClientEvents[E]>[0]) => seen.push(payload)) as never);
  return seen;
}
