import type { Locale, TriageFlag } from '@webcare/shared';
import { useI18n } from '../i18n/i18n';
import { segmentText } from '../lib/evidence';
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
  const segments = segmentText(text, flags);
  return (
    <>
      {segments.map((segment) =>
        segment.flag ? (
          <mark
            key={segment.start}
            className={`evidence flag--${segment.flag.code}`}
            data-flag={segment.flag.code}
            data-testid="evidence"
            title={segment.flags
              .map((flag) => `${i18n.t(`flag.${flag.code}`)}: ${flag.reason[lang]}`)
              .join('\n')}
          >
            {segment.text}
          </mark>
        ) : (
          <span key={segment.start}>
            {splitLinks(segment.text).map((part, index) =>
              part.href ? (
                <span key={index} className="safe-link">
                  <a
                    href={part.href}
                    target="_blank"
                    rel="noopener noreferrer nofollow"
                    data-testid="message-link"
                  >
                    {part.text}
                  </a>{' '}
                  <span className="safe-link__domain" data-testid="message-link-domain">
                    ({part.domain})
                  </span>
                </span>
              ) : (
                part.text
              ),
            )}
          </span>
        ),
      )}
    </>
  );
}
