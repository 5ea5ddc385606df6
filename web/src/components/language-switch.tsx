import type { Locale } from '@webcare/shared';
import { useI18n } from '../i18n/i18n';

const LOCALES: { value: Locale; label: string; name: string }[] = [
  { value: 'nl', label: 'NL', name: 'Nederlands' },
  { value: 'en', label: 'EN', name: 'English' },
];

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <div
      className="lang-switch"
      role="radiogroup"
      aria-label={t('user.language')}
      data-testid="language-switch"
    >
      {LOCALES.map((option) => (
        <button
          key={option.value}
          type="button"
          role="radio"
          aria-checked={locale === option.value}
          className={`lang-switch__option ${locale === option.value ? 'is-selected' : ''}`}
          onClick={() => setLocale(option.value)}
          title={option.name}
          lang={option.value}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
