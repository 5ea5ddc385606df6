import { useEffect, useState } from 'react';
import { fetchDemoInfo, type DemoInfo } from '../api';

/** The demo accounts, when the server runs in demo mode; null otherwise (or while unknown). */
export function useDemoInfo(): DemoInfo | null {
  const [info, setInfo] = useState<DemoInfo | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void fetchDemoInfo(controller.signal).then((result) => {
      if (!controller.signal.aborted) setInfo(result);
    });
    return () => controller.abort();
  }, []);
  return info;
}
