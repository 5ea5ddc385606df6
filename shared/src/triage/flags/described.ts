import type { Analysis, UnitSet } from '../analysis';
import type { Hit } from '../matcher';

/**
 * Crisis signals that are described rather than named: suicide warning signs (lexicon "sign") and
 * medical emergencies told as symptoms (lexicon "symptom"). A single kind of sign never raises a flag;
 * the rules below ask for the combinations that carry the meaning. Words in a sentence that tells the past
 * ("tien jaar geleden", "years ago") do not count, nor do warning signs in a message about a story, or
 * a farewell to a colleague who leaves.
 */

/** Suicide warning signs that count as a kind of their own. */
const SIGN_KINDS = [
  'means',
  'plan',
  'place',
  'farewell',
  'giveaway',
  'cancel',
  'finality',
  'no_need',
  'burden',
  'disappear',
  'hopeless',
  'withdrawn',
] as const;

/** Kinds that together with a near, fixed time are enough ("pills saved" + "tonight"). */
const WITH_TIME: ReadonlySet<string> = new Set(['means', 'plan', 'goodbye_note', 'finality', 'disappear']);

/** Kinds that someone who cannot reach the writer makes urgent ("neemt niet op" + goodbye letters). */
const WITH_WORRY: ReadonlySet<string> = new Set([
  'means',
  'place',
  'goodbye_note',
  'farewell',
  'giveaway',
  'plan',
  'disappear',
]);

/** Kinds that a farewell at work or a move explains ("bedankt voor alles", "mijn laatste dag", a card). */
const WORK_FAREWELL: ReadonlySet<string> = new Set([
  'farewell',
  'goodbye_note',
  'giveaway',
  'finality',
  'no_need',
  'cancel',
]);

/** Kinds that a reason explains: "de dokter zei dat ik de fysio niet meer nodig heb". */
const EXPLAINED: ReadonlySet<string> = new Set(['no_need', 'cancel']);

/** Hits that fear of an operation explains: "bang dat ik niet meer wakker word". */
const FEARED: ReadonlySet<string> = new Set(['disappear', 'unresponsive']);

/** Hits of a lexicon, without those in sentences about the past, a story or a fear. */
function present(a: Analysis, lexicon: 'sign' | 'symptom'): Hit[] {
  const all = a.hits(lexicon);
  if (!all.some((h) => !h.tag.startsWith('context_'))) return [];
  // Most messages have none of these: look the sentences up only for the kinds that are there.
  const units = (tag: string): UnitSet | null => (a.has('sign', tag) ? a.sentencesWith('sign', tag) : null);
  const past = units('context_history');
  const fiction = units('context_fiction');
  const fear = units('context_fear');
  const general = units('context_general');
  return all.filter((h) => {
    if (h.tag.startsWith('context_')) return false;
    const s = a.words.sentence[h.first];
    if (past?.[s] === 1 || fiction?.[s] === 1 || general?.[s] === 1) return false;
    return !(fear?.[s] === 1 && FEARED.has(h.tag));
  });
}

/** Sentences that tell the past. */
export function pastSentences(a: Analysis): UnitSet {
  return a.sentencesWith('sign', 'context_history');
}

/** Sentences about a story, a film, a play. */
export function fictionSentences(a: Analysis): UnitSet {
  return a.sentencesWith('sign', 'context_fiction');
}

/** The hits that make a combination of suicide warning signs, or an empty list. */
export function warningSigns(a: Analysis): Hit[] {
  if (a.has('sign', 'context_fiction')) return [];
  const leavingJob = a.has('sign', 'context_leaving_job');
  const reason = a.has('sign', 'context_reason');
  const hits = present(a, 'sign').filter(
    (h) => !(leavingJob && WORK_FAREWELL.has(h.tag)) && !(reason && EXPLAINED.has(h.tag)),
  );
  if (hits.length === 0) return [];
  const byTag = new Map<string, Hit[]>();
  for (const h of hits) {
    const list = byTag.get(h.tag);
    if (list) list.push(h);
    else byTag.set(h.tag, [h]);
  }
  // Cutting with bleeding or a deep wound is self-harm that needs care now.
  const cutting =
    byTag.has('self_cut') &&
    (byTag.has('deep_wound') || a.has('symptom', 'bleeding') || a.has('symptom', 'nonstop'));
  // A rope hung up or a weapon bought, or a place to jump from with the height, the train, the jump.
  const placeToJump =
    byTag.has('place') && (byTag.has('jump') || byTag.has('time_near') || byTag.has('voices'));
  const ready = byTag.has('means_ready');
  if (ready) byTag.set('means', [...(byTag.get('means') ?? []), ...(byTag.get('means_ready') ?? [])]);
  const kinds = SIGN_KINDS.filter((k) => byTag.has(k));
  // A goodbye letter is a farewell; with a time it is enough on its own.
  if (byTag.has('goodbye_note') && !kinds.includes('farewell')) kinds.push('farewell');
  const time = byTag.has('time');
  const worry = byTag.has('unreachable');
  const enough =
    cutting ||
    placeToJump ||
    byTag.has('voices') ||
    ready ||
    kinds.length >= 2 ||
    (time && [...byTag.keys()].some((k) => WITH_TIME.has(k))) ||
    (worry && [...byTag.keys()].some((k) => WITH_WORRY.has(k)));
  if (!enough) return [];
  const used = [
    ...kinds,
    ...(time ? ['time'] : []),
    ...(worry ? ['unreachable'] : []),
    ...(placeToJump ? ['jump', 'time_near'] : []),
    'voices',
    ...(cutting ? ['self_cut', 'deep_wound'] : []),
    'goodbye_note',
  ];
  return used.flatMap((k) => byTag.get(k) ?? []);
}

