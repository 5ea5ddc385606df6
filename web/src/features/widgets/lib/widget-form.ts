import type { WidgetAccount, WidgetAccountInput, WidgetLanguage } from '@webcare/shared';
import { isApiError } from '../../../api/client';

/** The form as typed: the allowed origins one per line, empty privacy notices for the standard wording. */
export interface WidgetDraft {
  key: string;
  name: string;
  origins: string;
  language: WidgetLanguage;
  primaryColor: string;
  textColor: string;
  privacyNl: string;
  privacyEn: string;
}

export type WidgetField = keyof WidgetDraft;

/** The widget's own defaults (web/widget and the migration), for a new account. */
export const EMPTY_DRAFT: WidgetDraft = {
  key: '',
  name: '',
  origins: '',
  language: 'nl',
  primaryColor: '#0f766e',
  textColor: '#ffffff',
  privacyNl: '',
  privacyEn: '',
};

/** A key suggested from the name ("Kliniek West" → "kliniek-west"), until the admin types one. */
export function keyFromName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

export function toDraft(account: WidgetAccount): WidgetDraft {
  return {
    key: account.key,
    name: account.name,
    origins: account.allowedOrigins.join('\n'),
    language: account.language,
    primaryColor: account.primaryColor,
    textColor: account.textColor,
    privacyNl: account.privacyNl ?? '',
    privacyEn: account.privacyEn ?? '',
  };
}

/** One origin per line; blank lines and a trailing slash (pasted from the address bar) are dropped. */
export function parseOrigins(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/\/+$/, ''))
    .filter(Boolean);
}

export function fromDraft(draft: WidgetDraft): WidgetAccountInput {
  return {
    name: draft.name.trim(),
    allowedOrigins: parseOrigins(draft.origins),
    language: draft.language,
    primaryColor: draft.primaryColor.toLowerCase(),
    textColor: draft.textColor.toLowerCase(),
    privacyNl: draft.privacyNl.trim() || null,
    privacyEn: draft.privacyEn.trim() || null,
  };
}

// The API's rules (api/src/webchat): checked here too, so the admin reads them before saving.
const KEY = /^[A-Za-z0-9_-]{1,64}$/;
const ORIGIN = /^(\*|https?:\/\/[a-z0-9.-]+(:\d{1,5})?)$/i;
const COLOR = /^#[0-9a-fA-F]{6}$/;
const PRIVACY_LIMIT = 2000;

/** What is wrong per field, as the console's message keys. */
export type DraftProblems = Partial<Record<WidgetField, WidgetProblem>>;
export type WidgetProblem =
  | 'widgets.invalid.key'
  | 'widgets.invalid.keyTaken'
  | 'widgets.invalid.name'
  | 'widgets.invalid.origins'
  | 'widgets.invalid.originsEmpty'
  | 'widgets.invalid.color'
  | 'widgets.invalid.privacy'
  | 'widgets.invalid.language';

/** `takenKeys`: the keys of other accounts, for a new one (saving under one would replace it). */
export function validateDraft(draft: WidgetDraft, takenKeys: readonly string[] = []): DraftProblems {
  const problems: DraftProblems = {};
  if (!KEY.test(draft.key)) problems.key = 'widgets.invalid.key';
  else if (takenKeys.includes(draft.key)) problems.key = 'widgets.invalid.keyTaken';
  const name = draft.name.trim();
  if (name.length < 1 || name.length > 120) problems.name = 'widgets.invalid.name';
  const origins = parseOrigins(draft.origins);
  if (origins.length === 0) problems.origins = 'widgets.invalid.originsEmpty';
  else if (origins.length > 50 || origins.some((origin) => !ORIGIN.test(origin))) {
    problems.origins = 'widgets.invalid.origins';
  }
  if (!COLOR.test(draft.primaryColor)) problems.primaryColor = 'widgets.invalid.color';
  if (!COLOR.test(draft.textColor)) problems.textColor = 'widgets.invalid.color';
  if (draft.privacyNl.trim().length > PRIVACY_LIMIT) problems.privacyNl = 'widgets.invalid.privacy';
  if (draft.privacyEn.trim().length > PRIVACY_LIMIT) problems.privacyEn = 'widgets.invalid.privacy';
  return problems;
}

/** The API's field names in its validation messages, and the form field each belongs to. */
const API_FIELDS: Record<string, WidgetField> = {
  key: 'key',
  name: 'name',
  allowedOrigins: 'origins',
  language: 'language',
  primaryColor: 'primaryColor',
  textColor: 'textColor',
  privacyNl: 'privacyNl',
  privacyEn: 'privacyEn',
};

const PROBLEM_OF: Record<WidgetField, WidgetProblem> = {
  key: 'widgets.invalid.key',
  name: 'widgets.invalid.name',
  origins: 'widgets.invalid.origins',
  language: 'widgets.invalid.language',
  primaryColor: 'widgets.invalid.color',
  textColor: 'widgets.invalid.color',
  privacyNl: 'widgets.invalid.privacy',
  privacyEn: 'widgets.invalid.privacy',
};

/**
 * The fields a 400 from the API names. Its validation messages are joined with "; " and each starts
 * with the field's name ("primaryColor must be #rrggbb", "each value in allowedOrigins …"); the words
 * shown are the console's own, in its language.
 */
export function problemsOfApiError(error: unknown): DraftProblems {
  if (!isApiError(error, 400)) return {};
  const problems: DraftProblems = {};
  for (const part of error.message.split('; ')) {
    const name = /^(?:each value in )?([A-Za-z]+)\b/.exec(part.trim())?.[1];
    const field = name ? API_FIELDS[name] : undefined;
    if (field) problems[field] = PROBLEM_OF[field];
  }
  return problems;
}

/** The script tag an organisation pastes into its site (web/widget/main.ts reads `data-account`). */
export function widgetSnippet(base: string, key: string): string {
  return `<script src="${base.replace(/\/+$/, '')}/widget.js" data-account="${key}" async></script>`;
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours (1 to 21), or null when either is not one. */
export function contrastRatio(a: string, b: string): number | null {
  if (!COLOR.test(a) || !COLOR.test(b)) return null;
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG AA for normal text: the widget's header and messages are normal-sized text on the primary colour. */
export const AA_CONTRAST = 4.5;
