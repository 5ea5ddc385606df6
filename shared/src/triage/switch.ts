import type { FlagCode, Localized, SuggestedSwitch, SwitchKind, TriageFlag } from '../contract/triage';
import { whereaboutsHits } from './flags/safeguarding';
import type { Analysis } from './analysis';
import { switchTemplate, type TemplateSituation } from './templates';

/**
 * Where the conversation should continue, in this order:
 * 1. crisis / safeguarding → call back, or in person when calling is hard for the person (they say so,
 *    or the contact card says so);
 * 2. the person asks to be called (a journalist too) → call back;
 * 3. public channel: health details, an identifier, an individual medical question or a question about
 *    a client → private message, never answered in public (the identity is checked there, not by
 *    phone); anything else — a complaint, press, aggression, explicit media — stays where it is;
 * 4. private channel: individual medical advice → call back (also when it comes with an intimate
 *    photo); press, aggression and explicit media → no switch (communications and safety procedures
 *    handle them); identifiers, documents or results to exchange → secure channel.
 * A complaint in private is answered where it came in, and so is a question whether someone is a
 * client: the answer is the standard one, that we neither confirm nor deny who is in our care
 * (HEALTHCARE.md, "never confirm … in public or in private"), and needs no call. The labelling rules
 * name no reason to call for either, and the independent writers of the training corpus agreed
 * (five of six for a question about a client, corpus/README.md "Switch").
 * A call back becomes "in person" when calling is hard for the person — only then: a resident who
 * reports abuse is called back like anyone else unless they say calling is hard for them.
 */
const SECURE_IDENTIFIERS = new Set(['bsn', 'rrn', 'iban', 'birthdate', 'patient_number']);

interface Choice {
  kind: SwitchKind;
  situation: TemplateSituation;
  reason: Localized;
}

function choose(a: Analysis, has: (c: FlagCode) => boolean, phoneHard: boolean): Choice | null {
  if (has('crisis') || has('safeguarding')) {
    const emergencyOnly =
      has('crisis') &&
      !has('safeguarding') &&
      a.hits('crisis').every((h) => h.tag === 'emergency' || h.tag === 'danger');
    // Someone asking where a resident is, or when they are alone, is answered as a question about a
    // client: never confirm anything, never thank them as if they were the one at risk.
    const askedWhereabouts = has('safeguarding') && !has('crisis') && whereaboutsHits(a).length > 0;
    const situation: TemplateSituation =
      has('client_confidentiality') || askedWhereabouts
        ? 'confidentiality'
        : has('crisis')
          ? emergencyOnly
            ? 'emergency'
            : 'crisis'
          : 'safeguarding';
    if (phoneHard && situation !== 'confidentiality') {
      return {
        kind: 'in_person',
        situation,
        reason: {
          nl: 'Acute zorg nodig en bellen is moeilijk voor deze persoon: een zorgprofessional gaat persoonlijk langs.',
          en: 'Urgent care needed and calling is hard for this person: a care professional visits in person.',
        },
      };
    }
    if (askedWhereabouts) {
      return {
        kind: 'call_back',
        situation,
        reason: {
          nl: 'Iemand vraagt waar een cliënt is of wanneer die alleen is: niets bevestigen, terugbellen om na te gaan wie dit vraagt.',
          en: 'Someone asks where a client is or when they are alone: confirm nothing, call back to find out who is asking.',
        },
      };
    }
    return {
      kind: 'call_back',
      situation,
      reason: {
        nl: 'Crisis of onveilige situatie: direct persoonlijk contact met een zorgprofessional.',
        en: 'Crisis or unsafe situation: direct personal contact with a care professional.',
      },
    };
  }

  if (a.has('contact', 'call_request') && !a.has('contact', 'phone_hard')) {
    return {
      kind: 'call_back',
      situation: 'call_request',
      reason: { nl: 'De persoon vraagt om teruggebeld te worden.', en: 'The person asks to be called back.' },
    };
  }
  if (a.isPublic) {
    if (
      has('medical_public') ||
      has('pii_public') ||
      has('medical_advice') ||
      has('client_confidentiality')
    ) {
      return {
        kind: 'private_message',
        situation: 'public',
        reason: {
          nl: 'Persoonlijke of medische informatie op een openbaar kanaal: verder in een privébericht.',
          en: 'Personal or medical information on a public channel: continue in a private message.',
        },
      };
    }
    return null;
  }
  if (has('medical_advice')) {
    return {
      kind: 'call_back',
      situation: 'advice',
      reason: {
        nl: 'Persoonlijk medisch advies: een zorgprofessional belt terug.',
        en: 'Personal medical advice: a care professional calls back.',
      },
    };
  }
  if (has('press') || has('aggression') || has('explicit_media')) return null;
  const files = (a.context.attachments ?? []).some((x) => x.type === 'file');
  if (a.identifiers.some((i) => SECURE_IDENTIFIERS.has(i.kind)) || a.has('contact', 'documents') || files) {
    return {
      kind: 'secure_channel',
      situation: 'documents',
      reason: {
        nl: 'Persoonsnummers, uitslagen of documenten uitwisselen: via een beveiligd kanaal.',
        en: 'Personal numbers, results or documents to exchange: use a secure channel.',
      },
    };
  }
  return null;
}

export function suggestSwitch(a: Analysis, flags: readonly TriageFlag[]): SuggestedSwitch | null {
  if (a.draft) return null;
  const codes = new Set(flags.map((f) => f.code));
  const has = (c: FlagCode): boolean => codes.has(c);
  const phoneHard = a.context.sender?.prefersNoPhone === true || a.has('contact', 'phone_hard');
  const choice = choose(a, has, phoneHard);
  if (!choice) return null;
  let { kind, reason } = choice;
  if (kind === 'call_back' && phoneHard && choice.situation !== 'confidentiality') {
    kind = 'in_person';
    reason = {
      nl: 'Bellen is moeilijk voor deze persoon en er is hulp of advies nodig: persoonlijk contact via de zorgadviseur of locatie.',
      en: 'Calling is hard for this person and they need help or advice: in-person contact via the care advisor or location.',
    };
  }
  const template = switchTemplate({
    kind,
    situation: choice.situation,
    country: a.context.sender?.country === 'BE' ? 'BE' : 'NL',
    isPublic: a.isPublic,
    piiInPublic: a.isPublic && a.identifiers.length > 0,
  });
  return { kind, reason, template };
}
