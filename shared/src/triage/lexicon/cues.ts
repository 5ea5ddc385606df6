import type { Lexicon } from './types';

/**
 * Words around numbers that say what a number is. A date only counts as a date of birth with a
 * "birth" or "age" cue; a patient number needs its label; an order or invoice label tells us a nine-digit
 * number is no BSN even when it happens to pass the 11-proef.
 */
export const CUE_LEXICON: Lexicon = [
  {
    tag: 'birth',
    patterns: [
      'geboren|geb|geboortedatum|geboortedag|verjaardag|jarig',
      'geb ~1 datum',
      'born|birthday|birthdate|dob',
      'date ~1 of ~1 birth',
      'ik ~1 ben ~1 van',
    ],
  },
  {
    tag: 'age',
    patterns: ['leeftijd|age|aged', 'jaar ~1 oud', 'years ~1 old', 'wordt ~2 jaar'],
  },
  {
    tag: 'bsn',
    patterns: [
      'bsn|burgerservicenummer|sofinummer|sofi',
      'citizen ~1 service ~1 number',
      'burger ~1 service ~1 nummer',
    ],
  },
  {
    tag: 'patient_number',
    patterns: [
      'patientnummer|patientnr|patientennummer|patientid|dossiernummer|dossiernr|clientnummer|clientnr|ziekenhuisnummer|epdnummer|registratienummer|mrn',
      'patient|client|dossier ~1 nummer|nr|number|id|no',
      'pat ~1 nr|nummer',
      'medical ~1 record ~1 number',
      'hospital ~1 number',
    ],
  },
  {
    tag: 'not_personal',
    patterns: [
      'bestelnummer|ordernummer|factuurnummer|klantnummer|referentie|referentienummer|kenmerk|zendingnummer|trackingnummer|trackandtrace|artikelnummer|bestelling|order|factuur|invoice|ticket|ticketnummer|transactie|betalingskenmerk',
    ],
  },
];
