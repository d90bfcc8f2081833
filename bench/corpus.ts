import type { Intent, Platform } from '../src/core/pack/schema';
import { rng, seedOf, shuffled } from './rng';

/**
 * The benchmark corpus: short reply drafts a brand's community team might write under
 * complaints, questions and praise, in English, German and Swedish. About half follow the
 * house netiquette; the rest trip typical rules (no comment, jargon and stock phrases,
 * personal data in public, ALL CAPS and "!!!", slang, emoji, links and hashtags, defensiveness,
 * empty promises). 1,000-character drafts are composed from these deterministically.
 *
 * Like real replies, the drafts carry typographic punctuation (– ’ ” „ “) or emoji, so V8 holds
 * every composed draft as a two-byte string; a pure Latin-1 draft takes faster regex paths and
 * would flatter whichever language happened to produce one.
 */
export type Locale = 'en' | 'de' | 'sv';

export interface ShortDraft {
  intents: Intent[];
  /** What the draft should trip, for people reading the corpus; empty when clean. */
  trips: string[];
  text: string;
}

export const SHORT_DRAFTS: Record<Locale, ShortDraft[]> = {
  en: [
    { intents: ['complaint'], trips: [], text: "Hi Maria, thanks for flagging this. I've checked with our delivery team: your parcel left the depot this morning and should reach you by Thursday. If it hasn't arrived by then, send us a DM and I'll chase it personally. – Sam" },
    { intents: ['praise'], trips: [], text: "Thank you so much, Priya! We loved hearing that the new app update made your mornings easier. I've shared your comment with the team who built the routine planner – it made their day. – Jo" },
    { intents: ['question'], trips: [], text: 'Good question, Tom. The winter timetable starts on 8 December, and the 7:15 service will run every day except Sundays. The full list is on the timetable page in the app. – Alex' },
    { intents: ['complaint'], trips: [], text: "I'm sorry the checkout kept failing for you, that sounds really frustrating. We fixed a payment bug an hour ago, so could you try once more? If it still fails, tell me which browser you use and I'll look into it. – Sam" },
    { intents: ['complaint'], trips: [], text: "Fair point, Chris. The price went up because our energy costs doubled this year, and we've written up the details on our blog. I understand it's not what anyone wants to hear, and I'm happy to answer questions about it here. – Lena" },
    { intents: ['complaint', 'help_request'], trips: [], text: "Hi Ahmed, I hear you. Waiting forty minutes on the phone is too long, and we're adding people to the evening shift from next week. Shall I book you a callback at a time that suits you? – Jo" },
    { intents: ['question'], trips: [], text: 'Happy to help! The return window is 30 days from delivery, and you can start a return from the Orders page without printing a label. – Alex' },
    { intents: ['praise'], trips: [], text: "Thanks for the kind words, Emma. We'll pass them on to Dan at the Leeds store, he'll be chuffed. See you next time! – Sam" },
    { intents: ['question'], trips: ['no comment'], text: 'No comment. We do not comment on ongoing legal matters.' },
    { intents: ['complaint'], trips: ['stock phrases', 'jargon', 'officialese'], text: 'We value your feedback and apologise for any inconvenience caused. Going forward we will leverage our best-in-class synergies to circle back on this at this point in time.' },
    { intents: ['help_request'], trips: ['personal data', 'account details in public'], text: 'Hi Mark, I can see from your account that order #A-4829137 was shipped to 42 Baker Street. Could you confirm your email mark.jensen@example.com and phone +44 7700 900123 so we can sort this out?' },
    { intents: ['complaint'], trips: ['ALL CAPS', 'punctuation run'], text: 'WE ARE REALLY SORRY ABOUT THIS!!! OUR TEAM IS ON IT RIGHT NOW AND WILL FIX IT ASAP!!!' },
    { intents: ['complaint'], trips: ['internal jargon', 'per my last reply', 'officialese'], text: 'As per my last reply, this was escalated to our L2 team and the SLA is 48 hours. Please be advised that the ticket is with second-line support.' },
    { intents: ['praise'], trips: ['slang', 'emoji', 'links', 'hashtags', 'advertising'], text: 'lol you guys are gonna love this one 😂😂 shop now at https://example.com/deal and https://example.com/more #blessed #newdrop #sale' },
    { intents: ['complaint'], trips: ['defensive', 'stonewalling', 'non-inclusive address'], text: "Hey guys, obviously you should have read the FAQ. It's clearly explained there, and there is nothing more to discuss." },
    { intents: ['crisis'], trips: ['empty promises', 'speculation', 'minimising'], text: 'This will never happen again, we guarantee it. It was probably a one-off glitch and there is nothing to worry about.' },
  ],
  de: [
    { intents: ['complaint'], trips: [], text: 'Hallo Frau Berger, danke für Ihren Hinweis. Ich habe bei unserem Versandteam nachgefragt: Ihr Paket ist heute früh losgefahren und sollte bis Donnerstag bei Ihnen sein. Falls nicht, schreiben Sie uns gern eine Direktnachricht. – Lena' },
    { intents: ['praise'], trips: [], text: 'Vielen Dank für das schöne Feedback, Jonas! Es freut uns sehr, dass Ihnen die neue App-Version gefällt. Ich gebe Ihr Lob an das Entwicklerteam weiter. – Lena' },
    { intents: ['question'], trips: [], text: 'Gute Frage! Der Winterfahrplan gilt ab dem 8. Dezember, und der Bus um 7:15 Uhr fährt dann täglich außer sonntags. Alle Zeiten finden Sie in der App unter „Fahrplan“. – Tim' },
    { intents: ['complaint'], trips: [], text: 'Es tut mir leid, dass die Bezahlung bei Ihnen mehrfach abgebrochen ist. Wir haben vor einer Stunde einen Fehler behoben. Könnten Sie es bitte noch einmal versuchen? Wenn es wieder nicht klappt, sagen Sie mir, welchen Browser Sie nutzen. – Tim' },
    { intents: ['complaint', 'help_request'], trips: [], text: 'Sie haben recht, 40 Minuten in der Warteschleife sind zu lang. Ab nächster Woche verstärken wir das Team am Abend. Soll ich Ihnen einen Rückruf zu einer passenden Zeit einrichten? – Aylin' },
    { intents: ['question'], trips: [], text: 'Gern geschehen! Sie können Artikel innerhalb von 30 Tagen nach Lieferung zurückschicken, ganz ohne Etikett: einfach unter „Meine Bestellungen“ die Rücksendung starten. – Aylin' },
    { intents: ['complaint'], trips: [], text: 'Danke, dass Sie so offen schreiben. Der Preis ist gestiegen, weil sich unsere Energiekosten verdoppelt haben. Die Einzelheiten stehen in unserem Blog, und ich beantworte hier gern weitere Fragen. – Jan' },
    { intents: ['praise'], trips: [], text: 'Wie schön, das zu lesen! Ich richte Ihre Grüße an das Team in der Filiale Leipzig aus. Bis zum nächsten Mal! – Lena' },
    { intents: ['question'], trips: ['no comment'], text: 'Kein Kommentar. Zu laufenden Verfahren äußern wir uns grundsätzlich nicht.' },
    { intents: ['complaint'], trips: ['stock phrases', 'jargon', 'officialese'], text: 'Wir nehmen Ihr Anliegen sehr ernst und bitten um Verständnis für etwaige Unannehmlichkeiten. Wir werden uns zeitnah zurückmelden, um Synergien zu heben und die Customer Journey nachhaltig zu optimieren.' },
    { intents: ['help_request'], trips: ['personal data', 'account details in public'], text: 'Hallo Herr Schulz, ich sehe in Ihrem Kundenkonto, dass die Bestellnummer 4829137 an die Hauptstraße 12 geliefert wurde. Bitte bestätigen Sie Ihre E-Mail schulz.m@example.de und Ihre Telefonnummer +49 30 12345678 hier im Kommentar.' },
    { intents: ['complaint'], trips: ['ALL CAPS', 'punctuation run'], text: 'ES TUT UNS WIRKLICH LEID!!! UNSER TEAM KÜMMERT SICH SOFORT DARUM!!!' },
    { intents: ['complaint'], trips: ['internal jargon', 'per my last reply', 'officialese'], text: 'Wie bereits mehrfach erwähnt, wurde Ihr Ticket an den 2nd-Level-Support eskaliert. Das SLA beträgt 48 Stunden. Bitte beachten Sie, dass wir diesbezüglich keine weiteren Auskünfte erteilen.' },
    { intents: ['praise'], trips: ['slang', 'emoji', 'links', 'hashtags', 'advertising'], text: 'Hey Leute, lol, das neue Angebot ist der Hammer 😍🔥 Jetzt zugreifen unter https://example.de/deal und https://example.de/mehr #angebot #sale #neu' },
    { intents: ['complaint'], trips: ['defensive', 'stonewalling'], text: 'Offensichtlich haben Sie die FAQ nicht gelesen. Da steht alles drin, das Thema ist für uns damit erledigt.' },
    { intents: ['crisis'], trips: ['empty promises', 'speculation', 'minimising', 'personal data'], text: 'Das wird nie wieder vorkommen, das garantieren wir. Vermutlich war es nur ein kurzer Ausfall, kein Grund zur Sorge. Ihre IBAN DE89 3704 0044 0532 0130 00 haben wir gespeichert.' },
  ],
  sv: [
    { intents: ['complaint'], trips: [], text: 'Hej Anna, tack för att du hör av dig. Jag har kollat med vårt leveransteam: paketet lämnade terminalen i morse och bör vara hos dig på torsdag. Om det inte har kommit då, skicka ett DM så följer jag upp det själv. /Erik' },
    { intents: ['praise'], trips: [], text: 'Vad roligt att höra, Sara! Tack för de fina orden om nya appen. Jag skickar vidare din kommentar till teamet som byggde den – de kommer att bli jätteglada. /Maja' },
    { intents: ['question'], trips: [], text: 'Bra fråga! Vintertidtabellen gäller från den 8 december, och bussen 07.15 går då alla dagar utom söndagar. Alla tider finns i appen under ”Tidtabell”. /Erik' },
    { intents: ['complaint'], trips: [], text: 'Förlåt – det låter verkligen frustrerande att betalningen inte gick igenom. Vi rättade ett fel för en timme sedan, så testa gärna igen. Om det fortfarande krånglar, berätta vilken webbläsare du använder så tittar jag på det. /Maja' },
    { intents: ['complaint', 'help_request'], trips: [], text: 'Du har rätt, 40 minuter i telefonkö är för länge. Från nästa vecka har vi fler på plats på kvällarna. Vill du att jag bokar in ett samtal vid en tid som passar dig? /Johan' },
    { intents: ['question'], trips: [], text: 'Varsågod! Du kan returnera varor inom 30 dagar från leverans, och du behöver inte skriva ut någon etikett. Starta returen under ”Mina ordrar” i appen. /Johan' },
    { intents: ['complaint'], trips: [], text: 'Tack för att du säger som det är. Priset har höjts eftersom våra energikostnader har fördubblats i år. Vi har skrivit mer om det på bloggen, och jag svarar gärna på frågor här. /Erik' },
    { intents: ['praise'], trips: [], text: 'Så kul att läsa! Jag hälsar till personalen i butiken i Uppsala – de blir glada. Välkommen tillbaka! /Maja' },
    { intents: ['question'], trips: ['no comment'], text: 'Ingen kommentar. Vi kommenterar inte pågående ärenden.' },
    { intents: ['complaint'], trips: ['stock phrases', 'jargon', 'officialese'], text: 'Vi värdesätter din feedback och ber om ursäkt för eventuella olägenheter. I dagsläget återkommer vi så snart som möjligt för att erhålla en helhetslösning i världsklass.' },
    { intents: ['help_request'], trips: ['personal data', 'account details in public'], text: 'Hej Lars, jag ser i ditt konto att beställningsnummer 4829137 skickades till Storgatan 12. Kan du bekräfta din mejl lars.p@example.se och ditt nummer 070-123 45 67 här i tråden?' },
    { intents: ['complaint'], trips: ['ALL CAPS', 'punctuation run'], text: 'VI BER VERKLIGEN OM URSÄKT!!! VÅRT TEAM JOBBAR PÅ DET JUST NU!!!' },
    { intents: ['complaint'], trips: ['internal jargon', 'per my last reply', 'officialese'], text: 'Som vi redan har skrivit har ärendet eskalerats till andra linjen och vår SLA är 48 timmar. Vänligen notera att ärendet ligger hos backend-teamet.' },
    { intents: ['praise'], trips: ['slang', 'emoji', 'links', 'hashtags', 'advertising'], text: 'Asså, lol, det här erbjudandet är sjukt bra 😍🔥 Köp nu på https://example.se/rea och https://example.se/mer #rea #nyhet #kampanj' },
    { intents: ['complaint'], trips: ['defensive', 'condescending'], text: 'Uppenbarligen har du inte läst vår FAQ. Det står faktiskt där, så det är helt enkelt bara att läsa.' },
    { intents: ['crisis'], trips: ['empty promises', 'speculation', 'minimising'], text: 'Det kommer aldrig att hända igen, det lovar vi. Det berodde förmodligen på ett tillfälligt fel, ingen fara alltså.' },
  ],
};

