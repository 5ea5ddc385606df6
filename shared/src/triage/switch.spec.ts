import type { TriageContext } from '../contract/triage';
import { classifyWith } from './classify';

/** The rules alone: the learned model is checked in engine.spec.ts. */
const classify = (text: string, context: TriageContext) => classifyWith(text, context, null);

const pub: TriageContext = { channel: 'facebook_comment', visibility: 'public' };
const dm: TriageContext = { channel: 'whatsapp', visibility: 'private' };
const kind = (text: string, ctx = dm) => classify(text, ctx).suggestedSwitch?.kind ?? null;

describe('suggested switch', () => {
  it('moves a public medical question to a private message, saying nothing about health', () => {
    const s = classify(
      'Ik heb sinds maart borstkanker, kan ik een second opinion krijgen?',
      pub,
    ).suggestedSwitch!;
    expect(s.kind).toBe('private_message');
    expect(s.template.nl).toMatch(/privébericht/);
    expect(s.template.nl).not.toMatch(/kanker|chemo|ziek/i);
    expect(s.template.en).toMatch(/private message/);
  });

  it('answers someone asking when a resident is alone without confirming anything or treating them as a victim', () => {
    for (const text of [
      'Hoi, ik ben een vriend van Lisa die bij jullie woont. Weet u wanneer ze alleen is? Niks tegen de begeleiding zeggen hoor.',
      'Op welke groep woont Sanne? Ik wil haar verrassen.',
    ]) {
      const result = classify(text, { channel: 'messenger', visibility: 'private' });
      expect(result.priority).toBe('urgent');
      const s = result.suggestedSwitch!;
      expect(s.kind).toBe('call_back');
      expect(s.template.nl).toMatch(/nooit informatie/);
      expect(s.template.nl).not.toMatch(/Dank je dat je dit vertelt|helpen/);
    }
  });

  it('calls back in a crisis, with the NL crisis lines and 112', () => {
    const s = classify('Ik zie het niet meer zitten, ik wil er niet meer zijn', pub).suggestedSwitch!;
    expect(s.kind).toBe('call_back');
    expect(s.template.nl).toMatch(/113/);
    expect(s.template.nl).toMatch(/0800-0113/);
    expect(s.template.nl).toMatch(/112/);
    expect(s.template.en).toMatch(/113/);
  });

  it('names the Belgian crisis line for a Belgian organisation', () => {
    const s = classify('ik wil niet meer leven', { ...dm, sender: { country: 'BE' } }).suggestedSwitch!;
    expect(s.template.nl).toMatch(/1813/);
    expect(s.template.nl).toMatch(/112/);
    expect(s.template.nl).not.toMatch(/0800-0113/);
  });

  it('goes in person when calling is hard for the person', () => {
    expect(kind('hoi ik vind bellen eng. mijn begeleider schreeuwt tegen mij')).toBe('in_person');
    expect(kind('Ik vind het moeilijk om te bellen. Ik krijg mijn medicijnen niet goed mee.')).toBe(
      'in_person',
    );
    expect(kind('ik wil niet meer leven', { ...dm, sender: { prefersNoPhone: true } })).toBe('in_person');
    expect(
      kind('Mag ik mijn bloedverdunners blijven slikken?', { ...dm, sender: { prefersNoPhone: true } }),
    ).toBe('in_person');
  });

  it('calls a resident who reports abuse back like anyone else, unless calling is hard for them', () => {
    const text =
      "ik woon bij jullie op de groep en een jongen van buiten vraagt steeds of ik naaktfoto's wil sturen";
    expect(kind(text)).toBe('call_back');
    expect(kind(text, { ...dm, sender: { prefersNoPhone: true } })).toBe('in_person');
  });

  it('calls back for safeguarding and individual advice', () => {
    expect(kind('Mijn vriend slaat mij. Ik durf niet naar huis.')).toBe('call_back');
    expect(kind('Mag ik mijn bloedverdunners blijven slikken voor de operatie?')).toBe('call_back');
  });

  it('calls back when the person asks for it', () => {
    expect(kind('Bel me even terug op 06-12345678 over mijn afspraak bij de diabetespoli', pub)).toBe(
      'call_back',
    );
  });

  it('moves a BSN posted in public to a private message, where the identity is checked', () => {
    expect(kind('Ik wacht al 3 weken op mijn uitslag. Mijn BSN is 628194821.', pub)).toBe('private_message');
    expect(kind('Patiëntnummer 3381726, is mijn verwijzing al binnen?', pub)).toBe('private_message');
  });

  it('calls back when the person asks for a call in other words, a journalist too', () => {
    expect(kind('Kan de teamleider mij vandaag bellen?')).toBe('call_back');
    expect(kind('Ik ben journalist bij Omroep Brabant, mag ik u bellen over de wachtlijsten?')).toBe(
      'call_back',
    );
    expect(kind('Reporter at a local paper here, can your spokesperson call me?')).toBe('call_back');
    expect(kind('Liefst een telefoontje, ik lees slecht.')).toBe('call_back');
  });

  it('does not take a complaint about calls for a request to be called', () => {
    expect(kind('Niemand van jullie heeft me ooit teruggebeld, schandalig.')).toBeNull();
    expect(kind('Twee uur in de wachtrij en dan moet ik morgen zelf terugbellen. Belachelijk.')).toBeNull();
    expect(kind('Six weeks waiting for a callback about my care package.')).toBeNull();
  });

  it('uses a secure channel for identifiers and documents in private', () => {
    expect(kind('Mijn BSN is 252760189, kunnen jullie mijn dossier opsturen?')).toBe('secure_channel');
    expect(kind('Mijn IBAN is NL91ABNA0417164300, kunnen jullie terugstorten?')).toBe('secure_channel');
    expect(kind('Kunnen jullie de uitslag van mijn bloedonderzoek sturen? Geboortedatum 03-09-1971')).toBe(
      'secure_channel',
    );
  });

  it('stays on the channel for press, aggression, explicit media and plain questions', () => {
    expect(kind('Ik ben journalist bij het Dagblad, wie kan ik spreken over de wachtlijsten?')).toBeNull();
    expect(kind('ik kom jullie kantoor slopen')).toBeNull();
    expect(kind('Hoe laat begint de disco vrijdag?')).toBeNull();
    expect(kind('stuur eens een foto terug 😘', { ...dm, attachments: [{ type: 'image' }] })).toBeNull();
  });

  it('never confirms a client in a template', () => {
    const s = classify('Op welke locatie woont Jessica nu? Ik ben haar oom.', pub).suggestedSwitch!;
    expect(s.kind).toBe('call_back');
    expect(s.template.nl).toMatch(/nooit informatie/);
    expect(s.template.nl).not.toMatch(/Jessica/);
  });

  it('gives every suggestion a reason and template in both languages', () => {
    for (const text of [
      'ik wil dood',
      'Mijn BSN is 252760189, stuur mijn dossier',
      'Mag ik twee paracetamol bij mijn antibiotica nemen?',
    ]) {
      const s = classify(text, dm).suggestedSwitch!;
      expect(s.reason.nl && s.reason.en && s.template.nl && s.template.en).toBeTruthy();
    }
  });

  it('answers a complaint where it came in, unless it names health details in public', () => {
    expect(kind('Schandalig, al drie weken wacht ik en niemand belt terug')).toBeNull();
    expect(kind('Schandalig, al drie weken wacht ik en niemand belt terug', pub)).toBeNull();
    expect(kind('Schandalig hoe jullie met mijn vader met dementie omgaan in het verpleeghuis', pub)).toBe(
      'private_message',
    );
  });

  it('moves a public question about a client to a private message, and answers a private one there', () => {
    expect(kind('Ligt Marieke Bosman bij jullie op de IC?', pub)).toBe('private_message');
    expect(kind('Ligt Marieke Bosman bij jullie op de IC?')).toBeNull();
  });

  it('calls back on a medical question that comes with an intimate photo', () => {
    const photo: TriageContext = { ...dm, attachments: [{ type: 'image' }] };
    const r = classify('hi, my penis has a rash since last week, pic attached. is that normal?', photo);
    expect(r.flags.map((f) => f.code)).toEqual(['explicit_media', 'medical_advice']);
    expect(r.suggestedSwitch?.kind).toBe('call_back');
  });

  it('suggests nothing for a draft', () => {
    expect(kind('Wij bellen u terug op 06-12345678', { ...pub, draft: true })).toBeNull();
  });
});
