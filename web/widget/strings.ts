import type { WidgetLanguage } from '@webcare/shared';

/** The widget's words, Dutch first. */
const nl = {
  open: 'Chat met ons',
  close: 'Chat sluiten',
  title: 'Chat',
  openNow: 'Nu bereikbaar',
  closedNow: 'Nu gesloten: we antwoorden zo snel mogelijk',
  alwaysOpen: 'Dag en nacht bereikbaar',
  hours: 'Openingstijden',
  privacyTitle: 'Voordat u begint',
  privacyAccept: 'Ik begrijp het',
  placeholder: 'Typ uw bericht…',
  send: 'Versturen',
  attach: 'Afbeelding toevoegen',
  removeImage: 'Afbeelding weghalen',
  image: 'Afbeelding',
  typing: 'Er wordt een antwoord getypt…',
  you: 'U',
  us: 'Wij',
  sending: 'Wordt verstuurd…',
  failed: 'Niet verstuurd',
  tooLong: (limit: number) =>
    `Uw bericht is te lang: maximaal ${limit} tekens. Maak het korter of verstuur het in delen.`,
  imageTooLarge: (mb: number) => `Deze afbeelding is te groot: maximaal ${mb} MB.`,
  imageType: 'Alleen foto’s (JPEG, PNG, GIF of WebP) kunnen worden verstuurd.',
  rateLimited: (s: number) =>
    `U stuurt veel berichten kort na elkaar. Probeer het over ${s} seconden opnieuw.`,
  offline: 'Het bericht kon niet worden verstuurd. Controleer uw verbinding en probeer het opnieuw.',
  notAllowed: 'Deze chat is op deze website niet beschikbaar.',
  phoneAsk: 'We bellen u graag terug. Op welk nummer kunnen we u bereiken?',
  phoneLabel: 'Telefoonnummer',
  phoneSend: 'Bel mij terug',
  phoneInvalid: 'Dit is geen telefoonnummer dat we kunnen bellen.',
  phoneThanks: 'Dank u. We bellen u zo snel mogelijk terug.',
  days: { mon: 'ma', tue: 'di', wed: 'wo', thu: 'do', fri: 'vr', sat: 'za', sun: 'zo' },
};

export type Strings = typeof nl;

const en: Strings = {
  open: 'Chat with us',
  close: 'Close chat',
  title: 'Chat',
  openNow: 'Available now',
  closedNow: 'Closed now: we will answer as soon as we can',
  alwaysOpen: 'Available day and night',
  hours: 'Opening hours',
  privacyTitle: 'Before you start',
  privacyAccept: 'I understand',
  placeholder: 'Type your message…',
  send: 'Send',
  attach: 'Add an image',
  removeImage: 'Remove image',
  image: 'Image',
  typing: 'Someone is typing an answer…',
  you: 'You',
  us: 'Us',
  sending: 'Sending…',
  failed: 'Not sent',
  tooLong: (limit: number) =>
    `Your message is too long: at most ${limit} characters. Shorten it or send it in parts.`,
  imageTooLarge: (mb: number) => `This image is too large: at most ${mb} MB.`,
  imageType: 'Only photos (JPEG, PNG, GIF or WebP) can be sent.',
  rateLimited: (s: number) => `You are sending many messages in a short time. Try again in ${s} seconds.`,
  offline: 'The message could not be sent. Check your connection and try again.',
  notAllowed: 'This chat is not available on this website.',
  phoneAsk: 'We would like to call you back. On which number can we reach you?',
  phoneLabel: 'Phone number',
  phoneSend: 'Call me back',
  phoneInvalid: 'This is not a phone number we can call.',
  phoneThanks: 'Thank you. We will call you back as soon as we can.',
  days: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
};

export function stringsFor(language: WidgetLanguage): Strings {
  return language === 'en' ? en : nl;
}

/** The page's own language when the script tag names none: English for an English page, else Dutch. */
export function pageLanguage(explicit: string | null | undefined): WidgetLanguage | null {
  const value = (explicit ?? '').toLowerCase();
  if (value.startsWith('en')) return 'en';
  if (value.startsWith('nl')) return 'nl';
  return null;
}
