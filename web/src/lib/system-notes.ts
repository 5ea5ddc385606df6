import type { Locale, SystemNote } from '@webcare/shared';
import { shortDateTime } from './time';

type Params = SystemNote['params'];

/** Each code's sentence per language; parameters the inbox filled in when it wrote the note. */
const SENTENCES: Record<SystemNote['code'], Record<Locale, (p: Params, locale: Locale) => string>> = {
  'escalation.created': {
    nl: (p) =>
      `Geëscaleerd naar ${p.team} (${p.mode === 'handover' ? 'overdracht' : 'meedenken'}): ${p.reason}`,
    en: (p) => `Escalated to ${p.team} (${p.mode === 'handover' ? 'handover' : 'consult'}): ${p.reason}`,
  },
  'escalation.taken_over': {
    nl: (p) => `${p.name} neemt het gesprek over`,
    en: (p) => `${p.name} takes over the conversation`,
  },
  'escalation.returned': {
    nl: (p) => `${p.name} geeft het gesprek terug${p.to ? ` aan ${p.to}` : ''}`,
    en: (p) => `${p.name} hands the conversation back${p.to ? ` to ${p.to}` : ''}`,
  },
  'escalation.withdrawn': {
    nl: (p) => `${p.name} trekt de escalatie in`,
    en: (p) => `${p.name} withdraws the escalation`,
  },
  'escalation.handover_closed': {
    nl: (p) => `${p.name} sluit de overdracht af`,
    en: (p) => `${p.name} closes the handover`,
  },
  'escalation.closed_without_advice': {
    nl: (p) => `${p.name} sluit de escalatie af zonder advies`,
    en: (p) => `${p.name} closes the escalation without advice`,
  },
  'call_back.planned': {
    nl: (p, l) =>
      `Terugbellen uiterlijk ${when(p.due, l)}${p.phone ? ` op ${p.phone}` : ' (nog geen nummer)'}: ${p.reason}`,
    en: (p, l) =>
      `Call back by ${when(p.due, l)}${p.phone ? ` on ${p.phone}` : ' (no number yet)'}: ${p.reason}`,
  },
  'call_back.outcome': {
    nl: (p, l) =>
      withNote(
        p.outcome === 'reached'
          ? 'Teruggebeld: bereikt'
          : p.due
            ? `Teruggebeld: niet bereikt${p.attempt ? ` (poging ${p.attempt})` : ''}, nieuwe poging uiterlijk ${when(p.due, l)}`
            : 'Teruggebeld: niet bereikt',
        p.note,
      ),
    en: (p, l) =>
      withNote(
        p.outcome === 'reached'
          ? 'Called back: reached'
          : p.due
            ? `Called back: not reached${p.attempt ? ` (attempt ${p.attempt})` : ''}, next try by ${when(p.due, l)}`
            : 'Called back: not reached',
        p.note,
      ),
  },
  'switch.sent': {
    nl: (p) => `Kanaalwissel naar ${SWITCH_NAMES.nl[p.kind ?? ''] ?? p.kind}: standaardantwoord verstuurd.`,
    en: (p) => `Channel switch to ${SWITCH_NAMES.en[p.kind ?? ''] ?? p.kind}: ready reply sent.`,
  },
  'workload.auto_assigned': {
    nl: (p) => `Automatisch toegewezen aan ${p.name}`,
    en: (p) => `Assigned automatically to ${p.name}`,
  },
  'workload.unanswered_returned': {
    nl: (p) =>
      `${p.minutes} minuten na toewijzing aan ${p.name ?? 'een medewerker'} nog onbeantwoord: terug naar ${p.team ? `de wachtrij van ${p.team}` : 'de wachtrij'}`,
    en: (p) =>
      `Still unanswered ${p.minutes} minutes after assignment to ${p.name ?? 'an agent'}: back to ${p.team ? `${p.team}'s queue` : 'the queue'}`,
  },
  'workload.offline_reassigned': {
    nl: (p) =>
      `${p.name ?? 'De medewerker'} is langer dan ${p.minutes} minuten offline: terug naar de wachtrij`,
    en: (p) =>
      `${p.name ?? 'The agent'} has been offline for more than ${p.minutes} minutes: back to the queue`,
  },
  'workload.reminder_sent': {
    nl: (p) =>
      p.sent === 'yes'
        ? `${p.days} dagen geen reactie: herinnering verstuurd`
        : `${p.days} dagen geen reactie: herinnering kon niet via dit kanaal worden verstuurd`,
    en: (p) =>
      p.sent === 'yes'
        ? `No reply for ${p.days} days: reminder sent`
        : `No reply for ${p.days} days: the channel did not allow a reminder`,
  },
  'workload.resolved_no_answer': {
    nl: (p) => `${p.days} dagen na de herinnering geen reactie: gesprek afgesloten`,
    en: (p) => `No reply ${p.days} days after the reminder: conversation resolved`,
  },
  'approval.returned': {
    nl: (p) => `Antwoord teruggestuurd door ${p.name}: ${p.remark}`,
    en: (p) => `Reply returned by ${p.name}: ${p.remark}`,
  },
};

const SWITCH_NAMES: Record<Locale, Record<string, string>> = {
  nl: {
    call_back: 'terugbellen',
    private_message: 'privébericht',
    secure_channel: 'beveiligd kanaal (e-mail/portaal)',
    in_person: 'persoonlijk contact via de zorgadviseur',
  },
  en: {
    call_back: 'call back',
    private_message: 'private message',
    secure_channel: 'secure channel (e-mail/portal)',
    in_person: 'in person via the care advisor',
  },
};

function when(iso: string | null | undefined, locale: Locale): string {
  return iso ? shortDateTime(iso, locale) : '';
}

function withNote(sentence: string, note: string | null | undefined): string {
  return note ? `${sentence}: ${note}` : sentence;
}

/** The sentence for a note the inbox wrote itself, in the console's language. */
export function systemNoteText(note: SystemNote, locale: Locale): string {
  const sentence = SENTENCES[note.code]?.[locale];
  return sentence ? sentence(note.params, locale) : '';
}
