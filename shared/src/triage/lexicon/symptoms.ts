import type { Lexicon } from './types';

/**
 * Medical emergencies described by their symptoms (NTS triage and first aid), not by a diagnosis. Each
 * tag is one kind of symptom or one kind of severity; the crisis rule raises an emergency only for the
 * combinations that mean "call 112": chest pain with spreading, sweating or breathlessness; two stroke
 * signs or one that came on suddenly; a seizure that lasts or repeats; bleeding that does not stop; spots
 * that do not fade under a glass; a fall on the head with drowsiness; a swelling throat; something
 * swallowed that is poison; a baby of a few weeks with fever. "geen pijn op de borst" is negated.
 */
export const SYMPTOM_LEXICON: Lexicon = [
  {
    tag: 'chest',
    negatable: true,
    patterns: [
      'pijn|druk|drukkend|drukkende|beklemmend|beklemmende|beklemming|knellend|knellende|steken|zwaar|zware|brandend|pain|pains|pressure|tight|tightness|heavy|crushing|squeezing|ache|aching ~3 borst|borstkas|chest',
      'borst|borstkas|chest ~3 pijn|druk|knelt|drukt|beklemd|zwaar|pijnlijk|dichtsnoert|snoert|dichtgeknepen|samengeknepen|knijpt|zeer|pain|pressure|tight|tightness|hurts|hurting|aches|heavy|squeezing|crushing',
      'borstpijn|chestpain',
      'olifant ~3 borst',
      'elephant ~3 chest',
    ],
  },
  {
    tag: 'radiating',
    patterns: [
      'straalt|uitstraalt|uitstralen|uitstralend|uitstralende|trekt|schiet|schieten|loopt|gaat|spreading|spreads|spread|radiating|radiates|going|goes|moving|shooting ~4 arm|armen|kaak|rug|nek|schouder|schouderblad|linkerarm|jaw|back|neck|shoulder|arms',
      'linkerarm|linkerschouder|kaak|kaken|jaw',
      'left ~1 arm|shoulder',
      'arm|kaak|jaw ~2 doet|doen ~1 ook|pijn',
      'pijn ~3 arm|kaak|rug ~2 ook',
      'arm|kaak|jaw ~2 ook|too|as ~1 well',
    ],
  },
  {
    tag: 'sweat',
    patterns: [
      'zweet|zweten|zweterig|klam|klamme|klammig|bezweet|sweating|sweaty|clammy|sweat|sweats|drenched',
    ],
  },
  {
    tag: 'breathless',
    patterns: [
      'kortademig|benauwd|hijgt|hijgen|ademnood|piept|piepen|piepend|breathless|wheezing|wheezes|wheezy|gasping',
      'buiten ~1 adem',
      'short ~1 of ~1 breath',
      'kan|kon ~3 niet|nauwelijks|amper|moeilijk ~2 ademen|ademhalen|adem|lucht',
      'krijgt|krijg|kreeg ~2 geen|nauwelijks|amper|moeilijk ~1 lucht|adem',
      'moeilijk|zwaar ~2 ademen|ademhalen',
      'can|could ~1 not ~2 breathe|catch ~2 breath',
      'struggling|hard|trouble|difficulty|problems ~3 breathe|breathing',
      'can|could ~1 barely|hardly ~1 breathe',
    ],
  },
  {
    tag: 'pale',
    patterns: [
      'bleek|grauw|grijs|lijkbleek|misselijk|duizelig|pale|grey|gray|ashen|nauseous|dizzy|lightheaded|faint',
      'zwart ~2 voor ~2 ogen',
    ],
  },
  {
    // Stroke signs: face, speech, one arm or leg, sudden confusion.
    tag: 'stroke_face',
    patterns: [
      'mond|mondhoek|gezicht|gelaat|lip|wang|oog|ooglid|face|mouth|smile|lip|eyelid ~4 scheef|hangt|hangend|zakt|gezakt|afhangend|afhangt|trekt|droop|drooping|droopy|droops|drooped|sagging|hanging|lopsided|crooked|uneven|dropped|slack',
      'scheve|hangende ~1 mond|mondhoek|gezicht|glimlach',
      'one ~1 side ~2 face|mouth ~2 droop|drooping|dropped|down',
      'half ~1 gezicht',
      'hangt|zakt ~2 naar ~2 een|1 ~1 kant',
      'one ~1 side ~2 of ~2 face|mouth|her|his',
    ],
  },
  {
    tag: 'stroke_speech',
    patterns: [
      'praat|praten|spreekt|spreken|spraak|woorden|zinnen|stem|speech|speaking|talking|talks|words|voice ~3 onduidelijk|onverstaanbaar|raar|vreemd|dubbel|lallend|brabbel*|traag|slurred|slurring|garbled|jumbled|wrong|strange|weird|funny|nonsense|mixed',
      'lalt|lallen|brabbelt|brabbelen|slurs|slurring|slurred',
      'kan|kon ~3 niet ~3 uit ~2 woorden|woord',
      'kan|kon ~3 niet|nauwelijks ~1 meer ~1 praten|spreken',
      'kan|kon ~2 niet|nauwelijks ~2 goed|normaal|duidelijk ~1 praten|spreken',
      'kan|kon ~1 niet|nauwelijks ~1 praten|spreken',
      'mompelt|murmelt|mumbling|mumbles|wartaal|gibberish',
      'praat|praten|talking|talks ~2 onzin|nonsense|raar|weird|strange',
      'makes ~1 no ~1 sense',
      'can|could ~1 not ~3 speak|talk ~2 properly|clearly|right|normally|anymore',
      'can|could ~1 not ~2 get ~2 words ~1 out',
      'klinkt ~2 dronken',
      'sounds ~2 drunk',
    ],
  },
  {
    tag: 'stroke_limb',
    patterns: [
      'arm|armen|benen|hand|kant|zijde|lichaamshelft|linkerarm|rechterarm|linkerbeen|rechterbeen|leg|legs|side ~3 slap|slappe|krachteloos|verlamd|gevoelloos|doof|lam|zwak|weak|numb|limp|paralysed|paralyzed|dead|heavy|floppy|slaapt|tintelt',
      'arm|armen|benen|hand|linkerarm|rechterarm|rechterkant|linkerkant|kant ~2 doet|doen ~1 raar|vreemd|niks|niets',
      'arm|been|hand|kant ~2 voelt|voelen ~3 raar|vreemd|anders|dood|als',
      'arm|leg|hand|side ~2 feels ~3 strange|weird|dead|numb|like',
      'kan|kon ~3 arm|armen|been|benen|hand ~4 niet|nauwelijks ~2 optillen|bewegen|omhoog|heffen|gebruiken|voelen',
      'can|could ~1 not ~3 lift|move|raise|use|feel ~3 arm|arms|leg|legs|hand',
      'arm ~2 zakt|valt ~2 weg|naar ~1 beneden',
      'laat ~3 vallen ~2 uit ~2 hand',
      'valt ~2 opzij|om',
      'kan|kon ~3 niet|nauwelijks ~2 staan|lopen|opstaan',
      'can|could ~1 not ~2 stand|walk',
    ],
  },
  {
    tag: 'stroke_eye',
    patterns: [
      'ziet ~3 niet ~2 goed|meer|scherp',
      'dubbel ~1 zien|zicht',
      'ziet ~2 dubbel|wazig|zwart',
      'zicht ~3 weg|wazig|kwijt|zwart',
      'vision|sight ~3 lost|blurred|blurry|double|gone|black',
      'can|could ~1 not ~2 see ~3 eye|properly|left|right',
      'blind ~2 oog|eye',
      'niet ~2 goed|meer ~5 ziet|zien|zag',
      'linkeroog|rechteroog|oog|eye ~3 ziet|zie|zag|sees ~2 niet|niks|wazig|zwart|dubbel|nothing|blurry',
    ],
  },
  {
    // The worst headache of one's life, come on like a thunderclap.
    tag: 'thunderclap',
    patterns: [
      'ergste|heftigste|zwaarste ~3 hoofdpijn',
      'worst ~3 headache',
      'hoofdpijn|headache ~4 plotseling|ineens|opeens|knal|explosie|sudden|suddenly|exploding|thunderclap',
      'plotseling|ineens|opeens|sudden|suddenly ~4 hoofdpijn|headache',
    ],
  },
  {
    // Someone vulnerable missing in the cold or near water.
    tag: 'missing',
    patterns: ['vermist|zoek|weggelopen|verdwenen|missing|wandered', 'ran ~1 off|away'],
  },
  {
    tag: 'exposure',
    patterns: [
      'vriest|vriezen|koud|kou|ijskoud|pyjama|nachthemd|nachtjapon|dementie|dement|freezing|cold|pyjamas|nightgown|dementia|water|vijver|sloot|kanaal|rivier|pond|canal|river',
    ],
  },
  {
    tag: 'drowning',
    patterns: [
      'verdrinkt|verdrinken|verdronken|drowning|drowned|drijft|drijvend|drijven|floating',
      'kopje ~1 onder',
      'onder ~1 water ~2 gezakt|gegaan|gebleven',
      'went|gone|stayed ~1 under',
      'rollator|rolstoel|wheelchair|walker ~4 water|vijver|sloot|kanaal|pond|canal|river|gracht',
    ],
  },
  {
    tag: 'confused',
    patterns: [
      'verward|verwarring|gedesorienteerd|confused|confusion|disoriented|disorientated',
      'in ~1 de ~1 war',
      'herkent ~3 niet|niemand ~1 meer',
      'does ~1 not ~1 recognise|recognize',
      'weet ~2 niet ~3 waar|wie|wat ~2 is|zijn|ben',
      'does ~1 not ~1 know ~2 where|who',
    ],
  },
  {
    // The signs came on just now.
    tag: 'sudden',
    patterns: [
      'plotseling|plots|ineens|opeens|eensklaps|zojuist',
      'sinds ~2 vanochtend|vanmorgen|vanmiddag|vanavond|uur|minuten',
      'net ~3 begonnen|gebeurd|ineens',
      'paar ~1 minuten',
      'half ~1 uur ~1 geleden',
      'suddenly|sudden|abruptly',
      'just ~1 now|started|happened|began',
      'out ~1 of ~1 nowhere',
      'since ~2 this ~1 morning|afternoon|evening',
      'since ~2 an ~1 hour',
      '# ~1 minuten|min|minutes|mins ~1 geleden|ago',
      'a ~1 few ~1 minutes ~1 ago',
      'right ~1 now',
    ],
  },
  {
    // Not or barely responding, not waking up, collapsed.
    tag: 'unresponsive',
    negatable: true,
    patterns: [
      'wordt|werd ~2 niet|maar ~2 wakker',
      'krijg|krijgen|kreeg|kregen|krijgt ~3 niet|amper|nauwelijks|moeilijk ~1 wakker',
      'niet ~1 wakker ~1 te ~1 krijgen',
      'will|does|did|would ~1 not ~1 wake',
      'can|could ~1 not ~2 wake ~2 up',
      'not ~1 waking ~1 up',
      'wake ~2 her|him|them ~1 up ~1 and|but',
      'niet|nauwelijks|amper|bijna|slecht ~2 aanspreekbaar',
      'not|barely|hardly ~2 responsive',
      'bewusteloos|flauwgevallen|levenloos|unconscious|collapsed|fainted|lifeless',
      'slap ~2 als ~2 pop|vaatdoek|lappenpop',
      'buiten ~1 westen|bewustzijn',
      'in ~1 elkaar ~1 gezakt',
      'passed ~1 out',
      'out ~1 cold',
      'valt|viel|zakt|zakte ~2 steeds ~2 weg',
      'zakt|zakte ~1 weg',
      'drifting ~1 off|in ~1 and ~1 out',
      'keeps ~1 passing|fading ~1 out',
      'ogen ~3 weggedraaid|rollen|draaien ~1 weg',
      'eyes ~3 rolled|rolling',
    ],
  },
  {
    // "reageert niet" is an emergency only about a body, not about a phone or an e-mail: checked with body.
    tag: 'not_reacting',
    patterns: [
      'reageert|reageerde|reageren ~3 niet|nauwelijks|amper|nergens|slecht|traag',
      'responds|responding|responsive|reacting|reacts|respond ~2 not|barely|hardly|nothing',
      'not ~1 responding|responsive|reacting',
      'unresponsive',
      'barely ~1 responsive',
      'does|did ~1 not ~2 answer|respond',
      'geeft ~2 geen ~1 antwoord|reactie ~2 meer',
      'no ~1 response ~1 from ~1 him|her',
    ],
  },
  {
    // Words that put "reageert niet" on a person lying there.
    tag: 'body',
    patterns: [
      'ligt|lag|liggen|gevallen|gevonden|vloer|grond|badkamer|lying|laying|floor|found|ground|bathroom',
      'ogen|eyes|slap|slappe|limp|floppy|lips|lippen|adem|ademt|breathing|breath|breathes|sweaty|clammy|mumbling|mompelt|suiker|sugar|glucose|hypo',
      'talk|praat|praten ~2 to|tegen ~1 him|her|hem|haar',
      'aanspreken|schudden|geschud|roepen|geroepen|knijpen|shake|shook|shaking|calling|called ~1 her|him|name',
      'bleek|pale|blauw|blue|grauw|grey|koud|cold|zweet|klam',
    ],
  },
  {
    // Not breathing or blue.
    tag: 'not_breathing',
    negatable: true,
    patterns: [
      'blauwe|paarse ~1 lippen|lipjes|lip|mond|gezicht|vingers',
      'lippen|lipjes|lip|gezicht|mond ~3 blauw|paars|grauw|grijs',
      'blauw|paars ~3 mond|lippen|lipjes|gezicht',
      'geen ~1 ademhaling|hartslag|pols',
      'no ~1 pulse|heartbeat',
      'begin|begon|bezig|doe|doen|start|started|doing|giving ~3 reanim*|hartmassage|cpr|beademen|beademing|compressions',
      'intrekkingen|neusvleugelen|rochelt|rochelen|gurgling|gorgelt',
      'blue|purple|grey|gray ~1 lips|lip|face|fingers',
      'lips|lip|face ~3 blue|purple|grey|gray',
      'turning|turned|going|went ~1 blue|purple',
      'wordt|werd|ziet|zag|loopt|liep ~2 blauw|paars',
      'ademt ~3 niet|nauwelijks|amper|raar|vreemd|onregelmatig',
      'adem ~2 stopt|stokt|stilgevallen|weg',
      'stopt|stopte|gestopt ~2 met ~1 ademen',
      'stopped ~1 breathing',
      'not|barely|hardly ~1 breathing',
      'is ~1 not ~1 breathing',
      'hapt|happen|hapte|snakt|snakken ~3 naar ~2 adem|lucht',
      'gasping ~2 for ~1 air|breath',
      'adem ~1 niet|nauwelijks',
      'kan ~3 niet ~1 ademen',
      'krijgt ~1 geen ~1 lucht',
    ],
  },
  {
    tag: 'seizure',
    negatable: true,
    patterns: [
      'aanval|aanvallen|toeval|toevallen|insult|insulten|epileptisch*|epilepsie*|stuip|stuipen|stuiptrekking*|schokt|schokken|schokte|schokkend|convulsie*|seizure|seizures|seizing|fit|fits|fitting|convulsing|convulsions|convulsion|jerking|twitching',
      'trekt|trekken|trekte ~3 met ~2 armen|benen|lichaam|hele',
      'shaking ~2 all ~1 over|uncontrollably',
      'schudt|schudden|trilt|trillen|stijf|schokt ~3 hele ~1 lichaam',
      'shaking|shakes|jerks|stiff|jerking ~3 whole ~1 body',
      'armen ~2 benen ~2 schokken|trekken|trillen',
      'arms ~2 legs ~2 jerking|shaking|twitching',
      'schuim ~3 mond',
      'foam|foaming ~3 mouth',
    ],
  },
  {
    // It goes on: "stopt niet", "won't stop".
    tag: 'nonstop',
    patterns: [
      'maar ~1 niet ~1 ophouden|stoppen',
      'stopt ~2 niet',
      'houdt ~3 niet ~1 op',
      'gaat|blijft ~2 maar ~1 door',
      'blijft ~2 bloeden|schokken|doorgaan',
      'will|does|would|did ~1 not ~2 stop',
      'not ~1 stopping',
      'keeps ~1 going|bleeding|shaking|jerking',
      'can|could ~1 not ~2 stop ~1 it',
      'krijg|krijgen|krijgt ~2 het ~2 niet ~2 gestopt|gestelpt|dicht',
      'nog ~1 steeds|altijd ~2 schokken|schokt|trekt|bezig|bloeden|bloedt',
      'still ~1 shaking|jerking|seizing|fitting',
      'keeps ~1 bleeding',
      'stroomt|gutst|loopt ~2 maar ~1 door',
    ],
  },
  {
    // It has lasted minutes already.
    tag: 'duration',
    patterns: [
      'al ~1 # ~1 minuten|minuutjes|min|kwartier',
      '# ~1 minuten|minuutjes|min|minutes|mins ~2 al|lang|bezig|now|already|long',
      'langer ~2 dan ~2 # ~1 minuten|min',
      'meer ~1 dan ~1 # ~1 minuten|min',
      'over|more ~1 than ~1 # ~1 minutes|mins',
      'for ~2 # ~1 minutes|mins',
      'al ~2 kwartier|half ~1 uur',
      'kwartier|quarter ~1 of ~1 an ~1 hour',
    ],
  },
  {
    // It happens again before they came round.
    tag: 'repeat',
    patterns: [
      'achter|na ~1 elkaar',
      'in ~1 a ~1 row',
      'back ~1 to ~1 back',
      'tweede|derde|second|third|another ~2 aanval|toeval|seizure|fit|one',
      '# ~1 aanvallen|toevallen|insulten|seizures|fits',
      'zonder ~3 wakker|bij ~1 te ~1 komen',
      'without ~3 waking|coming',
      'weer|opnieuw|again ~2 begonnen|begint|started|starts',
      'niet ~2 bijgekomen|bij ~1 gekomen|wakker ~1 geworden',
      'not ~2 come ~2 round|around|to',
    ],
  },
  {
    tag: 'bleeding',
    negatable: true,
    patterns: [
      'bloed|bloedt|bloeden|bloedde|bloeding|bloedingen|bloedverlies|nabloeding|bleeding|bleeds|bleed|blood|bled|haemorrhage|hemorrhage',
    ],
  },
  {
    tag: 'heavy',
    negatable: true,
    patterns: [
      'veel|enorm|liters|plassen|stolsels|stolsel|doorweekt|doorgebloed|gutst|gutsen|spuit|zoveel|flink|flinke|soaked|soaking|pouring|gushing|spurting|clots|lots|heavily|heavy|everywhere|overal|filled',
      'helder|bright ~1 rood|red',
      'klonters|klonten|clots',
      'full|vol ~2 of|met ~1 blood|bloed',
      'changed|verschoond|vervangen ~3 twice|keer|times',
      'a ~1 lot',
      'through ~2 towel|towels|pad|pads|sheets',
      'door ~2 handdoek|handdoeken|verband|lakens|maandverband',
    ],
  },
  {
    tag: 'after_surgery',
    patterns: [
      'operatie|geopereerd|ingreep|hechtingen|bevalling|bevallen|kraam|kraamweek|keizersnede|gebaard|surgery|operation|operated|procedure|stitches|birth|delivery|delivered|postpartum|caesarean|section|sectio|keizersnee|drain|drainzak|tuck|liposuctie|amandelen|tonsils|tonsillectomy',
      'laten ~2 knippen|weghalen|verwijderen|opereren',
      'removed|verwijderd|weggehaald|ontslagen|discharged',
      'dressing|verband|wondverband',
      'zwanger|zwangerschap|pregnant|pregnancy|miskraam|miscarriage',
    ],
  },
  {
    tag: 'spots',
    patterns: [
      'vlekjes|vlekken|puntjes|stipjes|plekjes|plekken|spots|spot|rash|dots|blotches|uitslag|bloeduitstortinkjes|petechien',
    ],
  },
  {
    tag: 'glass',
    patterns: [
      'glas|glass|glaasje|tumbler',
      'niet ~1 wegdrukbaar|wegdrukbare|weg ~1 te ~1 drukken',
      'wegdrukken|wegdrukbaar ~3 niet|nie',
      'gaan|gaat ~2 niet ~1 weg',
      'verdwijnen|verdwijnt ~2 niet',
      'do|does|did ~1 not ~2 fade|disappear|go ~1 away',
      'not ~1 fading',
    ],
  },
  {
    tag: 'fever',
    negatable: true,
    patterns: [
      'koorts|koortsig|verhoging|gloeit|gloeiend|fever|feverish|temperature|temp',
      'burning ~1 up',
      '38|39|40|41 ~1 graden|degrees|komma|punt|c|#',
    ],
  },
  {
    tag: 'stiff_drowsy',
    patterns: [
      'stijve ~1 nek',
      'stiff ~1 neck',
      'suf|suffig|sufferig|slaperig|duf|dufjes|lusteloos|hangerig ~1 en|heel|erg|zo|drowsy|sleepy|lethargic|floppy|groggy|dazed',
      'suf|suffig|sufferig|slaperig|drowsy|sleepy|groggy|dazed',
      'dozing|dozes|dozed ~1 off',
      'valt|viel ~2 steeds|telkens|constant ~2 in ~1 slaap',
      'keeps ~1 falling ~1 asleep',
      'doet|deed ~1 raar|vreemd',
      'acting ~1 strange|weird|odd',
      'zakt ~1 steeds ~1 weg',
      'braakt|braken|overgeven|spuugt|spugen|kotst|vomiting|vomited',
      'throwing|threw ~1 up',
      'being ~1 sick',
      'hoofdpijn ~2 erger',
      'same ~1 questions|question',
      'zelfde ~1 vragen|vraag',
      'pupils|pupillen ~4 different|verschillend|ongelijk|uneven|groot|big',
      'verward|confused',
      'out ~1 of ~1 it',
    ],
  },
  {
    tag: 'fall',
    patterns: [
      'gevallen|viel|gestruikeld|uitgegleden|geklapt|klapte|gebotst|botste|gesmakt|smakte|gedoken|dook|tumbled|fell|fallen|fall|tripped|slipped|knocked|gestoten|stootte|bumped|hit|banged|dived|dove|crashed',
      'van ~2 trap',
    ],
  },
  {
    tag: 'head',
    patterns: [
      'hoofd|achterhoofd|voorhoofd|hoofdwond|schedel|kop|head|skull|forehead|temple',
      'bloed|bloedt ~3 oor|oren',
      'blood|bleeding ~3 ear|ears',
    ],
  },
  {
    tag: 'throat_swelling',
    patterns: [
      'keel|tong|lippen|lip|gezicht|ogen|mond|throat|tongue|lips|face|eyes|mouth ~3 zwelt|zwellen|opgezwollen|gezwollen|dik|dikker|opzetten|swelling|swollen|swells|swell|puffed|puffy',
      'zwelt|zwellen|opgezwollen|gezwollen|dikke|swelling|swollen|puffy ~2 keel|tong|lippen|gezicht|throat|tongue|lips|face',
      'keel ~3 dicht|knijpt|zit ~1 dicht',
      'throat ~3 closing|tight|tightening|closes',
    ],
  },
  {
    tag: 'allergy',
    patterns: [
      'allergisch|allergie|allergische|pinda|pindas|noten|notenallergie|wesp|wespensteek|bijensteek|gestoken|epipen|garnalen|garnaal|anafylax*|peanut|peanuts|nuts|nut|bees|beesting|wasp|sting|stung|allergic|allergy|anaphyla*|shellfish|schaaldieren',
    ],
  },
  {
    tag: 'swallowed',
    patterns: [
      'ingeslikt|doorgeslikt|opgegeten|opgedronken|gedronken|ingenomen|genomen|gegeten|geslikt|slikte|ingeslikte|doorgebeten|swallowed|swallow|ate|eaten|drank|drunk|took|taken|chewed|sucked|licked|bit|bitten',
      'gevonden|found ~5 pillen|tabletten|medicijnen|pills|tablets|meds|medicine',
      'got ~1 into ~4 pills|tablets|meds|medicine',
      'gezogen|gelikt|sabbelen|gesabbeld',
      'in ~2 zijn|haar|de ~1 mond ~1 gehad|gestopt|gedaan',
      'put ~2 in ~2 his|her|their ~1 mouth',
    ],
  },
  {
    tag: 'toxic',
    patterns: [
      'batterij*|knoopcel*|knoopbatterij*|magneet|magneetjes|magneten|schoonmaakmiddel|bleekwater|chloor|ontstopper|gootsteenontstopper|gif|vergif|rattengif|rattenkorrels|wasmiddel|wasmiddelcapsule*|vaatwastablet*|lampenolie|terpentine|antivries|battery|batteries|magnet|magnets|bleach|poison|detergent|cleaner|drain|pods|pod|antifreeze|paraffin|weedkiller|pesticide',
      'button ~1 battery|batteries|cell',
      'strip|doosje|potje|flesje|pot|fles|doos ~2 pillen|tabletten|medicijnen|paracetamol|ijzertabletten|vitamines|slaappillen',
      'all|whole|entire|a ~1 bottle|box|pack|packet|strip|handful ~2 of ~2 pills|tablets|paracetamol|medicine|meds',
      'handvol',
      'te ~1 veel ~3 pillen|tabletten|medicijnen|paracetamol',
      'too ~1 many ~2 pills|tablets|paracetamol',
      '# ~1 pillen|tabletten|pills|tablets|paracetamols|paracetamol|ibuprofen|oxazepam|temazepam|diazepam|xanax|tramadol|oxycodon|oxycodone|seroquel|quetiapine|lithium|antidepressants',
      'pak|doos|strip ~3 pillen|tabletten|medicijnen',
      'pillen|tabletten|medicijnen ~3 van ~2 grootvader|grootmoeder|bompa|bomma|vader|moeder',
      'iron ~1 tablets|pills',
      'pressure|heart|bloeddruk|hart ~1 pills|tablets|medicine|pillen|tabletten',
      'ijzertabletten|hartpillen|bloeddrukpillen|slaappillen|bloedverdunners',
      'per ~1 ongeluk|vergissing',
      'by ~1 accident|mistake',
      'zeep|afwasmiddel|ammoniak|ammonia|nicotine|liquid|vloeistof|lampolie',
      'oven ~1 cleaner',
      'accidentally',
      'pillen|tabletten|medicijnen|pills|tablets|medicine ~2 van ~2 oma|opa|mama|papa|grandma|grandpa|mum|mom|dad',
    ],
  },
  {
    // Blood coughed up or vomited, or black stools.
    tag: 'blood_vomit',
    patterns: [
      'bloed ~3 overgeven|braken|spugen|spuug|spuugt|ophoesten|hoest|gebraakt',
      'overgeven|braken|spugen|spuug|spuugt|ophoesten|hoest|braakt ~3 bloed',
      'vomiting|vomited|coughing|coughed ~3 blood',
      'throwing ~1 up ~3 blood',
      'zwarte|teerachtige ~1 ontlasting|poep',
      'black|tarry ~1 stool|stools|poo|poop',
    ],
  },
  {
    tag: 'choking',
    patterns: [
      'verslikt|verslikte|stikt|stikken|choking|choked|chokes',
      'vast ~3 in ~2 keel|luchtpijp',
      'stuck ~3 in ~2 throat',
    ],
  },
  {
    // Drugs taken, for an overdose with fever, confusion or a seizure.
    tag: 'drugs',
    patterns: [
      'xtc|mdma|ghb|ketamine|coke|cocaine|speed|paddos|paddo|lsd|molly|pilletje|pill ~3 genomen|gebruikt|geslikt|took|taken|had|dropped',
      'took|taken|genomen|gebruikt|geslikt ~3 xtc|mdma|ghb|ketamine|coke|cocaine|paddos|lsd|molly|pill|pilletje',
    ],
  },
  {
    // Low blood sugar.
    tag: 'hypo',
    patterns: [
      'hypo|hypoglycemie|bloedsuiker|suiker|sugar|glucose ~3 laag|low|#',
      'blood ~1 sugar',
      'diabetes|diabeet|diabetic|insuline|insulin',
    ],
  },
  {
    tag: 'burn',
    patterns: [
      'brandwond|brandwonden|verbrand|verbrandde|burn|burns|burned|burnt|scald|scalded',
      'kokend|kokende|hete|boiling|hot ~1 water|tea|olie|oil|soep|soup',
    ],
  },
  {
    tag: 'burn_large',
    patterns: [
      'groot|grote|hele|heel|large|big|whole|entire ~2 arm|been|borst|rug|buik|gezicht|lichaam|leg|chest|back|face|body|hand',
      'blaren|blisters',
      'vel|skin ~2 los|peeling|off',
      'gezicht|face',
      'baby|peuter|kindje|toddler',
    ],
  },
  {
    // A baby of a few weeks: fever is then an emergency.
    tag: 'young_baby',
    patterns: [
      'pasgeboren*|newborn|zuigeling|neonaat|newborns',
      '# ~1 weken|weekjes|weken|weeks|week ~1 oud|old',
      'baby|babytje|zoontje|dochtertje|kindje|son|daughter|boy|girl ~3 van|is ~1 # ~1 weken|weekjes|weeks',
      'een|two|twee|one|1|2 ~1 maand|maanden|maandjes|mnd|month|months ~1 oud|old',
      'van ~1 1|2|een|twee|anderhalve ~1 maand|maanden|maandjes|mnd',
      'baby ~2 van ~1 een|1|twee|2 ~1 maand|maanden',
    ],
  },
];
