import { useId, type ReactElement, type ReactNode } from 'react';

export interface TooltipProps {
  content: ReactNode;
  children: ReactElement;
  placement?: 'top' | 'bottom';
}

/**
 * A CSS-only tooltip that shows on hover and on keyboard focus within; the content is also linked as the
 * description of the wrapped element for screen readers.
 */
export function Tooltip({ content, children, placement = 'top' }: TooltipProps) {
  const id = useId();
  return (
    <span className={`tooltip-host tooltip-host--${placement}`} aria-describedby={id}>
      {children}
      <span role="tooltip" id={id} className="tooltip">
        {content}
      </span>
    </span>
  );
}
