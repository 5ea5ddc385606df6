import type { TriageFlag } from '../../contract/triage';
import type { Analysis } from '../analysis';
import type { Hit } from '../matcher';
import { squeeze } from '../normalize';
import { makeFlag, NOT_A_PERSON, spansOf } from './flag';

/**
 * Safeguarding: abuse (by anyone, staff included), domestic violence, sexual approaches, someone asking
 * where a client lives or when they are alone, or two different ingredients of a grooming approach
 * (gifts, money, "vriendschap", secrecy, a stranger met online, being taken along to a party).
 */
export function whereaboutsHits(a: Analysis): Hit[] {
  const strong = [...a.hits('safeguarding', 'strong_whereabouts')];
  for (const hit of a.hits('safeguarding', 'whereabouts_where')) {
    // "waar woont Kevin?" is about a person; "waar woont de zorgcoördinator" and "waar woon jij" are not.
    const next = a.words.at(hit.last + 1);
    if (
      next &&
      next.sentence === a.words.sentence[hit.last] &&
      !NOT_A_PERSON.has(next.key) &&
      next.key !== 'jij'
    ) {
      strong.push(hit);
    }
  }
  return strong;
}

/** Word lists the rules look up only when another ingredient is already there (cheaper than hits). */
function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split('|').map((w) => squeeze(w)));
}

/** Care staff. */
const STAFF = wordSet(
  'begeleider|begeleidster|begeleiders|begeleiding|verzorger|verzorgster|verzorgers|verzorgende|verzorgenden|' +
    'verpleegkundige|verpleegster|verpleger|zuster|medewerker|medewerkster|medewerkers|personeel|stagiair|' +
    'stagiaire|nachtdienst|groepsleider|groepsleiding|opvoeder|opvoeders|thuiszorg|leiding|collega|mentor|' +
    'chauffeur|thuishulp|huishoudelijke|staff|carer|carers|caregiver|caregivers|nurse|nurses|aide|aides|worker|' +
    'workers|employee|' +
    'keyworker|orderly|driver',
);

/** A partner or relative at home. */
const PARTNER = wordSet(
  'man|vrouw|echtgenoot|echtgenote|partner|lief|vriend|vriendin|ex|vader|moeder|papa|mama|stiefvader|' +
    'stiefmoeder|broer|zus|zoon|dochter|schoonzoon|schoonbroer|oom|neef|pleegbroer|pleegvader|husband|wife|' +
    'boyfriend|girlfriend|father|dad|mother|mum|mom|stepdad|stepfather|brother|sister|son|uncle|nephew|' +
    'stiefmoeder|schoonmoeder|lodger|huisgenoot|bf|volwassene|adult|nonkel|neef|stepmother|stepmum',
);

/** A child. */
const CHILD = wordSet(
  'kind|kinderen|kindje|jongetje|meisje|meisjes|buurmeisje|buurjongen|zoontje|dochtertje|broertje|zusje|' +
    'kleine|kleintjes|kleinkinderen|kleuter|peuter|leerling|buurjongetje|buurkind|buurkinderen|kids|kid|' +
    'child|children|boy|girl|toddler|' +
    'pupil|brother|sister|nephew|niece',
);

/** Someone on the receiving end of pictures: the writer, a child, a client. */
const RECEIVER = wordSet(
  'mij|me|mijn|my|haar|hem|her|him|ons|us|dochter|zoon|nichtje|neefje|zus|zusje|broer|broertje|daughter|' +
    'son|niece|nephew|sister|brother|meiden|meisjes|meisje|kinderen|kind|girls|girl|kids|child|bewoner|' +
    'bewoonster|bewoners|medebewoonster|medebewoner|client|clienten|cliente|resident|residents',
);

/** The words of the message that are in the list, as hits (for evidence). */
function wordHits(a: Analysis, set: ReadonlySet<string>, tag: string): Hit[] {
  const out: Hit[] = [];
  const keys = a.words.key;
  for (let i = 0; i < a.words.length; i++) {
    if (set.has(keys[i])) out.push({ lexicon: 'safeguarding', tag, first: i, last: i, pattern: tag });
  }
  return out;
}

/**
 * Abuse told as what happened rather than named: care staff with a rough, degrading or intimate act;
 * a partner or relative who controls money, phone or contacts, threatens or hits; money, cards or codes
 * taken by someone who asks for secrecy, by staff, a new "friend" or a stranger; a child left without
 * food, clothes or care.
 */
