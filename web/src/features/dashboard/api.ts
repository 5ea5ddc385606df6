import type {
  BreachList,
  QueueHealth,
  ReportGroupBy,
  ResponseTimeReport,
  SlaPolicySet,
} from '@webcare/shared';
import { ApiError, apiRequest, getToken } from '../../api/client';

export interface Period {
  from: string;
  to: string;
}

export function fetchQueueHealth(signal?: AbortSignal): Promise<QueueHealth> {
  return apiRequest<QueueHealth>('/api/reports/queue-health', { signal });
}

export function fetchResponseTimes(
  period: Period,
  groupBy: ReportGroupBy | null,
  signal?: AbortSignal,
): Promise<ResponseTimeReport> {
  return apiRequest<ResponseTimeReport>('/api/reports/response-times', {
    query: { ...period, groupBy },
    signal,
  });
}

export const BREACH_PAGE = 25;

export function fetchBreaches(period: Period, signal?: AbortSignal, offset = 0): Promise<BreachList> {
  return apiRequest<BreachList>('/api/reports/breaches', {
    query: { ...period, limit: BREACH_PAGE, offset },
    signal,
  });
}

/** Downloads the per-conversation CSV (with the bearer token, so not a plain link). */
export async function downloadResponseTimesCsv(period: Period): Promise<void> {
  const params = new URLSearchParams({ from: period.from, to: period.to });
  const response = await fetch(`/api/reports/response-times.csv?${params.toString()}`, {
    headers: { Authorization: `Bearer ${getToken() ?? ''}` },
  });
  if (!response.ok) throw new ApiError(response.status, response.statusText);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `response-times-${period.from.slice(0, 10)}-${period.to.slice(0, 10)}.csv`;
  link.click();
  URL.revokeObjectURL(url);
}

export function fetchSlaSettings(signal?: AbortSignal): Promise<SlaPolicySet> {
  return apiRequest<SlaPolicySet>('/api/sla/policies', { signal });
}

export function saveSlaSettings(settings: SlaPolicySet): Promise<SlaPolicySet> {
  return apiRequest<SlaPolicySet>('/api/sla/policies', { method: 'PUT', body: settings });
}
