import { useQuery } from '@tanstack/react-query';
import { fetchSsoInfo, type SsoInfo } from '../api';

/** Single sign-on, when the server has a provider configured; null otherwise (or while unknown). */
export function useSsoInfo(): SsoInfo | null {
  const { data } = useQuery({
    queryKey: ['sso-info'],
    queryFn: ({ signal }) => fetchSsoInfo(signal),
    staleTime: Infinity,
  });
  return data ?? null;
}
