import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { SAVED_REPLY_LANGUAGES, type SavedReply, type SavedReplyLanguage } from '@webcare/shared';
import { Button } from '../../../components/ui/button';
import { InlineAlert } from '../../../components/ui/inline-alert';
import { useI18n } from '../../../i18n/i18n';
import { errorMessage } from '../../../lib/errors';
import { createSavedReply, deleteSavedReply, fetchTeams, updateSavedReply } from '../api';
import { savedReplyKeys, useSavedReplies } from '../hooks/use-saved-replies';
import '../saved-replies.css';

interface Draft {
  id: string | null;
  title: string;
  text: string;
  language: SavedReplyLanguage;
  teamId: string;
}

const EMPTY: Draft = { id: null, title: '', text: '', language: 'nl', teamId: '' };

/** Supervisors keep the organisation's and the teams' saved replies here (agents pick them with `#`). */
export function SavedRepliesPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const replies = useSavedReplies();
  const teams = useQuery({ queryKey: ['teams'], queryFn: ({ signal }) => fetchTeams(signal) });
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const teamName = (id: string | null) =>
    id ? (teams.data?.find((team) => team.id === id)?.name ?? '—') : t('savedReplies.organisation');

  const saving = useMutation({
    mutationFn: (input: Draft) => {
      const body = {
        title: input.title,
        text: input.text,
        language: input.language,
        teamId: input.teamId || null,
      };
      return input.id ? updateSavedReply(input.id, body) : createSavedReply(body);
    },
    onSuccess: async () => {
      setDraft(EMPTY);
      setMessage({ tone: 'success', text: t('savedReplies.saved') });
      await queryClient.invalidateQueries({ queryKey: savedReplyKeys.list });
    },
    onError: (error) => setMessage({ tone: 'danger', text: errorMessage(error, t) }),
  });
  const removing = useMutation({
    mutationFn: (id: string) => deleteSavedReply(id),
    onSuccess: async () => {
      setMessage({ tone: 'success', text: t('savedReplies.deleted') });
      await queryClient.invalidateQueries({ queryKey: savedReplyKeys.list });
    },
    onError: (error) => setMessage({ tone: 'danger', text: errorMessage(error, t) }),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft.title.trim() || !draft.text.trim()) {
      setMessage({ tone: 'danger', text: t('savedReplies.required') });
      return;
    }
    saving.mutate(draft);
  }

  function edit(reply: SavedReply) {
    setDraft({
      id: reply.id,
      title: reply.title,
      text: reply.text,
      language: reply.language,
      teamId: reply.teamId ?? '',
    });
    setMessage(null);
    document.getElementById('saved-reply-title')?.focus();
  }

  return (
    <div className="saved-replies-page page-scroll" data-testid="saved-replies-page">
      <h1>{t('savedReplies.title')}</h1>
      <form className="saved-replies-form" onSubmit={submit} aria-labelledby="saved-reply-form-title">
        <h2 id="saved-reply-form-title" className="section-title">
          {draft.id ? t('savedReplies.edit') : t('savedReplies.new')}
        </h2>
        <div className="saved-replies-form__row">
          <label>
            {t('savedReplies.fieldTitle')}
            <input
              id="saved-reply-title"
              value={draft.title}
              maxLength={120}
              required
              onChange={(event) => setDraft({ ...draft, title: event.target.value })}
              data-testid="saved-reply-title"
            />
          </label>
          <label>
            {t('savedReplies.fieldLanguage')}
            <select
              value={draft.language}
              onChange={(event) => setDraft({ ...draft, language: event.target.value as SavedReplyLanguage })}
              data-testid="saved-reply-language"
            >
              {SAVED_REPLY_LANGUAGES.map((language) => (
                <option key={language} value={language}>
                  {t(`savedReplies.language.${language}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('savedReplies.fieldTeam')}
            <select
              value={draft.teamId}
              onChange={(event) => setDraft({ ...draft, teamId: event.target.value })}
              data-testid="saved-reply-team"
            >
              <option value="">{t('savedReplies.organisation')}</option>
              {teams.data?.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label>
          {t('savedReplies.fieldText')}
          <span className="saved-replies-form__hint" id="saved-reply-text-hint">
            {t('savedReplies.variablesHint')}
          </span>
          <textarea
            value={draft.text}
            rows={4}
            maxLength={4000}
            required
            aria-describedby="saved-reply-text-hint"
            onChange={(event) => setDraft({ ...draft, text: event.target.value })}
            data-testid="saved-reply-text"
          />
        </label>
        {message && (
          <div data-testid="saved-reply-message">
            <InlineAlert tone={message.tone}>{message.text}</InlineAlert>
          </div>
        )}
        <div className="saved-replies-form__actions">
          <Button type="submit" variant="primary" busy={saving.isPending} data-testid="saved-reply-save">
            {t('savedReplies.save')}
          </Button>
          {draft.id && (
            <Button type="button" onClick={() => setDraft(EMPTY)}>
              {t('savedReplies.cancel')}
            </Button>
          )}
        </div>
      </form>
      {replies.isError && <InlineAlert tone="danger">{errorMessage(replies.error, t)}</InlineAlert>}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('savedReplies.title')}>
        <table className="saved-replies-table" data-testid="saved-replies-table">
          <thead>
            <tr>
              <th scope="col">{t('savedReplies.fieldTitle')}</th>
              <th scope="col">{t('savedReplies.fieldText')}</th>
              <th scope="col">{t('savedReplies.fieldLanguage')}</th>
              <th scope="col">{t('savedReplies.fieldTeam')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('savedReplies.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {replies.data?.length === 0 && (
              <tr>
                <td colSpan={5}>{t('savedReplies.empty')}</td>
              </tr>
            )}
            {replies.data?.map((reply) => (
              <tr key={reply.id} data-testid="saved-reply-row">
                <td>{reply.title}</td>
                <td>{reply.text}</td>
                <td>{reply.language.toUpperCase()}</td>
                <td>{teamName(reply.teamId)}</td>
                <td>
                  <div className="saved-replies-form__actions">
                    <Button
                      size="sm"
                      onClick={() => edit(reply)}
                      aria-label={t('savedReplies.editOne', { title: reply.title })}
                    >
                      {t('savedReplies.editShort')}
                    </Button>
                    <Button
                      size="sm"
                      variant="danger"
                      onClick={() => {
                        if (window.confirm(t('savedReplies.confirmDelete', { title: reply.title }))) {
                          removing.mutate(reply.id);
                        }
                      }}
                      aria-label={t('savedReplies.deleteOne', { title: reply.title })}
                    >
                      {t('savedReplies.delete')}
                    </Button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
