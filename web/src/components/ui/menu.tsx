import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface MenuProps {
  /** Renders the trigger; spread the given props onto a button. */
  trigger: (props: { onClick: () => void; 'aria-expanded': boolean; 'aria-haspopup': 'menu' }) => ReactNode;
  children: (close: () => void) => ReactNode;
  align?: 'start' | 'end';
  placement?: 'below' | 'above' | 'right';
  label: string;
}

/** A small popover menu that closes on outside click, Esc, or after an item is chosen. */
export function Menu({ trigger, children, align = 'start', placement = 'below', label }: MenuProps) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    function onPointer(event: MouseEvent) {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    }
    function onKey(event: KeyboardEvent) {
      if (event.key === 'Escape') {
        event.stopPropagation();
        setOpen(false);
      }
    }
    document.addEventListener('mousedown', onPointer);
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('mousedown', onPointer);
      document.removeEventListener('keydown', onKey, true);
    };
  }, [open]);

  useEffect(() => {
    if (open) rootRef.current?.querySelector<HTMLElement>('[role="menu"] button')?.focus();
  }, [open]);

  const close = () => setOpen(false);
  return (
    <div className="menu-root" ref={rootRef}>
      {trigger({ onClick: () => setOpen((value) => !value), 'aria-expanded': open, 'aria-haspopup': 'menu' })}
      {open && (
        <div className={`menu menu--${align} menu--${placement}`} role="menu" aria-label={label}>
          {children(close)}
        </div>
      )}
    </div>
  );
}

export interface MenuItemProps {
  onSelect: () => void;
  children: ReactNode;
  icon?: ReactNode;
  checked?: boolean;
  hint?: ReactNode;
  disabled?: boolean;
}

export function MenuItem({ onSelect, children, icon, checked, hint, disabled }: MenuItemProps) {
  return (
    <button
      type="button"
      role={checked === undefined ? 'menuitem' : 'menuitemradio'}
      aria-checked={checked}
      className="menu__item"
      onClick={onSelect}
      disabled={disabled}
    >
      <span className="menu__icon">{icon}</span>
      <span className="menu__text">{children}</span>
      {hint && <span className="menu__hint">{hint}</span>}
    </button>
  );
}

export function MenuSeparator() {
  return <div className="menu__separator" role="separator" />;
}

export function MenuLabel({ children }: { children: ReactNode }) {
  return <div className="menu__label">{children}</div>;
}
