import type { MessageTemplateView } from '@webcare/shared';
import type { TokenFor } from '../graph-client';
import { callProvider } from '../http-provider';
import { OutboundError } from '../outbound';
import { isObject } from '../parse-util';

/** `{{1}}`, `{{2}}`… in a template body. */
const PLACEHOLDER = /\{\{\s*(\d+)\s*\}\}/g;

/** One entry of `GET /{waba_id}/message_templates` as the console shows it; undefined unless approved. */
export function templateView(raw: unknown): MessageTemplateView | undefined {
  if (!isObject(raw) || raw.status !== 'APPROVED') return undefined;
  if (typeof raw.name !== 'string' || typeof raw.language !== 'string') return undefined;
  const components = Array.isArray(raw.components) ? raw.components.filter(isObject) : [];
  const body = components.find((c) => c.type === 'BODY');
  const text = typeof body?.text === 'string' ? body.text : '';
  const positions = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) positions.add(match[1]);
  return {
    name: raw.name,
    language: raw.language,
    category: typeof raw.category === 'string' ? raw.category : 'UTILITY',
    text,
    variables: [...positions].sort((a, b) => Number(a) - Number(b)),
  };
}

/** The body with the variables filled in, as the person will read it (and as the inbox records it). */
export function renderTemplate(template: MessageTemplateView, variables: readonly string[]): string {
  return template.text.replace(PLACEHOLDER, (whole, position: string) => {
    const value = variables[Number(position) - 1];
    return value === undefined ? whole : value;
  });
}

/**
 * Reads the approved message templates of a WhatsApp Business Account from the Graph API:
 * `GET {base}/{waba_id}/message_templates?fields=name,language,status,category,components&limit=100`,
 * following `paging.next` up to 10 pages.
 */
export async function fetchApprovedTemplates(
  baseUrl: string,
  businessAccountId: string,
  tokenFor: TokenFor,
): Promise<MessageTemplateView[]> {
  let token: string;
  try {
    token = await tokenFor(businessAccountId);
  } catch {
    throw new OutboundError('no WhatsApp access token is set to read the templates', false);
  }
  const base = baseUrl.replace(/\/+$/, '');
  let url: string | undefined =
    `${base}/${encodeURIComponent(businessAccountId)}/message_templates?fields=name,language,status,category,components&limit=100`;
  const items: MessageTemplateView[] = [];
  for (let page = 0; url && page < 10; page++) {
    const answer = await callProvider(url, {
      method: 'GET',
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    });
    if (answer.status < 200 || answer.status >= 300 || !isObject(answer.body)) {
      const error = isObject(answer.body) && isObject(answer.body.error) ? answer.body.error : undefined;
      throw new OutboundError(
        answer.status === 401 || error?.code === 190
          ? 'the WhatsApp access token expired or was revoked; templates cannot be read'
          : 'WhatsApp did not give the templates; try again shortly',
        answer.status >= 500,
      );
    }
    const data = Array.isArray(answer.body.data) ? answer.body.data : [];
    for (const raw of data) {
      const view = templateView(raw);
      if (view) items.push(view);
    }
    const paging = isObject(answer.body.paging) ? answer.body.paging : undefined;
    url = typeof paging?.next === 'string' && paging.next.startsWith(base) ? paging.next : undefined;
  }
  return items;
}
