import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { createSocket, type AppSocket } from '../socket';
import { RealtimeContext, type ConnectionStatus } from './use-socket';

export function RealtimeProvider({ token, children }: { token: string; children: ReactNode }) {
  const [socket, setSocket] = useState<AppSocket | null>(null);
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const [connects, setConnects] = useState(0);

  useEffect(() => {
    const next = createSocket(token);
    let wasConnected = false;
    const onConnect = () => {
      setStatus('connected');
      setConnects((count) => count + 1);
      wasConnected = true;
    };
    const onDisconnect = () => setStatus('reconnecting');
    const onError = () => setStatus(wasConnected ? 'reconnecting' : 'offline');
    next.on('connect', onConnect);
    next.on('disconnect', onDisconnect);
    next.on('connect_error', onError);
    next.io.on('reconnect_attempt', () => setStatus('reconnecting'));
    setSocket(next);
    return () => {
      next.removeAllListeners();
      next.io.removeAllListeners();
      next.disconnect();
      setSocket(null);
    };
  }, [token]);

  const value = useMemo(() => ({ socket, status, connects }), [socket, status, connects]);
  return <RealtimeContext.Provider value={value}>{children}</RealtimeContext.Provider>;
}
