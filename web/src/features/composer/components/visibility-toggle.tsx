import type { Visibility } from '@webcare/shared';
import { useT } from '../../../i18n/i18n';
import { IconGlobePublic, IconLock } from '../../../components/ui/icons';

export interface VisibilityToggleProps {
  value: Visibility;
  allowed: Visibility[];
  onChange: (visibility: Visibility) => void;
}

/** Private or public reply; the public choice always says, in words, that anyone can read it. */
export function VisibilityToggle({ value, allowed, onChange }: VisibilityToggleProps) {
  const t = useT();
  const options: Visibility[] = (['private', 'public'] as const).filter((option) => allowed.includes(option));
  return (
    <div
      className="visibility-toggle"
      role="radiogroup"
      aria-label={t('composer.visibility')}
      data-testid="visibility-toggle"
    >
      {options.map((option) => (
        <button
          key={option}
          type="button"
          role="radio"
          aria-checked={value === option}
          className={`visibility-toggle__option visibility-toggle__option--${option} ${value === option ? 'is-selected' : ''}`}
          onClick={() => onChange(option)}
          disabled={options.length === 1}
          data-testid={`visibility-${option}`}
        >
          {option === 'public' ? <IconGlobePublic size={13} /> : <IconLock size={13} />}
          {option === 'public' ? t('composer.public') : t('composer.private')}
        </button>
      ))}
      <span
        className={`visibility-toggle__hint visibility-toggle__hint--${value}`}
        data-testid="visibility-hint"
      >
        {value === 'public' ? t('composer.publicWarning') : t('composer.privateHint')}
      </span>
    </div>
  );
}
