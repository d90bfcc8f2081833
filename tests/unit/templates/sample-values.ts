import type { Platform, Template } from '../../../src/core/pack/schema';
import type { RenderValues } from '../../../src/core/templates/render';

/**
 * Realistic values for rendering starter templates in tests: what a communicator would type.
 * Known keys have hand-written values; keys added later fall back to the example in the
 * placeholder's label ("e.g. '4 pm today'", „…“, t.ex. "…"), then to a guess from the key.
 */
const KNOWN: Record<string, Record<string, string>> = {
  en: {
    answer: 'You can change your delivery address in the app under Orders, up to an hour before dispatch.',
    'can.share': 'the new timetable starts on 1 March and every current route stays',
    'careers.link': 'https://example.com/careers',
    'delivery.situation': 'the courier is running two days behind in the North West',
    fact: 'the reusable cups are made from recycled plastic and are collected at every store',
    fix: "we've corrected the ad and will honour the price shown for every order placed before today",
    'guidelines.link': 'https://example.com/community',
    helpline: 'Samaritans on 116 123',
    'incident.summary': "the app won't load for some customers",
    mistake: 'The price shown in our ad',
    'press.page': 'https://example.com/press',
    'price.details': 'The monthly plan goes from £9 to £10 in April',
    'price.reason': 'our energy and delivery costs have risen by a fifth this year',
    'product.name': 'the FreshBrew kettle (batch 2231)',
    reason: "it's confidential between both companies",
    'safety.advice': 'stop using it and unplug it',
    'shift.end': '6 pm',
    'source.link': 'https://example.com/facts',
    steps: 'log out, update the app and log back in',
    topic: 'the details of the contract',
    'update.time': '4 pm today',
  },
  de: {
    'ansprechperson.name': 'Jana Wolf',
    'antwort.kurz': 'Die Lieferadresse können Sie in der App unter „Bestellungen“ bis eine Stunde vor dem Versand ändern.',
    'antwort.link': 'https://example.com/hilfe',
    'info.link': 'https://example.com/info',
    'karriere.link': 'https://example.com/karriere',
    'lieferung.grund': 'unser Paketdienst nach dem Streik im Rückstand ist',
    'lieferung.termin': 'bis Mittwoch',
    'netiquette.link': 'https://example.com/netiquette',
    'preis.betrag': '9,99 € im Monat',
    'preis.details': 'Darin ist der Versand schon enthalten.',
    'preis.link': 'https://example.com/preise',
    'presse.link': 'https://example.com/presse',
    'produkt.name': 'den Wasserkocher',
    'quelle.link': 'https://example.com/fakten',
    'rueckmeldung.zeit': 'morgen 12 Uhr',
    'status.link': 'https://example.com/status',
    'stoerung.bereich': 'die Anmeldung in der App',
    'stoerung.stand': 'Die Ursache ist gefunden, und die Technik spielt gerade ein Update ein.',
    'team.name': 'unserem Produktteam',
    'update.zeit': '14 Uhr',
  },
  sv: {
    amne: 'de nya öppettiderna',
    datum: 'på fredag',
    funktion: 'mörkt läge i appen',
    handelse: 'branden i vårt lager i Borås',
    'info.lank': 'https://example.com/info',
    'kalla.lank': 'https://example.com/fakta',
    'karriar.lank': 'https://example.com/jobb',
    kollega: 'vårt lager',
    'korrekt.info': 'vi tar inte ut någon avgift för returer',
    losning: 'inloggningen',
    myndighet: 'Elsäkerhetsverket',
    'press.kontakt': 'https://example.com/press',
    pris: '1 299 kr',
    'pris.detaljer': 'Frakten ingår.',
    produkt: 'vattenkokaren Snabb 2000',
    'samtalsregler.lank': 'https://example.com/samtalsregler',
    skal: 'förhandlingarna med facket pågår',
    'status.lank': 'https://example.com/status',
    'stod.kontakt': 'Mind på 90101',
    'storning.paverkar': 'inloggningen i appen',
    svar: 'Du kan ändra leveransadressen i appen under Ordrar fram till en timme före avsändning.',
    'svar.tid': 'kl. 15 i dag',
    'team.namn': 'teamet i butiken',
    tjanst: 'betalningen i appen',
    uppdatering: 'kl. 14',
    'uppdatering.tid': 'kl. 14',
    'vad.blev.fel': 'du fick fel storlek',
  },
};

const PEOPLE: Record<string, { author: string; handle: string; agent: string; org: string }> = {
  en: { author: 'Sam Taylor (they/them) 🌈', handle: '@samtaylor', agent: 'Anna Berg', org: 'Northwind' },
  de: { author: 'Paula Nowak | Marketing', handle: 'paula_nowak', agent: 'Jonas Weber', org: 'Nordwind' },
  sv: { author: 'Jonas Lind 🇸🇪', handle: 'jonaslind', agent: 'Sara Ek', org: 'Nordvind' },
};

const EXAMPLE = /(?:e\.g\.|z\.\s?B\.|t\.ex\.)\s*[„“"'”«»‘]([^„“"'”«»‘’]+)[“”"'«»’]/;

/** A value for one variable of a template, as a communicator might fill it. */
export function sampleValue(locale: string, key: string, label = ''): string {
  const lang = locale.slice(0, 2);
  const known = KNOWN[lang]?.[key];
  if (known) return known;
  const example = EXAMPLE.exec(label)?.[1];
  if (example) return example.trim();
  if (/link|lank|url|page|seite/i.test(key)) return 'https://example.com/info';
  if (/time|zeit|tid|datum|date|termin/i.test(key)) return lang === 'de' ? '16 Uhr' : lang === 'sv' ? 'kl. 16' : '4 pm';
  return lang === 'de' ? 'die neue Version' : lang === 'sv' ? 'den nya versionen' : 'the new version';
}

/** Values for rendering `template`: realistic people for its locale and every declared variable. */
export function sampleValues(template: Template, platform: Platform): RenderValues {
  const lang = template.locale.slice(0, 2);
  const people = PEOPLE[lang] ?? PEOPLE.en!;
  const vars: Record<string, string> = {};
  for (const p of template.placeholders ?? []) vars[p.key] = sampleValue(template.locale, p.key, p.label);
  return {
    author: { name: people.author, handle: people.handle },
    agent: { name: people.agent },
    org: { name: people.org },
    platform: platform === 'generic' ? (lang === 'de' ? 'der Plattform' : lang === 'sv' ? 'plattformen' : 'the site') : undefined,
    vars,
  };
}
