import type { Localized, SwitchKind } from '../contract/triage';

/**
 * Ready replies that make a channel switch, in plain language (B1). They never say anything about the
 * person's health in public and never confirm that someone is a client or patient. Crisis replies name
 * the crisis line of the organisation's country (NL: 113 / 0800-0113, BE: 1813) and 112.
 */
export type TemplateSituation =
  | 'crisis'
  | 'emergency'
  | 'safeguarding'
  | 'confidentiality'
  | 'advice'
  | 'call_request'
  | 'public'
  | 'documents';

export interface TemplateOptions {
  kind: SwitchKind;
  situation: TemplateSituation;
  country: 'NL' | 'BE';
  /** The reply is posted where everyone can read it. */
  isPublic: boolean;
  /** The person posted personal data in public. */
  piiInPublic: boolean;
}

function crisisLine(country: 'NL' | 'BE'): Localized {
  return country === 'BE'
    ? {
        nl: 'Praten kan ook altijd, gratis en anoniem, met de Zelfmoordlijn: bel 1813 of chat via zelfmoord1813.be.',
        en: 'You can also talk to the Zelfmoordlijn any time, free and anonymous: call 1813 or chat at zelfmoord1813.be.',
      }
    : {
        nl: 'Praten kan ook altijd, dag en nacht, gratis en anoniem, met 113 Zelfmoordpreventie: bel 113 of 0800-0113, of chat via 113.nl.',
        en: 'You can also talk to 113 Suicide Prevention day and night, free and anonymous: call 113 or 0800-0113, or chat at 113.nl.',
      };
}

function abuseLine(country: 'NL' | 'BE'): Localized {
  return country === 'BE'
    ? {
        nl: 'Je kunt ook gratis en anoniem bellen met 1712, de hulplijn voor geweld en misbruik.',
        en: 'You can also call 1712 for free and anonymously, the helpline for violence and abuse.',
      }
    : {
        nl: 'Je kunt ook gratis en anoniem bellen met Veilig Thuis: 0800-2000.',
        en: 'You can also call Veilig Thuis for free and anonymously: 0800-2000.',
      };
}

function join(...parts: Localized[]): Localized {
  return { nl: parts.map((p) => p.nl).join(' '), en: parts.map((p) => p.en).join(' ') };
}

/** Where the person sends their number: never in a public comment. */
function sendNumber(isPublic: boolean, informal: boolean): Localized {
  if (informal) {
    return isPublic
      ? {
          nl: 'Stuur ons je telefoonnummer in een privébericht.',
          en: 'Send us your phone number in a private message.',
        }
      : { nl: 'Stuur ons hier je telefoonnummer.', en: 'Send us your phone number here.' };
  }
  return isPublic
    ? {
        nl: 'Wilt u ons uw telefoonnummer en een handig moment sturen in een privébericht?',
        en: 'Could you send us your phone number and a good time in a private message?',
      }
    : {
        nl: 'Wilt u ons hier uw telefoonnummer en een handig moment sturen?',
        en: 'Could you send us your phone number and a good time here?',
      };
}

const KEEP_PRIVATE: Localized = {
  nl: 'Zet persoonlijke gegevens liever niet in een openbare reactie; wij verbergen uw reactie.',
  en: 'Please do not put personal details in a public comment; we will hide your comment.',
};

function callBack(o: TemplateOptions): Localized {
  switch (o.situation) {
    case 'emergency':
      return join(
        {
          nl: 'Is er nu direct gevaar of is iemand ernstig ziek? Bel meteen 112.',
          en: 'Is there danger right now or is someone seriously ill? Call 112 straight away.',
        },
        { nl: 'Wij bellen u daarna zo snel mogelijk terug.', en: 'We will call you back as soon as we can.' },
        o.isPublic
          ? {
              nl: 'Stuur ons uw telefoonnummer in een privébericht.',
              en: 'Send us your phone number in a private message.',
            }
          : { nl: 'Stuur ons hier uw telefoonnummer.', en: 'Send us your phone number here.' },
      );
    case 'crisis':
      return join(
        {
          nl: 'Wat goed dat je dit laat weten. We willen je graag zo snel mogelijk spreken en bellen je terug.',
          en: 'Thank you for telling us. We would like to talk to you as soon as possible and will call you back.',
        },
        sendNumber(o.isPublic, true),
        { nl: 'Ben je in direct gevaar? Bel dan 112.', en: 'Are you in danger right now? Call 112.' },
        crisisLine(o.country),
      );
    case 'safeguarding':
      return join(
        {
          nl: 'Dank je dat je dit vertelt. Dat is goed en belangrijk. We willen je graag helpen en bellen je terug.',
          en: 'Thank you for telling us. That is good and important. We want to help you and will call you back.',
        },
        sendNumber(o.isPublic, true),
        { nl: 'Ben je nu in gevaar? Bel dan 112.', en: 'Are you in danger right now? Call 112.' },
        abuseLine(o.country),
      );
    case 'confidentiality':
      return join(
        {
          nl: 'Bedankt voor uw bericht. Wij geven nooit informatie over wie er bij ons woont, verblijft of in behandeling is. Zo beschermen we iedereen.',
          en: 'Thank you for your message. We never give information about who lives, stays or is treated with us. This is how we protect everyone.',
        },
        {
          nl: 'Wilt u ons spreken? Dan bellen we u graag terug.',
          en: 'Would you like to talk to us? We are happy to call you back.',
        },
        sendNumber(o.isPublic, false),
      );
    default:
      return join(
        {
          nl: 'Bedankt voor uw bericht. We bellen u graag terug om dit goed met u te bespreken.',
          en: 'Thank you for your message. We would like to call you back to talk this through with you.',
        },
        sendNumber(o.isPublic, false),
        ...(o.isPublic && o.piiInPublic ? [KEEP_PRIVATE] : []),
      );
  }
}

