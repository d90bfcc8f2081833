import type { Locale } from './corpus';

/**
 * Words the generated 2,000-rule pack is built from: everyday support nouns, marketing
 * adjectives and verbs, corporate jargon and officialese with plain replacements, per language.
 * Some entries also occur in the corpus, so the big pack finds things as a real one would.
 */
export interface Vocab {
  nouns: string[];
  adjs: string[];
  verbs: string[];
  jargon: string[];
  /** [observed pattern, preferred ("a|b" for alternatives)] */
  plain: Array<[string, string]>;
  /** Inflection suffix pattern appended to nouns, e.g. "(?:s|es)?". */
  plural: string;
  /** Sentence frames for examples; "%s" is where the offending text goes. */
  frame: string;
  /** A reply that follows the house style, used as every rule's good example. */
  good: string;
  /** Words a reply must contain, per element name (for "required" rules). */
  required: Record<string, string[]>;
  /** Function words counted by occurrence rules. */
  weWords: string;
  hedges: string;
}

export const VOCAB: Record<Locale, Vocab> = {
  en: {
    nouns: ['order', 'parcel', 'delivery', 'refund', 'invoice', 'account', 'password', 'subscription', 'app', 'update', 'store', 'branch', 'booking', 'ticket', 'seat', 'train', 'flight', 'payment', 'card', 'voucher', 'discount', 'price', 'fee', 'contract', 'tariff', 'plan', 'router', 'connection', 'signal', 'bill', 'meter', 'warranty', 'repair', 'device', 'screen', 'battery', 'charger', 'feature', 'release', 'outage', 'service', 'support', 'agent', 'callback', 'complaint', 'feedback', 'survey', 'newsletter', 'loyalty', 'points', 'solution', 'experience', 'journey', 'offering', 'platform'],
    adjs: ['seamless', 'robust', 'innovative', 'holistic', 'scalable', 'proactive', 'dynamic', 'leading', 'cutting-edge', 'next-generation', 'customer-centric', 'frictionless', 'streamlined', 'tailored', 'bespoke', 'premium', 'exclusive', 'unique', 'exciting', 'amazing', 'awesome', 'incredible', 'unparalleled', 'world-class', 'state-of-the-art', 'hassle-free', 'end-to-end', 'mission-critical', 'strategic', 'optimal'],
    verbs: ['leverage', 'utilise', 'optimise', 'streamline', 'action', 'operationalise', 'incentivise', 'socialise', 'ideate', 'onboard', 'upskill', 'reach out', 'circle back', 'touch base', 'drill down', 'deep dive', 'double-click', 'align', 'synergise', 'empower'],
    jargon: ['synergies', 'bandwidth', 'low-hanging fruit', 'move the needle', 'paradigm shift', 'value-add', 'deliverables', 'stakeholders', 'pain points', 'learnings', 'going forward', 'best-in-class', 'escalated', 'ticket', 'SLA', 'backlog', 'ETA', 'ASAP', 'FYI', 'per se', 'KPI', 'workaround', 'root cause', 'action item', 'touchpoint', 'omnichannel', 'thought leadership', 'win-win', 'game changer', 'disrupt'],
    plain: [
      ['utili[sz]e', 'use'], ['commence', 'start'], ['purchase', 'buy'], ['assist', 'help'], ['endeavou?r', 'try'],
      ['in order to', 'to'], ['prior to', 'before'], ['facilitate', 'help'], ['regarding', 'about'], ['additional', 'more|extra'],
      ['approximately', 'about'], ['sufficient', 'enough'], ['inform', 'tell'], ['require', 'need'], ['obtain', 'get'],
      ['terminate', 'end'], ['numerous', 'many'], ['subsequently', 'later'], ['expedite', 'speed up'], ['ascertain', 'find out'],
      ['in the event that', 'if'], ['with regard to', 'about'], ['at your earliest convenience', 'when you can'], ['kindly', 'please'],
      ['a number of', 'some'], ['due to the fact that', 'because'], ['in the near future', 'soon'], ['on a daily basis', 'daily'],
      ['at this point in time', 'now'], ['e-mail', 'email'], ['web site', 'website'], ['log-in', 'log in'], ['wifi', 'Wi-Fi'],
    ],
    plural: '(?:s|es)?',
    frame: 'Thanks for asking – %s is on our list for this week.',
    good: "Thanks, Maria – I've passed this on to the team and will reply here by Friday. – Sam",
    required: {
      acknowledgement: ['sorry', 'apologi[sz]e', 'I understand', 'I hear you', 'that sounds', 'fair point', 'thanks for (?:telling|letting)'],
      'next step': ["I['’]ll", "we['’]ll", 'could you', 'please (?:send|DM|message)', "here['’]s what", 'shall I', 'you can'],
      greeting: ['hi', 'hello', 'hey', 'thanks', 'thank you', 'good (?:morning|afternoon|evening)'],
      thanks: ['thanks', 'thank you', 'cheers', 'much appreciated'],
    },
    weWords: '\\b(?:we|our|us)\\b',
    hedges: '\\b(?:really|very|just|quite|actually|basically)\\b',
  },
  de: {
    nouns: ['Bestellung', 'Paket', 'Lieferung', 'Erstattung', 'Rechnung', 'Konto', 'Passwort', 'Abo', 'App', 'Update', 'Filiale', 'Buchung', 'Ticket', 'Sitzplatz', 'Zug', 'Flug', 'Zahlung', 'Karte', 'Gutschein', 'Rabatt', 'Preis', 'Gebühr', 'Vertrag', 'Tarif', 'Router', 'Verbindung', 'Empfang', 'Zähler', 'Garantie', 'Reparatur', 'Gerät', 'Bildschirm', 'Akku', 'Ladegerät', 'Funktion', 'Störung', 'Service', 'Kundendienst', 'Rückruf', 'Beschwerde', 'Umfrage', 'Newsletter', 'Treuepunkte', 'Anliegen', 'Vorgang', 'Sachverhalt', 'Kulanz', 'Mahnung', 'Kündigung', 'Lieferzeit', 'Lösung', 'Erlebnis', 'Plattform'],
    adjs: ['nahtlos', 'innovativ', 'ganzheitlich', 'skalierbar', 'proaktiv', 'dynamisch', 'führend', 'zukunftsweisend', 'kundenorientiert', 'reibungslos', 'maßgeschneidert', 'exklusiv', 'einzigartig', 'spannend', 'großartig', 'unglaublich', 'erstklassig', 'hochmodern', 'nachhaltig', 'optimal', 'strategisch', 'digital', 'agil', 'smart', 'effizient', 'umfassend', 'individuell', 'transparent', 'flexibel', 'zeitnah'],
    verbs: ['optimieren', 'priorisieren', 'eskalieren', 'kommunizieren', 'implementieren', 'evaluieren', 'incentivieren', 'skalieren', 'abholen', 'mitnehmen', 'aufsetzen', 'ausrollen', 'vorantreiben', 'aufgleisen', 'synchronisieren', 'fokussieren', 'adressieren', 'performen', 'committen', 'supporten'],
    jargon: ['Synergien', 'zeitnah', 'diesbezüglich', 'Customer Journey', 'Touchpoint', 'Mehrwert', 'Stakeholder', 'Deliverables', 'Learnings', 'Commitment', 'Roadmap', 'Benchmark', 'Best Practice', 'Kick-off', 'Follow-up', 'Ticket', 'eskaliert', 'SLA', 'Backoffice', 'Second-Level', 'Workaround', 'Use Case', 'Pain Points', 'Quick Win', 'Game Changer', 'proaktiv', 'ganzheitlich', 'Win-win', 'asap', 'FYI'],
    plain: [
      ['diesbezüglich', 'dazu'], ['zeitnah', 'bald|bis morgen'], ['bezüglich', 'zu|über'], ['seitens', 'von'], ['mittels', 'mit'],
      ['erhalten Sie', 'bekommen Sie'], ['zwecks', 'für|um'], ['betreffend', 'zu'], ['hinsichtlich', 'zu|bei'], ['Kenntnisnahme', 'Info'],
      ['umgehend', 'sofort'], ['baldmöglichst', 'so bald wie möglich'], ['vonseiten', 'von'], ['Rückantwort', 'Antwort'], ['Rückfrage', 'Frage'],
      ['in Bezug auf', 'zu'], ['aufgrund der Tatsache, dass', 'weil'], ['zum jetzigen Zeitpunkt', 'jetzt'], ['zur Verfügung stellen', 'geben'],
      ['in Kenntnis setzen', 'informieren'], ['Unannehmlichkeiten', 'Ärger'], ['E-mail', 'E-Mail'], ['eMail', 'E-Mail'],
      ['Emailadresse', 'E-Mail-Adresse'], ['Handynummer', 'Mobilnummer'], ['Ansprechpartner', 'Ansprechperson'], ['Mitarbeiter', 'Mitarbeitende'],
      ['etwaige', 'mögliche'], ['Verständnis', 'Geduld'], ['erteilen', 'geben'],
    ],
    plural: '(?:e|en|n|s)?',
    frame: 'Danke für die Frage – %s steht diese Woche auf unserer Liste.',
    good: 'Danke, Frau Berger – ich habe das an das Team weitergegeben und melde mich hier bis Freitag. – Lena',
    required: {
      acknowledgement: ['tut (?:mir|uns) leid', 'entschuldig\\p{L}*', 'ich verstehe', 'verständlich', 'ärgerlich', 'Sie haben recht', 'danke für (?:den|Ihren) Hinweis'],
      'next step': ['ich (?:melde|kümmere|prüfe|schaue)', 'wir (?:melden|kümmern|prüfen)', 'könnten Sie', 'schreiben Sie uns', 'soll ich', 'Sie können'],
      greeting: ['hallo', 'guten (?:Tag|Morgen|Abend)', 'hi', 'liebe[rs]?', 'danke'],
      thanks: ['danke', 'vielen Dank', 'herzlichen Dank', 'merci'],
    },
    weWords: '\\b(?:wir|uns|unser\\p{L}*)\\b',
    hedges: '\\b(?:eigentlich|wirklich|sehr|ziemlich|quasi|halt|eben)\\b',
  },
  sv: {
    nouns: ['beställning', 'paket', 'leverans', 'återbetalning', 'faktura', 'konto', 'lösenord', 'prenumeration', 'app', 'uppdatering', 'butik', 'bokning', 'biljett', 'plats', 'tåg', 'flyg', 'betalning', 'kort', 'presentkort', 'rabatt', 'pris', 'avgift', 'avtal', 'abonnemang', 'router', 'uppkoppling', 'täckning', 'mätare', 'garanti', 'reparation', 'enhet', 'skärm', 'batteri', 'laddare', 'funktion', 'driftstörning', 'tjänst', 'kundtjänst', 'återuppringning', 'klagomål', 'enkät', 'nyhetsbrev', 'bonuspoäng', 'ärende', 'order', 'retur', 'kvitto', 'leveranstid', 'uppsägning', 'avisering', 'lösning', 'upplevelse', 'plattform'],
    adjs: ['sömlös', 'innovativ', 'helhetlig', 'skalbar', 'proaktiv', 'dynamisk', 'ledande', 'banbrytande', 'kundfokuserad', 'smidig', 'skräddarsydd', 'exklusiv', 'unik', 'spännande', 'fantastisk', 'otrolig', 'förstklassig', 'modern', 'hållbar', 'optimal', 'strategisk', 'digital', 'agil', 'smart', 'effektiv', 'omfattande', 'personlig', 'transparent', 'flexibel', 'snabb'],
    verbs: ['optimera', 'prioritera', 'eskalera', 'kommunicera', 'implementera', 'utvärdera', 'skala upp', 'förankra', 'landa', 'rulla ut', 'driva', 'synka', 'fokusera', 'adressera', 'leverera', 'säkerställa', 'tillgängliggöra', 'återkoppla', 'stämma av', 'bolla'],
    jargon: ['synergier', 'i dagsläget', 'återkoppla', 'helhetslösning', 'kundresa', 'mervärde', 'intressenter', 'leverabler', 'lärdomar', 'commitment', 'färdplan', 'best practice', 'kick-off', 'uppföljning', 'ärende', 'eskalerats', 'SLA', 'backend', 'andra linjen', 'workaround', 'use case', 'quick win', 'game changer', 'proaktiv', 'win-win', 'asap', 'fyi', 'avstämning', 'touchpoint', 'erhålla'],
    plain: [
      ['erhålla', 'få'], ['tillhandahålla', 'ge|erbjuda'], ['i dagsläget', 'nu'], ['beträffande', 'om'], ['avseende', 'om'],
      ['således', 'alltså'], ['emellertid', 'men'], ['därefter', 'sedan'], ['samtliga', 'alla'], ['erforderlig', 'nödvändig'],
      ['inneha', 'ha'], ['påbörja', 'börja'], ['tillställa', 'skicka'], ['vederbörande', 'den det gäller'], ['i syfte att', 'för att'],
      ['med anledning av', 'på grund av'], ['i enlighet med', 'enligt'], ['vänligen', 'gärna'], ['återkoppla', 'svara'], ['e-mail', 'mejl|e-post'],
      ['email', 'mejl|e-post'], ['snarast', 'så snart vi kan'], ['härmed', 'nu'], ['ovanstående', 'det här'], ['bifoga', 'skicka med'],
      ['delge', 'berätta'], ['notera', 'tänk på'], ['eventuella olägenheter', 'besväret'], ['helhetslösning', 'lösning'], ['kundtjänstärende', 'ärende'],
    ],
    plural: '(?:en|et|er|erna|na|n)?',
    frame: 'Tack för frågan – %s står på vår lista den här veckan.',
    good: 'Tack, Anna – jag har skickat det vidare till teamet och svarar här senast på fredag. /Erik',
    required: {
      acknowledgement: ['förlåt', 'ledsen', 'ursäkt\\p{L}*', 'jag förstår', 'tråkigt', 'du har rätt', 'tack för att du (?:säger|hör)'],
      'next step': ['jag (?:kollar|tittar|följer|bokar|skickar)', 'vi (?:kollar|tittar|återkommer)', 'kan du', 'skicka (?:ett|gärna)', 'vill du att', 'du kan'],
      greeting: ['hej', 'hallå', 'god (?:morgon|kväll)', 'tack'],
      thanks: ['tack', 'stort tack', 'tusen tack'],
    },
    weWords: '\\b(?:vi|oss|vår|vårt|våra)\\b',
    hedges: '\\b(?:faktiskt|verkligen|typ|liksom|ganska|bara)\\b',
  },
};

/** Made-up product and competitor names for the language-independent brand rules. */
export const BRAND_HEADS = ['Lum', 'Nor', 'Vik', 'Sol', 'Bri', 'Kal', 'Tor', 'Ess', 'Mar', 'Vel', 'Ast', 'Fjor', 'Hel', 'Ox', 'Quin'];
export const BRAND_TAILS = ['ora', 'vik', 'ion', 'ex', 'ity', 'ana', 'ello', 'ix', 'und', 'eta'];
export const BRAND_SUFFIXES = ['Cloud', 'Pay', 'Go', 'Plus', 'Home', 'Connect', 'Care', 'One', 'Play', 'Pro'];
