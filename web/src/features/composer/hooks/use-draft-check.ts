import { useEffect, useState } from 'react';
import type { Channel, TriageFlag } from '@webcare/shared';
import { loadDraftEngine, type Classify } from '../lib/draft-engine';

/** Flags that must stop an agent from posting a draft in public without a second thought. */
export const PUBLIC_RISK_FLAGS = new Set<TriageFlag['code']>([
  'pii_public',
  'medical_public',
  'medical_advice',
  'client_confidentiality',
]);

const DEBOUNCE_MS = 250;

export interface DraftCheck {
  /** What the engine found in the draft (evidence offsets point into the draft text). */
  flags: TriageFlag[];
  /** The draft text those flags belong to (the check lags the typing by the debounce). */
  checkedText: string;
  /** Something in the draft should not be posted in public. */
  risky: boolean;
}

const CLEAN: DraftCheck = { flags: [], checkedText: '', risky: false };

/** The same engine that classifies inbound messages on the server, run here on the agent's draft. */
export function runDraftCheck(text: string, channel: Channel, classify: Classify): DraftCheck {
  if (!text.trim()) return { ...CLEAN, checkedText: text };
  try {
    const result = classify(text, { channel, visibility: 'public', draft: true });
    const flags = result.flags.filter((flag) => PUBLIC_RISK_FLAGS.has(flag.code));
    return { flags, checkedText: text, risky: flags.length > 0 };
  } catch {
    return { ...CLEAN, checkedText: text };
  }
}

/** Checks a public draft while the agent types (debounced); private replies and notes are not checked. */
export function useDraftCheck(text: string, channel: Channel, enabled: boolean): DraftCheck {
  const [check, setCheck] = useState<DraftCheck>(CLEAN);
  const [classify, setClassify] = useState<Classify | null>(null);

  useEffect(() => {
    if (!enabled || classify) return;
    let current = true;
    void loadDraftEngine().then((engine) => {
      if (current) setClassify(() => engine);
    });
    return () => {
      current = false;
    };
  }, [enabled, classify]);

  useEffect(() => {
    if (!enabled || !classify) {
      setCheck(CLEAN);
      return;
    }
    const timer = window.setTimeout(() => setCheck(runDraftCheck(text, channel, classify)), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, channel, enabled, classify]);

  return enabled ? check : CLEAN;
}