function privateMessage(o: TemplateOptions): Localized {
  return join(
    {
      nl: 'Bedankt voor uw bericht. We helpen u graag verder in een privébericht, dan kan niet iedereen meelezen.',
      en: 'Thank you for your message. We are happy to help you further in a private message, so not everyone can read along.',
    },
    { nl: 'We sturen u zo een bericht.', en: 'We will send you a message shortly.' },
    ...(o.piiInPublic ? [KEEP_PRIVATE] : []),
  );
}

function secureChannel(o: TemplateOptions): Localized {
  return join(
    {
      nl: 'Bedankt voor uw bericht. Persoonsnummers, uitslagen en documenten delen we liever niet via dit kanaal.',
      en: 'Thank you for your message. We prefer not to share personal numbers, results and documents on this channel.',
    },
    {
      nl: 'We sturen u een link naar een veilige omgeving, zoals beveiligde e-mail of het patiëntenportaal. Daar regelen we het verder.',
      en: 'We will send you a link to a secure place, such as secure e-mail or the patient portal. We will take it from there.',
    },
    ...(o.isPublic && o.piiInPublic ? [KEEP_PRIVATE] : []),
  );
}

function inPerson(o: TemplateOptions): Localized {
  const urgent = o.situation === 'crisis' || o.situation === 'safeguarding' || o.situation === 'emergency';
  return join(
    {
      nl: 'Dank je wel voor je bericht. Je hoeft niet te bellen.',
      en: 'Thank you for your message. You do not have to call.',
    },
    {
      nl: 'We regelen dat iemand van ons persoonlijk met je komt praten, op een plek die voor jou fijn is.',
      en: 'We will arrange for one of us to come and talk with you in person, at a place that feels good for you.',
    },
    ...(urgent
      ? [
          {
            nl: 'Ben je nu in gevaar? Vraag dan meteen iemand in de buurt om hulp, of laat iemand 112 bellen.',
            en: 'Are you in danger right now? Ask someone nearby for help straight away, or have someone call 112.',
          },
          o.situation === 'safeguarding'
            ? {
                nl: 'Je mag het ook tegen iemand vertellen die je vertrouwt.',
                en: 'You can also tell someone you trust.',
              }
            : o.country === 'BE'
              ? {
                  nl: 'Je kunt ook chatten met de Zelfmoordlijn via zelfmoord1813.be.',
                  en: 'You can also chat with the Zelfmoordlijn at zelfmoord1813.be.',
                }
              : {
                  nl: 'Je kunt ook dag en nacht chatten met 113 via 113.nl.',
                  en: 'You can also chat with 113 day and night at 113.nl.',
                },
        ]
      : []),
  );
}

/**
 * The template for a switch. A few dozen combinations exist and most messages need one: each is written
 * once and handed out as a fresh copy, so a caller that changes its copy changes nothing else.
 */
export function switchTemplate(o: TemplateOptions): Localized {
  const key = `${o.kind}:${o.situation}:${o.country}:${o.isPublic ? 1 : 0}:${o.piiInPublic ? 1 : 0}`;
  let made = written.get(key);
  if (made === undefined) {
    made = writeTemplate(o);
    written.set(key, made);
  }
  return { nl: made.nl, en: made.en };
}

const written = new Map<string, Localized>();

function writeTemplate(o: TemplateOptions): Localized {
  switch (o.kind) {
    case 'call_back':
      return callBack(o);
    case 'private_message':
      return privateMessage(o);
    case 'secure_channel':
      return secureChannel(o);
    case 'in_person':
      return inPerson(o);
  }
}
