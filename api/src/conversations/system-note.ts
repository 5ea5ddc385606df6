import type { SystemNote } from '@webcare/shared';

const MODE: Record<string, string> = { consult: 'meedenken', handover: 'overdracht' };
const SWITCH: Record<string, string> = {
  call_back: 'terugbellen',
  private_message: 'privébericht',
  secure_channel: 'beveiligd kanaal (e-mail/portaal)',
  in_person: 'persoonlijk contact via de zorgadviseur',
};

/** Dutch date and time in the organisation's zone. */
function when(iso: string | null): string {
  return iso
    ? new Date(iso).toLocaleString('nl-NL', {
        timeZone: 'Europe/Amsterdam',
        dateStyle: 'short',
        timeStyle: 'short',
      })
    : '';
}

/**
 * The Dutch wording of a note the inbox writes itself, stored as the message text for exports and API
 * clients; the console words the code in its own language (web/src/lib/system-notes.ts).
 */
export function systemNoteText({ code, params: p }: SystemNote): string {
  switch (code) {
    case 'escalation.created':
      return `Geëscaleerd naar ${p.team} (${MODE[p.mode ?? ''] ?? p.mode}): ${p.reason}`;
    case 'escalation.taken_over':
      return `${p.name} neemt het gesprek over`;
    case 'escalation.returned':
      return `${p.name} geeft het gesprek terug${p.to ? ` aan ${p.to}` : ''}`;
    case 'escalation.withdrawn':
      return `${p.name} trekt de escalatie in`;
    case 'escalation.handover_closed':
      return `${p.name} sluit de overdracht af`;
    case 'escalation.closed_without_advice':
      return `${p.name} sluit de escalatie af zonder advies`;
    case 'call_back.planned':
      return `Terugbellen uiterlijk ${when(p.due)}${p.phone ? ` op ${p.phone}` : ' (nog geen nummer)'}: ${p.reason}`;
    case 'call_back.outcome': {
      const outcome =
        p.outcome === 'reached'
          ? 'Teruggebeld: bereikt'
          : p.due
            ? `Teruggebeld: niet bereikt${p.attempt ? ` (poging ${p.attempt})` : ''}, nieuwe poging uiterlijk ${when(p.due)}`
            : 'Teruggebeld: niet bereikt';
      return p.note ? `${outcome}: ${p.note}` : outcome;
    }
    case 'switch.sent':
      return `Kanaalwissel naar ${SWITCH[p.kind ?? ''] ?? p.kind}: standaardantwoord verstuurd.`;
    case 'workload.auto_assigned':
      return `Automatisch toegewezen aan ${p.name}`;
    case 'workload.unanswered_returned':
      return `${p.minutes} minuten na toewijzing aan ${p.name ?? 'een medewerker'} nog onbeantwoord: terug naar ${p.team ? `de wachtrij van ${p.team}` : 'de wachtrij'}`;
    case 'workload.offline_reassigned':
      return `${p.name ?? 'De medewerker'} is langer dan ${p.minutes} minuten offline: terug naar de wachtrij`;
    case 'workload.reminder_sent':
      return p.sent === 'yes'
        ? `${p.days} dagen geen reactie: herinnering verstuurd`
        : `${p.days} dagen geen reactie: herinnering kon niet via dit kanaal worden verstuurd`;
    case 'workload.resolved_no_answer':
      return `${p.days} dagen na de herinnering geen reactie: gesprek afgesloten`;
    case 'approval.returned':
      return `Antwoord teruggestuurd door ${p.name}: ${p.remark}`;
  }
}