/** The hits that make a medical emergency told by its symptoms, or an empty list. */
export function emergencySymptoms(a: Analysis): Hit[] {
  // "Ik ben flauwgevallen bij het bloedprikken, alles weer goed": over, not an emergency.
  if (a.has('sign', 'context_resolved')) return [];
  const hits = present(a, 'symptom');
  if (hits.length === 0) return [];
  const byTag = new Map<string, Hit[]>();
  for (const h of hits) {
    const list = byTag.get(h.tag);
    if (list) list.push(h);
    else byTag.set(h.tag, [h]);
  }
  const has = (tag: string): boolean => byTag.has(tag);
  const out: Hit[] = [];
  const take = (...tags: string[]): void => {
    for (const t of tags) out.push(...(byTag.get(t) ?? []));
  };
  // Chest pain or pressure with spreading, sweating, breathlessness or pallor.
  if (has('chest') && (has('radiating') || has('sweat') || has('breathless') || has('pale'))) {
    take('chest', 'radiating', 'sweat', 'breathless', 'pale');
  }
  // Stroke: two signs, or one that came on suddenly.
  const strokeSigns = ['stroke_face', 'stroke_speech', 'stroke_limb', 'stroke_eye'].filter(has);
  const suddenConfusion = has('confused') && has('sudden');
  if (strokeSigns.length + (suddenConfusion ? 1 : 0) >= 2 || (strokeSigns.length >= 1 && has('sudden'))) {
    take('stroke_face', 'stroke_speech', 'stroke_limb', 'stroke_eye', 'confused', 'sudden');
  }
  // Not waking, collapsed; "reageert niet" about someone lying there.
  if (has('unresponsive')) take('unresponsive');
  if (has('not_reacting') && (has('body') || has('sudden') || has('stiff_drowsy') || has('confused'))) {
    take('not_reacting', 'body', 'sudden', 'stiff_drowsy', 'confused');
  }
  // The worst headache of one's life, sudden.
  if (has('thunderclap')) take('thunderclap');
  // Someone missing in the cold or near water; someone in the water.
  if (has('missing') && has('exposure')) take('missing', 'exposure');
  if (has('drowning')) take('drowning');
  // Not breathing or blue.
  if (has('not_breathing')) take('not_breathing');
  // A seizure that lasts, goes on, or repeats.
  if (has('seizure') && (has('nonstop') || has('duration') || has('repeat'))) {
    take('seizure', 'nonstop', 'duration', 'repeat');
  }
  // Bleeding that does not stop, or heavy bleeding after an operation or a birth, or with pallor.
  if (
    has('bleeding') &&
    (has('nonstop') ||
      (has('heavy') && (has('after_surgery') || has('pale'))) ||
      (has('after_surgery') && has('pale')))
  ) {
    take('bleeding', 'nonstop', 'heavy', 'after_surgery', 'pale');
  }
  // Spots that do not fade under a glass, or spots with fever and a stiff neck or drowsiness.
  if (has('spots') && (has('glass') || (has('fever') && has('stiff_drowsy')))) {
    take('spots', 'glass', 'fever', 'stiff_drowsy');
  }
  // A fall on the head and drowsy, vomiting or confused.
  if (has('fall') && has('head') && (has('stiff_drowsy') || has('confused') || has('unresponsive'))) {
    take('fall', 'head', 'stiff_drowsy', 'confused');
  }
  // A swelling throat or tongue with breathlessness or after an allergen.
  if (has('throat_swelling') && (has('breathless') || has('allergy'))) {
    take('throat_swelling', 'breathless', 'allergy');
  }
  // Poison, a button battery or a handful of pills swallowed.
  if (has('swallowed') && has('toxic')) take('swallowed', 'toxic');
  // Blood vomited or coughed up, or black stools, with a lot of it, pallor or again and again.
  if (has('blood_vomit') && (has('heavy') || has('pale') || has('nonstop') || has('repeat'))) {
    take('blood_vomit', 'heavy', 'pale', 'nonstop', 'repeat');
  }
  // Choking with breathlessness or turning blue.
  if (has('choking') && (has('breathless') || has('not_breathing'))) take('choking', 'breathless');
  // Drugs taken, then fever, confusion, a seizure, chest pain or not reacting.
  const overdose = ['fever', 'confused', 'seizure', 'chest', 'not_reacting', 'stiff_drowsy'];
  if (has('drugs') && overdose.some(has)) take('drugs', ...overdose);
  // Low blood sugar with confusion, sweating or not reacting properly.
  const hypo = ['confused', 'not_reacting', 'stroke_speech', 'unresponsive'];
  if (has('hypo') && hypo.some(has)) take('hypo', ...hypo);
  // A large burn, on the face or on a small child.
  if (has('burn') && has('burn_large')) take('burn', 'burn_large');
  // A baby of a few weeks with fever or laboured breathing.
  if (has('young_baby') && (has('fever') || has('breathless'))) take('young_baby', 'fever', 'breathless');
  // A fall or a dive, then an arm or the legs that do not move.
  if (has('fall') && has('stroke_limb')) take('fall', 'stroke_limb');
  return out;
}
