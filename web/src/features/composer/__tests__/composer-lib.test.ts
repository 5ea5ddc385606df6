import { describe, expect, it } from 'vitest';
import { readDraft, writeDraft } from '../lib/drafts';
import { classify } from '@webcare/shared/triage';
import { runDraftCheck } from '../hooks/use-draft-check';

describe('drafts', () => {
  it('keeps a reply and a note per conversation', () => {
    writeDraft('c1', 'reply', 'Dag Kees');
    writeDraft('c1', 'note', 'Terugbellen morgen');
    expect(readDraft('c1', 'reply')).toBe('Dag Kees');
    expect(readDraft('c1', 'note')).toBe('Terugbellen morgen');
    expect(readDraft('c2', 'reply')).toBe('');
  });
});

describe('runDraftCheck', () => {
  it('stops an identifier from going out in public', () => {
    const check = runDraftCheck('Dag Gerda, uw BSN 111222333 staat genoteerd.', 'facebook_comment', classify);
    expect(check.risky).toBe(true);
    expect(check.flags.map((flag) => flag.code)).toContain('pii_public');
  });

  it('lets an ordinary answer through', () => {
    expect(runDraftCheck('De informatieavond begint om 19.30 uur.', 'facebook_comment', classify).risky).toBe(
      false,
    );
    expect(runDraftCheck('   ', 'facebook_comment', classify)).toMatchObject({ risky: false, flags: [] });
  });
});