export const LOCALES: readonly Locale[] = ['en', 'de', 'sv'];

/** Platforms the composed drafts are written for, in turn (X's 280-character limit included). */
const PLATFORM_CYCLE: readonly Platform[] = ['facebook', 'instagram', 'linkedin', 'youtube', 'x', 'reddit', 'mastodon', 'xing', 'generic'];

export interface Draft {
  id: string;
  locale: Locale;
  platform: Platform;
  intents: Intent[];
  /** Composed only from clean short drafts. */
  clean: boolean;
  text: string;
}

export const DRAFT_LENGTH = 1000;

/**
 * `perLocale` drafts of exactly DRAFT_LENGTH UTF-16 code units per locale. Even-numbered drafts
 * use clean short drafts only, odd ones mix in rule-tripping ones. Short drafts are shuffled
 * with a seed per draft and joined by spaces or a blank line; the text is cut at exactly 1,000
 * characters, often mid-word — as it is while someone is still typing, which is when the linter
 * runs. Drafts are interleaved en, de, sv, en, …
 */
export function composeDrafts(perLocale = 12): Draft[] {
  const byLocale = LOCALES.map((locale) =>
    Array.from({ length: perLocale }, (_, k) => composeOne(locale, k)),
  );
  const out: Draft[] = [];
  for (let k = 0; k < perLocale; k++) for (const drafts of byLocale) out.push(drafts[k]!);
  return out;
}

