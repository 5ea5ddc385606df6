import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ConversationDetail, MessageTemplateView } from '@webcare/shared';
import { useT } from '../../../i18n/i18n';
import { Button } from '../../../components/ui/button';
import { InlineAlert } from '../../../components/ui/inline-alert';
import { IconSend } from '../../../components/ui/icons';
import { errorMessage } from '../../../lib/errors';
import { getTemplates, postTemplate } from '../api';
import type { ThreadWriter } from '../hooks/use-composer';
import { fillTemplate } from '../lib/reply-meter';

const templateKey = (m: MessageTemplateView) => `${m.name}|${m.language}`;

/**
 * After WhatsApp's 24-hour window: pick an approved template of the Business Account, fill in its
 * variables, see the text as the person will read it, send it.
 */
export function TemplatePicker({ detail, thread }: { detail: ConversationDetail; thread: ThreadWriter }) {
  const t = useT();
  const templates = useQuery({
    queryKey: ['templates', detail.id],
    queryFn: async () => (await getTemplates(detail.id)).items,
    staleTime: 60_000,
  });
  const [chosen, setChosen] = useState('');
  const [values, setValues] = useState<string[]>([]);
  const template = useMemo(
    () => templates.data?.find((m) => templateKey(m) === chosen),
    [templates.data, chosen],
  );
  const sending = useMutation({
    mutationFn: () =>
      postTemplate(detail.id, {
        name: template!.name,
        language: template!.language,
        variables: values,
      }),
    onSuccess: (message) => {
      thread.addMessage(message);
      setChosen('');
      setValues([]);
    },
  });
  const complete = template !== undefined && template.variables.every((_, i) => (values[i] ?? '').trim());

  return (
    <div className="template-picker" data-testid="template-picker">
      {templates.isError && (
        <InlineAlert tone="danger">
          {t('composer.templatesFailed', { message: errorMessage(templates.error, t) })}
        </InlineAlert>
      )}
      <label className="template-picker__row">
        <span>{t('composer.template')}</span>
        <select
          value={chosen}
          onChange={(event) => {
            setChosen(event.target.value);
            const next = templates.data?.find((m) => templateKey(m) === event.target.value);
            setValues(next ? next.variables.map(() => '') : []);
          }}
          data-testid="template-select"
          disabled={!templates.data}
        >
          <option value="">
            {templates.isLoading ? t('composer.templatesLoading') : t('composer.templateChoose')}
          </option>
          {templates.data?.map((m) => (
            <option key={templateKey(m)} value={templateKey(m)}>
              {m.name} ({m.language})
            </option>
          ))}
        </select>
      </label>
      {template?.variables.map((position, i) => (
        <label key={position} className="template-picker__row">
          <span>{t('composer.templateValue', { position })}</span>
          <input
            value={values[i] ?? ''}
            maxLength={1024}
            onChange={(event) =>
              setValues((current) => current.map((v, j) => (j === i ? event.target.value : v)))
            }
            data-testid={`template-variable-${position}`}
          />
        </label>
      ))}
      {template && (
        <p className="template-picker__preview" data-testid="template-preview">
          {fillTemplate(template.text, values)}
        </p>
      )}
      {sending.isError && (
        <InlineAlert tone="danger">
          {t('composer.failed', { message: errorMessage(sending.error, t) })}
        </InlineAlert>
      )}
      <div className="composer__footer">
        <span className="composer__hint">{t('composer.templateHint')}</span>
        <Button
          variant="primary"
          icon={<IconSend size={14} />}
          busy={sending.isPending}
          disabled={!complete}
          onClick={() => sending.mutate()}
          data-testid="template-send"
        >
          {t('composer.templateSend')}
        </Button>
      </div>
    </div>
  );
}
