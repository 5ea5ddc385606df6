import type { Locale, TriageFlag } from '@webcare/shared';
import { useI18n } from '../i18n/i18n';
import { segmentText, type TextSegment } from '../lib/evidence';
import { splitLinks } from '../lib/safe-links';

export interface EvidenceTextProps {
  text: string;
  flags: readonly TriageFlag[];
  /** Override the reason language; defaults to the console language. */
  locale?: Locale;
}

/** Message text with the words that raised a flag marked in that flag's colour, underlined, with the reason. */
export function EvidenceText({ text, flags, locale }: EvidenceTextProps) {
  const i18n = useI18n();
  const lang = locale ?? i18n.locale;
  const pieces = linkedSegments(text, flags);
  const mark = (segment: TextSegment<TriageFlag>, key: number) =>
    segment.flag ? (
      <mark
        key={key}
        className={`evidence flag--${segment.flag.code}`}
        data-flag={segment.flag.code}
        data-testid="evidence"
        title={segment.flags.map((flag) => `${i18n.t(`flag.${flag.code}`)}: ${flag.reason[lang]}`).join('\n')}
      >
        {segment.text}
      </mark>
    ) : (
      <span key={key}>{segment.text}</span>
    );
  return (
    <>
      {pieces.map((piece) =>
        piece.link ? (
          <span key={piece.start} className="safe-link">
            <a
              href={piece.link.href}
              target="_blank"
              rel="noopener noreferrer nofollow"
              data-testid="message-link"
            >
              {piece.segments.map(mark)}
            </a>{' '}
            <span className="safe-link__domain" data-testid="message-link-domain">
              ({piece.link.domain})
            </span>
          </span>
        ) : (
          <span key={piece.start}>{piece.segments.map(mark)}</span>
        ),
      )}
    </>
  );
}

interface Piece {
  start: number;
  link: { href: string; domain: string } | null;
  segments: TextSegment<TriageFlag>[];
}

/** The evidence segments grouped by link: a link stays one anchor even where evidence marks part of it. */
function linkedSegments(text: string, flags: readonly TriageFlag[]): Piece[] {
  const ranges: Piece[] = [];
  let offset = 0;
  for (const part of splitLinks(text)) {
    ranges.push({
      start: offset,
      link: part.href ? { href: part.href, domain: part.domain ?? '' } : null,
      segments: [],
    });
    offset += part.text.length;
  }
  const ends = ranges.map((_range, index) => ranges[index + 1]?.start ?? text.length);
  for (const segment of segmentText(text, flags)) {
    let from = segment.start;
    const to = segment.start + segment.text.length;
    ranges.forEach((range, index) => {
      const end = ends[index]!;
      if (from >= to || end <= from || range.start >= to) return;
      const cut = Math.min(end, to);
      range.segments.push({ ...segment, start: from, text: text.slice(from, cut) });
      from = cut;
    });
  }
  return ranges;
}
