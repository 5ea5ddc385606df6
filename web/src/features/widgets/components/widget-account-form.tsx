import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WidgetAccount, WidgetLanguage } from '@webcare/shared';
import { Button } from '../../../components/ui/button';
import { InlineAlert } from '../../../components/ui/inline-alert';
import { useT } from '../../../i18n/i18n';
import { errorMessage } from '../../../lib/errors';
import { saveWidgetAccount } from '../api';
import {
  AA_CONTRAST,
  contrastRatio,
  type DraftProblems,
  EMPTY_DRAFT,
  fromDraft,
  keyFromName,
  problemsOfApiError,
  toDraft,
  validateDraft,
  type WidgetDraft,
  type WidgetField,
} from '../lib/widget-form';
import { WidgetSnippet } from './widget-snippet';

// The widget's own launcher icon (web/widget/widget.ts), so the preview looks like the real thing.
const CHAT_ICON =
  'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-5 4V5a2 2 0 0 1 1-2zm3 6v2h2V9H7zm4 0v2h2V9h-2zm4 0v2h2V9h-2z';
const COLOR = /^#[0-9a-fA-F]{6}$/;

export interface WidgetAccountFormProps {
  /** null: a new account. */
  account: WidgetAccount | null;
  takenKeys: readonly string[];
  onSaved: (account: WidgetAccount) => void;
  onClose: () => void;
  /** Just saved (a new account opens again as itself, with its script tag). */
  saved?: boolean;
}

