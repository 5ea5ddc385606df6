import type {
  EvaluationReport,
  GoalItem,
  GoalList,
  Locale,
  TopicReport,
  TopicReportGroup,
} from '@webcare/shared';
import { ApiError, apiRequest, getToken } from '../../api/client';

export interface Period {
  from: string;
  to: string;
}

export function fetchTopicReport(
  period: Period,
  groupBy: TopicReportGroup,
  lang: Locale,
  signal?: AbortSignal,
): Promise<TopicReport> {
  return apiRequest<TopicReport>('/api/reports/topics', { query: { ...period, groupBy, lang }, signal });
}

export function fetchGoals(signal?: AbortSignal): Promise<GoalList> {
  return apiRequest<GoalList>('/api/goals', { signal });
}

export function saveGoals(items: GoalItem[]): Promise<GoalList> {
  return apiRequest<GoalList>('/api/goals', { method: 'PUT', body: { items } });
}

export function fetchEvaluation(
  period: Period,
  lang: Locale,
  signal?: AbortSignal,
): Promise<EvaluationReport> {
  return apiRequest<EvaluationReport>('/api/reports/evaluation', { query: { ...period, lang }, signal });
}

/** Downloads with the bearer token (so not a plain link) and saves under `name`. */
async function download(path: string, query: Record<string, string>, name: string): Promise<void> {
  const response = await fetch(`${path}?${new URLSearchParams(query).toString()}`, {
    headers: { Authorization: `Bearer ${getToken() ?? ''}` },
  });
  if (!response.ok) throw new ApiError(response.status, response.statusText);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

export function downloadTopicsCsv(period: Period, groupBy: TopicReportGroup, lang: Locale): Promise<void> {
  return download(
    '/api/reports/topics.csv',
    { ...period, groupBy, lang },
    `${lang === 'nl' ? 'onderwerpen' : 'topics'}-${period.from.slice(0, 10)}.csv`,
  );
}

export function downloadEvaluationPdf(period: Period, lang: Locale): Promise<void> {
  return download(
    '/api/reports/evaluation',
    { ...period, lang, format: 'pdf' },
    `${lang === 'nl' ? 'evaluatie' : 'evaluation'}-${period.from.slice(0, 10)}.pdf`,
  );
}
