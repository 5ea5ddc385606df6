import { pageLanguage } from './strings';
import { WebcareWidget } from './widget';

/**
 * `<script src="<inbox>/widget.js" data-account="<key>" async></script>`: finds its own tag, learns the
 * inbox's address from it, and puts the chat on the page (once, however often the tag is included).
 */
function boot(): void {
  const script =
    (document.currentScript as HTMLScriptElement | null) ??
    document.querySelector<HTMLScriptElement>('script[data-account][src*="widget.js"]');
  const key = script?.dataset.account;
  if (!script || !key) return;
  const flag = `__webcareWidget_${key}`;
  const scope = window as unknown as Record<string, unknown>;
  if (scope[flag]) return;
  const base = new URL(script.src, location.href).origin;
  scope[flag] = true;
  const start = () => {
    scope[flag] = new WebcareWidget({
      base,
      key,
      language: pageLanguage(script.dataset.lang),
      pageLanguage: pageLanguage(document.documentElement.lang),
    });
  };
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
}

boot();
