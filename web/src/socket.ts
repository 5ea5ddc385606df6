import { io, type Socket } from 'socket.io-client';
import { SOCKET_PATH, type ClientToServerEvents, type ServerToClientEvents } from '@webcare/shared';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** One socket per signed-in session; the token goes in the handshake, as the API expects. */
export function createSocket(token: string): AppSocket {
  return io({
    path: SOCKET_PATH,
    auth: { token },
    transports: ['websocket', 'polling'],
    reconnectionDelay: 1000,
    reconnectionDelayMax: 10_000,
  });
}