export function describedAbuse(a: Analysis): Hit[] {
  const sg = (tag: string): readonly Hit[] => a.hits('safeguarding', tag);
  const out: Hit[] = [];
  const rough = sg('rough_act');
  const sent = sg('media_sent');
  const money = sg('money_taken');
  const staff =
    rough.length > 0 || sent.length > 0 || money.length > 0
      ? [...sg('staff'), ...wordHits(a, STAFF, 'staff')]
      : [];
  // A threat against staff ("de volgende begeleider krijgt een klap") is aggression, and catching someone who
  // slips is help: neither is abuse in care.
  const help = a.has('safeguarding', 'rescue');
  if (staff.length > 0 && rough.length > 0 && !help && !a.has('aggression', 'threat')) {
    out.push(...staff, ...rough);
  }
  const control = sg('control');
  const partner = control.length > 0 ? wordHits(a, PARTNER, 'partner') : [];
  if (partner.length > 0 && control.length > 0 && !a.has('aggression', 'threat')) {
    out.push(...partner, ...control);
  }
  if (money.length > 0) {
    const weak = a.hits('safeguarding').filter((h) => h.tag.startsWith('weak_') && h.tag !== 'weak_money');
    const by = [...weak, ...staff, ...control];
    if (by.length > 0) out.push(...money, ...by);
  }
  // Sexual or intimate pictures sent to a client, or made of a client and spread.
  if (
    sent.length > 0 &&
    wordHits(a, RECEIVER, 'receiver').length > 0 &&
    !a.has('aggression', 'threat') &&
    !sg('writer_staff').length
  ) {
    const intimate = [...sg('intimate'), ...a.hits('explicit', 'sexual')];
    const visual = (a.context.attachments ?? []).some((x) => x.type === 'image' || x.type === 'video');
    if (intimate.length > 0 || (visual && minorAge(a))) {
      out.push(...sent, ...intimate);
    }
  }
  const neglect = sg('neglect');
  const kinds = new Set(neglect.map((h) => h.pattern));
  if (neglect.length > 0) {
    const child = [...sg('child'), ...wordHits(a, CHILD, 'child')];
    if (child.length > 0 && (kinds.size >= 2 || (kinds.size === 1 && sg('again').length > 0))) {
      out.push(...neglect, ...child);
    }
  }
  return out;
}

const AGE_CUES: ReadonlySet<string> = new Set(
  [
    'ben',
    'am',
    'van',
    'is',
    'aged',
    'age',
    'dochter',
    'zoon',
    'meisje',
    'jongen',
    'daughter',
    'son',
    'girl',
    'boy',
  ].map(squeeze),
);
const AGE_UNITS: ReadonlySet<string> = new Set(['jaar', 'years', 'year', 'yo', 'jr', 'j'].map(squeeze));

/** The message gives an age under 18: "ik ben 15", "mijn dochter van 13", "(14)", "16 years old". */
export function minorAge(a: Analysis): boolean {
  const w = a.words;
  for (let i = 0; i < w.length; i++) {
    if (!w.numeric(i)) continue;
    const value = Number(w.form[i]);
    if (!Number.isInteger(value) || value < 5 || value > 17) continue;
    const before = w.at(i - 1);
    const after = w.at(i + 1);
    if (before && before.sentence === w.sentence[i] && AGE_CUES.has(before.key)) return true;
    if (after && after.sentence === w.sentence[i] && AGE_UNITS.has(after.key)) return true;
    // "(14)" right after a person
    if (a.text.charAt(w.start[i] - 1) === '(' && a.text.charAt(w.end[i]) === ')') return true;
  }
  return false;
}

export function detectSafeguarding(a: Analysis): TriageFlag | null {
  if (a.draft) return null;
  // A thesis, a documentary, a question in general: not about someone now.
  const general = a.sentencesWith('sign', 'context_general');
  const now = (h: Hit): boolean => general[a.words.sentence[h.first]] !== 1;
  const strongAbuse = [
    ...a.hits('safeguarding', 'strong_abuse'),
    ...a.hits('safeguarding', 'strong_sexual'),
    ...describedAbuse(a),
  ].filter(now);
  const whereabouts = whereaboutsHits(a);
  const weak = a.hits('safeguarding').filter((h) => h.tag.startsWith('weak_') && now(h));
  const weakKinds = new Set(weak.map((h) => h.tag));
  // Family sending a present is no grooming: a family claim counts with a wish to visit, not with a gift.
  const familyGift = weakKinds.size === 2 && weakKinds.has('weak_family_claim') && weakKinds.has('weak_gift');
  const groomingPattern = weakKinds.size >= 2 && !familyGift;
  if (strongAbuse.length === 0 && whereabouts.length === 0 && !groomingPattern) return null;
  const evidence = spansOf(a, [...strongAbuse, ...whereabouts, ...(groomingPattern ? weak : [])]);
  if (strongAbuse.length > 0) {
    return makeFlag('safeguarding', 'critical', evidence, {
      nl: 'Signalen van misbruik, geweld of een seksuele benadering: betrek direct een zorgprofessional.',
      en: 'Signs of abuse, violence or a sexual approach: involve a care professional now.',
    });
  }
  if (whereabouts.length > 0) {
    return makeFlag('safeguarding', 'critical', evidence, {
      nl: 'Iemand vraagt waar een cliënt woont of wanneer die alleen is: mogelijk loverboy of grooming.',
      en: 'Someone asks where a client lives or when they are alone: possible grooming.',
    });
  }
  return makeFlag('safeguarding', 'critical', evidence, {
    nl: 'Meerdere loverboy-signalen (cadeaus, geld, geheimhouding, online contact): betrek een zorgprofessional.',
    en: 'Several grooming signs (gifts, money, secrecy, online contact): involve a care professional.',
  });
}
