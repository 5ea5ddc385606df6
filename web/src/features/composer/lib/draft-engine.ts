import type { classify } from '@webcare/shared/triage';

export type Classify = typeof classify;

/**
 * The triage engine with its learned model (about a megabyte), loaded the first time a composer asks
 * for it rather than with the console: agents who only read never download it.
 */
let loading: Promise<Classify> | null = null;

export function loadDraftEngine(): Promise<Classify> {
  loading ??= import('./engine').then((engine) => engine.classify);
  return loading;
}
