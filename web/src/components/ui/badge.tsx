import type { HTMLAttributes, ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'public' | 'note';

export interface BadgeProps extends HTMLAttributes<HTMLSpanElement> {
  tone?: BadgeTone;
  icon?: ReactNode;
  solid?: boolean;
}

export function Badge({ tone = 'neutral', icon, solid, className, children, ...rest }: BadgeProps) {
  const classes = ['badge', `badge--${tone}`, solid ? 'badge--solid' : '', className]
    .filter(Boolean)
    .join(' ');
  return (
    <span className={classes} {...rest}>
      {icon}
      {children}
    </span>
  );
}