/** True when V8 can store the text as a one-byte (Latin-1) string. */
export function isOneByte(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false;
  return true;
}

function composeOne(locale: Locale, k: number): Draft {
  const r = rng(seedOf(`${locale}:${k}`));
  const clean = k % 2 === 0;
  const pool = SHORT_DRAFTS[locale].filter((d) => !clean || d.trips.length === 0);
  let order = shuffled(r, pool);
  const first = order[0]!;
  let text = '';
  while (text.length < DRAFT_LENGTH) {
    if (!order.length) order = shuffled(r, pool);
    const next = order.shift()!;
    text += (text ? (r() < 0.3 ? '\n\n' : ' ') : '') + next.text;
  }
  // Never split a surrogate pair (an emoji): end one code unit earlier and pad with a space.
  const last = text.charCodeAt(DRAFT_LENGTH - 1);
  text = last >= 0xd800 && last <= 0xdbff ? text.slice(0, DRAFT_LENGTH - 1) + ' ' : text.slice(0, DRAFT_LENGTH);
  return {
    id: `${locale}-${String(k).padStart(2, '0')}${clean ? '-clean' : ''}`,
    locale,
    platform: PLATFORM_CYCLE[(k + LOCALES.indexOf(locale) * 3) % PLATFORM_CYCLE.length]!,
    intents: first.intents,
    clean,
    text,
  };
}
