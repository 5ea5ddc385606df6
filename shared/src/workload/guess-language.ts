/** Frequent short words that tell Dutch (and Flemish) from English in a message of a few words. */
const DUTCH = new Set(
  'de het een en ik je jij u uw wij we is zijn was niet wat waar wanneer hoe kan mag wil moet graag dank bedankt hallo hoi goedemorgen goedemiddag alstublieft alsjeblieft met voor van op in naar bij ook nog maar dat die dit deze er heb hebt heeft mijn mij me zo al geen wel'.split(
    ' ',
  ),
);
const ENGLISH = new Set(
  'the a an and i you your we is are was not what where when how can may will must please thanks thank hello hi good with for of on in to at also still but that this these there have has my me so no yes'.split(
    ' ',
  ),
);

/**
 * The language of a message, `nl` or `en`, by its common words; null when it cannot tell (too short,
 * a tie). Used to match conversations with agents' language skills.
 */
export function guessLanguage(text: string): 'nl' | 'en' | null {
  const words = text.toLowerCase().match(/[a-zà-ÿ']+/g) ?? [];
  let nl = 0;
  let en = 0;
  for (const word of words) {
    if (DUTCH.has(word)) nl++;
    if (ENGLISH.has(word)) en++;
  }
  if (nl === en) return null;
  return nl > en ? 'nl' : 'en';
}
