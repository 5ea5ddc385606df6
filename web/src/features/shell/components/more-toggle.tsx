import { useEffect, useRef } from 'react';
import { useT } from '../../../i18n/i18n';
import { IconMore } from '../../../components/ui/icons';
import '../shell.css';

export interface MoreToggleProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The id of the panel it shows. */
  controls: string;
  /** The current page is one of the sections under "more". */
  active: boolean;
}

/**
 * Phone width only (CSS): the last button of the bottom bar, which shows the other sections (settings,
 * pages opened now and then) and the rail's tools. Closes on Esc (focus back here), a click outside, or
 * moving to another page.
 */
export function MoreToggle({ open, onOpenChange, controls, active }: MoreToggleProps) {
  const t = useT();
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const panel = document.getElementById(controls);
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel?.contains(target) && !button.current?.contains(target)) onOpenChange(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      onOpenChange(false);
      button.current?.focus();
    };
    const onNavigate = () => onOpenChange(false);
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    window.addEventListener('hashchange', onNavigate);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('hashchange', onNavigate);
    };
  }, [open, controls, onOpenChange]);

  return (
    <button
      ref={button}
      type="button"
      className={`nav__item nav__more-toggle ${active ? 'is-active' : ''}`}
      aria-expanded={open}
      aria-controls={controls}
      onClick={() => onOpenChange(!open)}
      data-testid="nav-more"
    >
      <IconMore size={19} />
      <span className="nav__label">{t('nav.more')}</span>
    </button>
  );
}
