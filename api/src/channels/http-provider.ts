import { OutboundError } from './outbound';

/** The answer of a provider's REST API, read once. */
export interface ProviderAnswer {
  status: number;
  headers: Headers;
  /** Parsed JSON, or undefined when the body is empty or not JSON. */
  body: unknown;
}

/**
 * One request to a provider's REST API with a timeout. A request that never reached the provider or got
 * no answer in time is retryable; the caller turns an answer that says no into plain words.
 */
export async function callProvider(
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
  timeoutMs = 20_000,
): Promise<ProviderAnswer> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    const name = typeof err === 'object' && err !== null && 'name' in err ? err.name : undefined;
    const timedOut = name === 'TimeoutError' || name === 'AbortError';
    throw new OutboundError(
      timedOut
        ? 'the provider did not answer in time; trying again'
        : 'could not reach the provider; trying again',
      true,
    );
  }
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = text.length > 0 ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body };
}
