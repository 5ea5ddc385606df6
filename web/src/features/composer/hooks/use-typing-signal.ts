import { useEffect, useRef } from 'react';
import { useRealtime } from '../../../realtime/use-socket';

const IDLE_MS = 3000;

/** Lets colleagues viewing the same conversation see that someone is typing an answer. */
export function useTypingSignal(conversationId: string, text: string): void {
  const { socket } = useRealtime();
  const typing = useRef(false);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!socket) return;
    if (!text) {
      // Sent or cleared: stop showing "typing" at once rather than after the idle time.
      if (typing.current) socket.emit('conversation.typing', { conversationId, typing: false });
      typing.current = false;
      return;
    }
    if (!typing.current) {
      typing.current = true;
      socket.emit('conversation.typing', { conversationId, typing: true });
    }
    const timer = window.setTimeout(() => {
      typing.current = false;
      socket.emit('conversation.typing', { conversationId, typing: false });
    }, IDLE_MS);
    return () => window.clearTimeout(timer);
  }, [socket, conversationId, text]);

  useEffect(
    () => () => {
      if (typing.current) socket?.emit('conversation.typing', { conversationId, typing: false });
      typing.current = false;
    },
    [socket, conversationId],
  );
}
