import { useLayoutEffect, useRef } from 'react';

const NEAR_BOTTOM_PX = 120;

/** Scroll to the newest message on open, and follow new ones while the agent is at the bottom. */
export function useStickToBottom<T extends HTMLElement>(key: string, count: number) {
  const ref = useRef<T>(null);
  const lastKey = useRef<string | null>(null);
  const atBottom = useRef(true);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (lastKey.current !== key || atBottom.current) element.scrollTop = element.scrollHeight;
    lastKey.current = key;
  }, [key, count]);

  const onScroll = () => {
    const element = ref.current;
    if (!element) return;
    atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < NEAR_BOTTOM_PX;
  };

  return { ref, onScroll };
}
