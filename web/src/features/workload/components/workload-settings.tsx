import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { WorkloadSettings as Settings } from '@webcare/shared';
import { Button } from '../../../components/ui/button';
import { InlineAlert } from '../../../components/ui/inline-alert';
import { useT } from '../../../i18n/i18n';
import { errorMessage } from '../../../lib/errors';
import {
  fetchWorkloadSettings,
  saveApproval,
  saveAssignment,
  saveRules,
  WORKLOAD_SETTINGS_KEY,
} from '../api';
import {
  type DraftProblem,
  fromDraft,
  type SettingsDraft,
  toDraft,
  validateDraft,
} from '../lib/settings-form';
import '../workload.css';

/** Auto-assignment, the rules over time and four eyes: supervisors set them here. */
export function WorkloadSettings() {
  const { data } = useQuery({
    queryKey: WORKLOAD_SETTINGS_KEY,
    queryFn: ({ signal }) => fetchWorkloadSettings(signal),
  });
  if (!data) return null;
  return <WorkloadSettingsForm initial={data} />;
}

type NumberField = Exclude<keyof SettingsDraft, 'mode' | 'reminderText' | 'pendingOnReply' | 'publicReplies'>;
const NUMBER_FIELDS: { field: NumberField; label: Parameters<ReturnType<typeof useT>>[0] }[] = [
  { field: 'maxOpenPerAgent', label: 'workload.settings.max' },
  { field: 'reassignAfterOfflineMinutes', label: 'workload.settings.offline' },
  { field: 'unansweredAfterAssignmentMinutes', label: 'workload.settings.unanswered' },
  { field: 'pendingReminderDays', label: 'workload.settings.reminderDays' },
  { field: 'pendingResolveDays', label: 'workload.settings.resolveDays' },
];

function WorkloadSettingsForm({ initial }: { initial: Settings }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(initial));
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (change: Partial<SettingsDraft>) => setDraft((current) => ({ ...current, ...change }));
  const problemOf = (field: keyof SettingsDraft) => problems.find((p) => p.field === field);

  const save = async () => {
    const found = validateDraft(draft);
    setProblems(found);
    setMessage(null);
    if (found.length > 0) return;
    setBusy(true);
    try {
      const body = fromDraft(draft);
      await saveAssignment(body.assignment);
      await saveRules(body.rules);
      const saved = await saveApproval(body.approval);
      queryClient.setQueryData(WORKLOAD_SETTINGS_KEY, saved);
      setDraft(toDraft(saved));
      setMessage({ tone: 'success', text: t('workload.settings.saved') });
    } catch (caught) {
      setMessage({
        tone: 'danger',
        text: t('workload.settings.failed', { message: errorMessage(caught, t) }),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section
      className="dash-card dash-card--wide"
      aria-labelledby="dash-workload"
      data-testid="workload-settings"
    >
      <header className="dash-card__header">
        <h2 id="dash-workload">{t('workload.settings.title')}</h2>
      </header>
      <form
        className="workload-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label className="workload-form__field">
          {t('workload.settings.mode')}
          <select value={draft.mode} onChange={(e) => set({ mode: e.target.value as SettingsDraft['mode'] })}>
            <option value="manual">{t('workload.settings.mode.manual')}</option>
            <option value="auto">{t('workload.settings.mode.auto')}</option>
          </select>
        </label>
        {NUMBER_FIELDS.map(({ field, label }) => {
          const problem = problemOf(field);
          return (
            <label key={field} className="workload-form__field">
              {t(label)}
              <input
                inputMode="numeric"
                value={draft[field]}
                aria-invalid={problem ? true : undefined}
                onChange={(e) => set({ [field]: e.target.value })}
              />
              {problem && <span className="workload-form__problem">{t(problem.message)}</span>}
            </label>
          );
        })}
        <label className="workload-form__field workload-form__field--wide">
          {t('workload.settings.reminderText')}
          <textarea
            rows={2}
            value={draft.reminderText}
            aria-invalid={problemOf('reminderText') ? true : undefined}
            onChange={(e) => set({ reminderText: e.target.value })}
          />
          {problemOf('reminderText') && (
            <span className="workload-form__problem">{t(problemOf('reminderText')!.message)}</span>
          )}
        </label>
        <label className="workload-form__check">
          <input
            type="checkbox"
            checked={draft.pendingOnReply}
            onChange={(e) => set({ pendingOnReply: e.target.checked })}
          />
          {t('workload.settings.pendingOnReply')}
        </label>
        <label className="workload-form__field">
          {t('workload.settings.approval')}
          <select
            value={draft.publicReplies}
            data-testid="approval-policy"
            onChange={(e) => set({ publicReplies: e.target.value as SettingsDraft['publicReplies'] })}
          >
            <option value="never">{t('workload.settings.approval.never')}</option>
            <option value="sensitive">{t('workload.settings.approval.sensitive')}</option>
            <option value="always">{t('workload.settings.approval.always')}</option>
          </select>
        </label>
        <div className="workload-form__actions">
          <Button type="submit" variant="primary" busy={busy}>
            {t('workload.settings.save')}
          </Button>
          {message && <InlineAlert tone={message.tone}>{message.text}</InlineAlert>}
        </div>
      </form>
    </section>
  );
}
