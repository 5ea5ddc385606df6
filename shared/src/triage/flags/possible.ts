import type { EvidenceSpan, FlagCode, Localized, Severity, TriageFlag } from '../../contract/triage';
import { mergeSpans } from './flag';

/** What a flag raised by the learned model alone says, and how severe it is. */
const POSSIBLE: Record<FlagCode, { severity: Severity; reason: Localized }> = {
  crisis: {
    severity: 'critical',
    reason: {
      nl: 'Mogelijke crisis: de woorden lijken op een noodsituatie of gedachten aan zelfdoding. Neem direct persoonlijk contact op.',
      en: 'Possible crisis: the wording resembles an emergency or suicidal thoughts. Make personal contact right away.',
    },
  },
  safeguarding: {
    severity: 'critical',
    reason: {
      nl: 'Mogelijk onveilige situatie: de woorden lijken op misbruik, uitbuiting of geweld. Bel terug en volg het protocol.',
      en: 'Possibly unsafe: the wording resembles abuse, exploitation or violence. Call back and follow the protocol.',
    },
  },
  explicit_media: {
    severity: 'high',
    reason: {
      nl: 'Mogelijk expliciet beeld: bekijk het alleen als het nodig is.',
      en: 'Possibly explicit media: view it only if you need to.',
    },
  },
  medical_public: {
    severity: 'high',
    reason: {
      nl: 'Mogelijk gezondheidsinformatie in het openbaar.',
      en: 'Possibly health details in public.',
    },
  },
  medical_advice: {
    severity: 'medium',
    reason: {
      nl: 'Mogelijk een vraag om persoonlijk medisch advies.',
      en: 'Possibly a request for personal medical advice.',
    },
  },
  pii_public: {
    severity: 'high',
    reason: { nl: 'Mogelijk persoonsgegevens in het openbaar.', en: 'Possibly personal data in public.' },
  },
  client_confidentiality: {
    severity: 'high',
    reason: {
      nl: 'Mogelijk een vraag of iemand cliënt is, of waar: bevestig niets.',
      en: 'Possibly asks whether someone is a client, or where: confirm nothing.',
    },
  },
  complaint: {
    severity: 'low',
    reason: { nl: 'Mogelijk een klacht.', en: 'Possibly a complaint.' },
  },
  aggression: {
    severity: 'high',
    reason: {
      nl: 'Mogelijk een bedreiging of intimidatie.',
      en: 'Possibly a threat or intimidation.',
    },
  },
  press: {
    severity: 'medium',
    reason: { nl: 'Mogelijk een vraag van de pers.', en: 'Possibly a press inquiry.' },
  },
};

export function possibleFlag(
  code: FlagCode,
  confidence: number,
  evidence: readonly EvidenceSpan[],
): TriageFlag {
  const { severity, reason } = POSSIBLE[code];
  // Built in one literal: spreading a flag into a new object was a measurable share of the model's time.
  return {
    code,
    severity,
    evidence: mergeSpans(evidence),
    reason,
    possible: true,
    confidence: Math.round(confidence * 100) / 100,
  };
}
