import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RetentionRunResult, RetentionSettings } from '@webcare/shared';
import { Button } from '../../../components/ui/button';
import { InlineAlert } from '../../../components/ui/inline-alert';
import { useT, type MessageKey } from '../../../i18n/i18n';
import { fetchRetention, runRetention, saveRetention } from '../api';
import '../privacy.css';

const FIELDS = [
  'messageContentDays',
  'mediaDays',
  'contactDetailsDays',
  'notesDays',
  'auditLogDays',
] as const;
type Field = (typeof FIELDS)[number];

/** Retention per data category (admin): periods in days after a conversation is closed, and "apply now". */
export function RetentionSettingsForm() {
  const t = useT();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: ['retention'], queryFn: ({ signal }) => fetchRetention(signal) });
  const [draft, setDraft] = useState<Record<Field, string>>({
    messageContentDays: '',
    mediaDays: '',
    contactDetailsDays: '',
    notesDays: '',
    auditLogDays: '',
  });
  const [ran, setRan] = useState<RetentionRunResult | null>(null);

  useEffect(() => {
    if (!settings.data) return;
    const data = settings.data;
    setDraft(
      Object.fromEntries(FIELDS.map((f) => [f, data[f] === null ? '' : String(data[f])])) as Record<
        Field,
        string
      >,
    );
  }, [settings.data]);

  const save = useMutation({
    mutationFn: () => {
      const body: Partial<RetentionSettings> = {};
      for (const field of FIELDS) {
        const value = draft[field].trim();
        if (field === 'auditLogDays') {
          if (value) body.auditLogDays = Number(value);
        } else body[field] = value ? Number(value) : null;
      }
      return saveRetention(body);
    },
    onSuccess: (data) => queryClient.setQueryData(['retention'], data),
  });
  const run = useMutation({ mutationFn: runRetention, onSuccess: setRan });

  return (
    <section className="retention" aria-label={t('retention.title')} data-testid="retention-settings">
      <h2>{t('retention.title')}</h2>
      <p>{t('retention.intro')}</p>
      <div className="retention__grid">
        {FIELDS.map((field) => (
          <label key={field} className="field">
            <span className="field__label">{t(`retention.${field}` as MessageKey)}</span>
            <input
              className="input"
              type="number"
              min={1}
              value={draft[field]}
              onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
              data-testid={`retention-${field}`}
            />
          </label>
        ))}
      </div>
      <div className="retention__buttons">
        <Button
          variant="primary"
          busy={save.isPending}
          onClick={() => save.mutate()}
          data-testid="retention-save"
        >
          {t('retention.save')}
        </Button>
        <Button busy={run.isPending} onClick={() => run.mutate()} data-testid="retention-run">
          {t('retention.run')}
        </Button>
      </div>
      {save.isSuccess && <InlineAlert tone="success">{t('retention.saved')}</InlineAlert>}
      {save.error && <InlineAlert tone="danger">{save.error.message}</InlineAlert>}
      {run.error && <InlineAlert tone="danger">{run.error.message}</InlineAlert>}
      {ran && (
        <div data-testid="retention-result">
          <InlineAlert tone="success">{t('retention.ran', { ...ran.purged })}</InlineAlert>
        </div>
      )}
    </section>
  );
}
