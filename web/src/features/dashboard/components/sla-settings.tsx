import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type BusinessHoursView, type SlaPolicy, type SlaPolicySet, WEEKDAYS } from '@webcare/shared';
import { isApiError } from '../../../api/client';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { InlineAlert } from '../../../components/ui/inline-alert';
import { errorMessage } from '../../../lib/errors';
import { useI18n } from '../../../i18n/i18n';
import { fetchSlaSettings, saveSlaSettings } from '../api';
import { periodsToText, textToPeriods } from '../lib/opening-hours';

type Field = 'firstResponseS' | 'nextResponseS' | 'resolutionS' | 'escalationPickupS';
const FIELDS: Field[] = ['firstResponseS', 'nextResponseS', 'resolutionS', 'escalationPickupS'];

const SLA_SETTINGS_KEY = ['sla-settings'] as const;

function officeHoursText(settings: SlaPolicySet): Record<string, string> {
  const office = settings.businessHours.find((h) => h.teamId === null);
  return Object.fromEntries(WEEKDAYS.map((day) => [day, periodsToText(office?.weekly[day])]));
}

/** SLA targets (minutes) per priority and channel, and the organisation's opening hours. */
export function SlaSettings() {
  const { data } = useQuery({
    queryKey: SLA_SETTINGS_KEY,
    queryFn: ({ signal }) => fetchSlaSettings(signal),
  });
  if (!data) return null;
  // The form keeps its own copy: a later refresh never overwrites what is being edited.
  return <SlaSettingsForm initial={data} />;
}

