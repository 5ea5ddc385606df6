import type { TriageFlag } from '../../contract/triage';
import type { Analysis } from '../analysis';
import { makeFlag, spansOf } from './flag';

/**
 * Explicit media: an image or video from the sender whose text or context is sexual (sexual words,
 * flirting emoji, asking for pictures back, secrecy about the picture). The console blurs it until an
 * agent chooses to look; sexual images of minors are never downloaded, stored or forwarded.
 */
export function detectExplicitMedia(a: Analysis): TriageFlag | null {
  if (a.draft) return null;
  const visual = (a.context.attachments ?? []).some((x) => x.type === 'image' || x.type === 'video');
  if (!visual) return null;
  const hits = a.hits('explicit');
  if (hits.length === 0) return null;
  return makeFlag('explicit_media', 'high', spansOf(a, hits), {
    nl: 'Afbeelding of video met seksuele context: eerst vervaagd tonen, niet downloaden of doorsturen.',
    en: 'Image or video with a sexual context: shown blurred; do not download or forward it.',
  });
}
