import type { Lexicon } from './types';

/**
 * Press: a journalist or media outlet asking for a response or an interview. "identity" says who is
 * writing (journalist, redacteur, "we maken een uitzending"); "request" asks for a reaction. Reading
 * an article or seeing a broadcast is not press.
 */
export const PRESS_LEXICON: Lexicon = [
  {
    tag: 'identity',
    patterns: [
      'journalist*|reporter|reporters|redacteur*|eindredacteur|verslaggever*|correspondent|programmamaker|documentairemaker|podcastmaker',
      'journalism|newsroom|redactie',
      'werk ~2 aan ~3 artikel|reportage|uitzending|documentaire|item|podcast|achtergrondverhaal|onderzoek',
      'schrijf|schrijven ~3 artikel|stuk|reportage|verhaal ~3 over',
      'maken|maak|making|make ~3 uitzending|documentaire|reportage|item|aflevering|programma|broadcast|documentary|podcast|story',
      'working ~2 on ~3 story|article|piece|report|documentary',
      'writing|write ~3 piece|article|story|feature|report ~3 for|about|on',
      'namens|voor|for|from|with ~1 de|het|the ~1 krant|dagblad|omroep|newspaper|broadcaster|magazine|tijdschrift',
      'namens|voor|for|from|with ~1 nos|rtl|vrt|vtm|hln|sbs|npo|zembla|nieuwsuur|eenvandaag|pointer|argos|radar|kassa|telegraaf|volkskrant|nrc|trouw|parool|bbc|reuters|anp|belga',
      'bij ~1 het|de ~1 dagblad|krant|omroep',
    ],
  },
  {
    tag: 'request',
    patterns: [
      'reageren|reactie|reacties|woordvoerder|woordvoerster|persvoorlichter|persvoorlichting|persafdeling|perscontact',
      'interview|interviewen|spreken|quote|citaat',
      'te ~1 woord ~1 staan',
      'vragen ~1 stellen',
      'press ~1 office|officer',
      'spokesperson|spokesman|comment|statement|respond|response',
      'call|bel|bellen ~1 me|mij',
    ],
  },
];