function SlaSettingsForm({ initial }: { initial: SlaPolicySet }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [settings, setSettings] = useState<SlaPolicySet>(initial);
  const [hoursText, setHoursText] = useState<Record<string, string>>(() => officeHoursText(initial));
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  // What the supervisor typed in each minutes field, so "0" or "" stays visible and is refused, not rounded.
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState<SlaPolicySet | null>(null);
  const saving = useMutation({
    mutationFn: saveSlaSettings,
    onSuccess: (saved) => {
      queryClient.setQueryData(SLA_SETTINGS_KEY, saved);
      setSettings(saved);
      setMessage({ tone: 'success', text: t('sla.saved') });
    },
    onError: (error: unknown) =>
      setMessage({ tone: 'danger', text: isApiError(error) ? errorMessage(error, t) : t('sla.saveFailed') }),
  });

  const office = settings.businessHours.find((h) => h.teamId === null);

  const setPolicy = (index: number, change: Partial<SlaPolicy>) =>
    setSettings({
      ...settings,
      policies: settings.policies.map((p, i) => (i === index ? { ...p, ...change } : p)),
    });
  const setOffice = (change: Partial<BusinessHoursView>) =>
    setSettings({
      ...settings,
      businessHours: settings.businessHours.map((h) => (h.teamId === null ? { ...h, ...change } : h)),
    });

  const fieldLabel = (policy: SlaPolicy, field: Field) =>
    t('sla.fieldLabel', {
      priority: t(`priority.${policy.priority}`),
      channel: policy.channel ? t(`channel.${policy.channel}`) : t('sla.allChannels').toLowerCase(),
      field: t(`sla.${field}`),
    });
  const invalid = settings.policies.flatMap((policy, index) =>
    FIELDS.filter((field) => {
      const raw = typed[`${index}:${field}`];
      return raw !== undefined && !/^\d+$/.test(raw.trim()) ? true : raw !== undefined && Number(raw) < 1;
    }).map((field) => fieldLabel(policy, field)),
  );

  const save = () => {
    if (!office) return;
    if (invalid.length > 0) {
      setMessage({ tone: 'danger', text: t('sla.minOneMinute', { fields: invalid.join('; ') }) });
      return;
    }
    const weekly: BusinessHoursView['weekly'] = {};
    for (const day of WEEKDAYS) {
      const periods = textToPeriods(hoursText[day] ?? '');
      if (periods === null) {
        setMessage({ tone: 'danger', text: t('sla.badHours', { day: t(`sla.day.${day}`) }) });
        return;
      }
      if (periods.length) weekly[day] = periods;
    }
    const next = {
      ...settings,
      businessHours: settings.businessHours.map((h) => (h.teamId === null ? { ...h, weekly } : h)),
    };
    setMessage(null);
    // Saving recalculates the deadlines of every running conversation: ask first.
    setConfirming(next);
  };

  return (
    <section className="dash-card dash-card--wide" aria-labelledby="dash-sla" data-testid="sla-settings">
      <header className="dash-card__header">
        <h2 id="dash-sla">{t('sla.title')}</h2>
        <Button size="sm" variant="primary" busy={saving.isPending} onClick={save} data-testid="sla-save">
          {t('sla.save')}
        </Button>
      </header>
      {message && (
        <div data-testid="sla-message" role={message.tone === 'danger' ? 'alert' : 'status'}>
          <InlineAlert tone={message.tone}>{message.text}</InlineAlert>
        </div>
      )}
      <ConfirmDialog
        open={confirming !== null}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          if (confirming) saving.mutate(confirming);
          setConfirming(null);
        }}
        tone="warning"
        title={t('sla.confirmTitle')}
        body={t('sla.confirmBody')}
        cancelLabel={t('savedReplies.cancel')}
        confirmLabel={t('sla.confirm')}
        testId="sla-confirm-dialog"
        confirmTestId="sla-confirm"
      />
      <div className="dash-scroll">
        <table className="dash-table sla-table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.priority')}</th>
              <th scope="col">{t('dashboard.channel')}</th>
              {FIELDS.map((field) => (
                <th scope="col" key={field}>
                  {t(`sla.${field}`)}
                </th>
              ))}
              <th scope="col">{t('sla.businessHours')}</th>
            </tr>
          </thead>
          <tbody>
            {settings.policies.map((policy, index) => (
              <tr key={`${policy.priority}:${policy.channel ?? '*'}`}>
                <th scope="row">{t(`priority.${policy.priority}`)}</th>
                <td className="sla-table__channel">
                  {policy.channel ? t(`channel.${policy.channel}`) : t('sla.allChannels')}
                </td>
                {FIELDS.map((field) => (
                  <td key={field}>
                    <input
                      className="input sla-table__minutes"
                      type="number"
                      min={1}
                      step={1}
                      aria-label={fieldLabel(policy, field)}
                      aria-invalid={invalid.includes(fieldLabel(policy, field)) || undefined}
                      value={typed[`${index}:${field}`] ?? String(Math.round(policy[field] / 60))}
                      onChange={(e) => {
                        const raw = e.target.value;
                        setTyped({ ...typed, [`${index}:${field}`]: raw });
                        if (/^\d+$/.test(raw.trim()) && Number(raw) >= 1) {
                          setPolicy(index, { [field]: Number(raw) * 60 });
                        }
                      }}
                    />
                  </td>
                ))}
                <td>
                  <input
                    type="checkbox"
                    checked={policy.businessHours}
                    aria-label={t('sla.businessHours')}
                    onChange={(e) => setPolicy(index, { businessHours: e.target.checked })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {office && (
        <div className="sla-hours">
          <h3>{t('sla.openingHours', { zone: office.timeZone })}</h3>
          <label className="sla-hours__toggle">
            <input
              type="checkbox"
              checked={office.alwaysOpen}
              onChange={(e) => setOffice({ alwaysOpen: e.target.checked })}
            />
            {t('sla.alwaysOpen')}
          </label>
          {(['NL', 'BE'] as const).map((region) => (
            <label key={region} className="sla-hours__toggle">
              <input
                type="checkbox"
                checked={office.holidays.includes(region)}
                onChange={(e) =>
                  setOffice({
                    holidays: e.target.checked
                      ? [...office.holidays, region]
                      : office.holidays.filter((r) => r !== region),
                  })
                }
              />
              {t(`sla.holidays${region}`)}
            </label>
          ))}
          <div className="sla-hours__days">
            {WEEKDAYS.map((day) => (
              <label key={day}>
                <span>{t(`sla.day.${day}`)}</span>
                <input
                  className="input"
                  placeholder={t('sla.closed')}
                  value={hoursText[day] ?? ''}
                  disabled={office.alwaysOpen}
                  onChange={(e) => setHoursText({ ...hoursText, [day]: e.target.value })}
                />
              </label>
            ))}
          </div>
        </div>
      )}
    </section>
  );
}
