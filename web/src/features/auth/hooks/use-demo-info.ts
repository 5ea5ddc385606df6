import { useQuery } from '@tanstack/react-query';
import { fetchDemoInfo, type DemoInfo } from '../api';

/** The demo accounts, when the server runs in demo mode; null otherwise (or while unknown). */
export function useDemoInfo(): DemoInfo | null {
  const { data } = useQuery({
    queryKey: ['demo-info'],
    queryFn: ({ signal }) => fetchDemoInfo(signal),
    staleTime: Infinity,
  });
  return data ?? null;
}