/** One widget account: name, key, sites, language, colours with a live preview, privacy notice. */
export function WidgetAccountForm({
  account,
  takenKeys,
  onSaved,
  onClose,
  saved = false,
}: WidgetAccountFormProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const formId = useId();
  const [draft, setDraft] = useState<WidgetDraft>(account ? toDraft(account) : EMPTY_DRAFT);
  const [keyTyped, setKeyTyped] = useState(account !== null);
  const [problems, setProblems] = useState<DraftProblems>({});
  const [dirty, setDirty] = useState(false);
  const isNew = account === null;

  const save = useMutation({
    mutationFn: () => saveWidgetAccount(draft.key, fromDraft(draft)),
    onSuccess: async (result) => {
      setDirty(false);
      await queryClient.invalidateQueries({ queryKey: ['widget-accounts'] });
      onSaved(result);
    },
    onError: (error) => setProblems(problemsOfApiError(error)),
  });

  const set = <F extends WidgetField>(field: F, value: WidgetDraft[F]) => {
    setDirty(true);
    setDraft((current) => {
      const next = { ...current, [field]: value };
      if (field === 'name' && !keyTyped) next.key = keyFromName(String(value));
      return next;
    });
    if (problems[field] || (field === 'name' && problems.key)) {
      setProblems(({ [field]: _fixed, ...rest }) => rest);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateDraft(draft, isNew ? takenKeys : []);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      // The first field with a problem takes the focus, so a keyboard or screen-reader user lands on it.
      const first = Object.keys(found)[0];
      document.getElementById(`${formId}-${first}`)?.focus();
      return;
    }
    save.mutate();
  };

  const ratio = contrastRatio(draft.primaryColor, draft.textColor);
  const fieldProps = (field: WidgetField) => ({
    id: `${formId}-${field}`,
    'aria-invalid': problems[field] ? true : undefined,
    'aria-describedby': problems[field] ? `${formId}-${field}-problem` : undefined,
    'data-testid': `widget-${field}`,
  });
  const problem = (field: WidgetField): ReactNode =>
    problems[field] && (
      <span
        className="widgets__problem"
        id={`${formId}-${field}-problem`}
        data-testid={`widget-${field}-problem`}
      >
        {t(problems[field])}
      </span>
    );
  const apiProblemsShown = Object.keys(problemsOfApiError(save.error)).length > 0;

  return (
    <form
      className="widgets__form"
      onSubmit={submit}
      noValidate
      aria-label={isNew ? t('widgets.new') : t('widgets.editOne', { name: account.name })}
      data-testid="widget-form"
    >
      <h3>{isNew ? t('widgets.new') : t('widgets.editOne', { name: account.name })}</h3>
      <div className="widgets__grid">
        <div className="field">
          <label className="field__label" htmlFor={`${formId}-name`}>
            {t('widgets.name')}
          </label>
          <input
            className="input"
            value={draft.name}
            maxLength={120}
            onChange={(e) => set('name', e.target.value)}
            {...fieldProps('name')}
          />
          {problem('name')}
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${formId}-key`}>
            {t('widgets.key')}
          </label>
          <input
            className="input widgets__mono"
            value={draft.key}
            maxLength={64}
            readOnly={!isNew}
            onChange={(e) => {
              setKeyTyped(true);
              set('key', e.target.value.trim());
            }}
            {...fieldProps('key')}
          />
          <span className="widgets__hint">{isNew ? t('widgets.keyHint') : t('widgets.keyFixed')}</span>
          {problem('key')}
        </div>
        <div className="field widgets__wide">
          <label className="field__label" htmlFor={`${formId}-origins`}>
            {t('widgets.origins')}
          </label>
          <textarea
            className="input widgets__textarea widgets__mono"
            rows={3}
            value={draft.origins}
            placeholder="https://www.zorggroep.nl"
            onChange={(e) => set('origins', e.target.value)}
            {...fieldProps('origins')}
          />
          <span className="widgets__hint">{t('widgets.originsHint')}</span>
          {problem('origins')}
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${formId}-language`}>
            {t('widgets.language')}
          </label>
          <select
            className="input"
            value={draft.language}
            onChange={(e) => set('language', e.target.value as WidgetLanguage)}
            {...fieldProps('language')}
          >
            <option value="nl">{t('widgets.language.nl')}</option>
            <option value="en">{t('widgets.language.en')}</option>
          </select>
          {problem('language')}
        </div>
        <ColorField
          label={t('widgets.primaryColor')}
          pickLabel={t('widgets.pickColor', { field: t('widgets.primaryColor') })}
          value={draft.primaryColor}
          onChange={(value) => set('primaryColor', value)}
          inputProps={fieldProps('primaryColor')}
          problem={problem('primaryColor')}
        />
        <ColorField
          label={t('widgets.textColor')}
          pickLabel={t('widgets.pickColor', { field: t('widgets.textColor') })}
          value={draft.textColor}
          onChange={(value) => set('textColor', value)}
          inputProps={fieldProps('textColor')}
          problem={problem('textColor')}
        />
        <div className="widgets__preview widgets__wide" data-testid="widget-preview">
          <span className="field__label">{t('widgets.preview')}</span>
          <div className="widgets__preview-row">
            <span
              className="widgets__launcher"
              style={{
                background: COLOR.test(draft.primaryColor) ? draft.primaryColor : undefined,
                color: COLOR.test(draft.textColor) ? draft.textColor : undefined,
              }}
              data-testid="widget-preview-launcher"
              aria-hidden="true"
            >
              <svg viewBox="0 0 24 24" width="28" height="28" fill="currentColor">
                <path d={CHAT_ICON} />
              </svg>
            </span>
            <span
              className="widgets__preview-header"
              style={{
                background: COLOR.test(draft.primaryColor) ? draft.primaryColor : undefined,
                color: COLOR.test(draft.textColor) ? draft.textColor : undefined,
              }}
            >
              {draft.name.trim() || t('widgets.previewName')}
            </span>
            {ratio !== null && (
              <span className="widgets__ratio" data-testid="widget-contrast">
                {t('widgets.contrast', { ratio: ratio.toFixed(1) })}
              </span>
            )}
          </div>
          {ratio !== null && ratio < AA_CONTRAST && (
            <div data-testid="widget-contrast-warning">
              <InlineAlert tone="warning">
                {t('widgets.contrastLow', { ratio: ratio.toFixed(1) })}
              </InlineAlert>
            </div>
          )}
        </div>
        <div className="field widgets__wide">
          <label className="field__label" htmlFor={`${formId}-privacyNl`}>
            {t('widgets.privacyNl')}
          </label>
          <textarea
            className="input widgets__textarea"
            rows={3}
            maxLength={2000}
            value={draft.privacyNl}
            placeholder={t('widgets.privacyDefault')}
            onChange={(e) => set('privacyNl', e.target.value)}
            {...fieldProps('privacyNl')}
          />
          {problem('privacyNl')}
        </div>
        <div className="field widgets__wide">
          <label className="field__label" htmlFor={`${formId}-privacyEn`}>
            {t('widgets.privacyEn')}
          </label>
          <textarea
            className="input widgets__textarea"
            rows={3}
            maxLength={2000}
            value={draft.privacyEn}
            placeholder={t('widgets.privacyDefault')}
            onChange={(e) => set('privacyEn', e.target.value)}
            {...fieldProps('privacyEn')}
          />
          {problem('privacyEn')}
        </div>
      </div>
      <p className="widgets__hint">{t('widgets.hoursHint')}</p>
      {save.error && !apiProblemsShown && (
        <InlineAlert tone="danger">{t('admin.failed', { message: errorMessage(save.error, t) })}</InlineAlert>
      )}
      {(save.isSuccess || saved) && !dirty && <InlineAlert tone="success">{t('widgets.saved')}</InlineAlert>}
      {!isNew && <WidgetSnippet accountKey={account.key} />}
      <div className="widgets__buttons">
        <Button type="submit" variant="primary" busy={save.isPending} data-testid="widget-save">
          {t('widgets.save')}
        </Button>
        <Button onClick={onClose} data-testid="widget-close">
          {t('widgets.close')}
        </Button>
      </div>
    </form>
  );
}

function ColorField({
  label,
  pickLabel,
  value,
  onChange,
  inputProps,
  problem,
}: {
  label: string;
  pickLabel: string;
  value: string;
  onChange: (value: string) => void;
  inputProps: { id: string } & Record<string, unknown>;
  problem: ReactNode;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={inputProps.id}>
        {label}
      </label>
      <span className="widgets__color">
        <input
          type="color"
          className="widgets__picker"
          value={COLOR.test(value) ? value.toLowerCase() : '#000000'}
          onChange={(e) => onChange(e.target.value)}
          aria-label={pickLabel}
        />
        <input
          className="input widgets__mono"
          value={value}
          maxLength={7}
          spellCheck={false}
          onChange={(e) => onChange(e.target.value.trim())}
          {...inputProps}
        />
      </span>
      {problem}
    </div>
  );
}
