import { useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { useT } from '../../../i18n/i18n';
import { widgetSnippet } from '../lib/widget-form';

/** The script tag to paste into the site, with a copy button (the console and /widget.js share an origin). */
export function WidgetSnippet({ accountKey }: { accountKey: string }) {
  const t = useT();
  const code = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const snippet = widgetSnippet(window.location.origin, accountKey);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied('yes');
    } catch {
      // No clipboard (an http address, or refused): select the text so Ctrl+C takes it.
      const range = document.createRange();
      if (code.current) range.selectNodeContents(code.current);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      setCopied('no');
    }
  };

  return (
    <div className="widgets__snippet" data-testid="widget-snippet">
      <span className="field__label">{t('widgets.snippet')}</span>
      <p className="widgets__hint">{t('widgets.snippetHint')}</p>
      <pre className="widgets__code">
        <code ref={code} data-testid="widget-snippet-code">
          {snippet}
        </code>
      </pre>
      <div className="widgets__buttons">
        <Button size="sm" onClick={() => void copy()} data-testid="widget-snippet-copy">
          {t('widgets.copy')}
        </Button>
        <span role="status" className="widgets__hint" data-testid="widget-snippet-copied">
          {copied === 'yes' ? t('widgets.copied') : copied === 'no' ? t('widgets.copySelected') : ''}
        </span>
      </div>
    </div>
  );
}
