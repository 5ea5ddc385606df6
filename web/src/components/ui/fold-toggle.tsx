import type { ButtonHTMLAttributes } from 'react';
import { IconButton } from './button';
import { IconChevronDown } from './icons';

interface FoldToggleProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onToggle'> {
  expanded: boolean;
  /** The id of the part it folds. */
  controls: string;
  /** What the button says it will do: show or hide. */
  label: string;
  onToggle: () => void;
}

/** The chevron that folds a card's details away and back (the card's CSS turns it when expanded). */
export function FoldToggle({ expanded, controls, label, onToggle, ...rest }: FoldToggleProps) {
  return (
    <IconButton
      size="sm"
      label={label}
      icon={<IconChevronDown size={16} />}
      aria-expanded={expanded}
      aria-controls={controls}
      onClick={onToggle}
      {...rest}
    />
  );
}
