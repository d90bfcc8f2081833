import { describe, expect, it } from 'vitest';
import { toneProfile, type ToneDimension, type ToneProfile } from '../../../src/core/tone';

const words = (p: ToneProfile, dim: ToneDimension): string[] => p.evidence[dim].map((e) => e.word.toLowerCase());

describe('toneProfile — English', () => {
  it('scores corporate jargon high with the words that moved it', () => {
    const p = toneProfile('We value your feedback and will leverage synergies', 'en');
    expect(p.jargon).toBeGreaterThan(0.8);
    expect(words(p, 'jargon')).toEqual(expect.arrayContaining(['leverage', 'synergies', 'we value your feedback']));
    const plain = toneProfile('Thanks for telling us. We will use what you said to fix the app.', 'en');
    expect(plain.jargon).toBeLessThan(0.1);
  });

  it('scores an empathetic reply warmer than a bureaucratic one', () => {
    const warm = toneProfile(
      "Hi Anna, I'm so sorry to hear that. I understand how frustrating this is. Thanks for your patience.",
      'en',
    );
    const cold = toneProfile(
      'Your request has been forwarded to the relevant department. Please note that processing may take 14 days.',
      'en',
    );
    expect(warm.warmth).toBeGreaterThan(0.8);
    expect(cold.warmth).toBeLessThan(0.3);
    expect(words(warm, 'warmth')).toEqual(expect.arrayContaining(['anna', 'i understand', 'so sorry']));
    expect(words(cold, 'warmth')).toContain('please note');
    expect(cold.evidence.warmth.every((e) => e.weight < 0)).toBe(true);
  });

  it('detects defensiveness and blame, including a sentence-initial "Actually,"', () => {
    const p = toneProfile('As we already said, you should have read the terms. Actually, this is not our fault.', 'en');
    expect(p.defensiveness).toBeGreaterThan(0.8);
    expect(words(p, 'defensiveness')).toEqual(
      expect.arrayContaining(['as we already said', 'you should have', 'actually', 'not our fault']),
    );
    // "actually" in the middle of a sentence is much weaker
    const mid = toneProfile('It actually arrived today, thanks for checking in with us about your parcel.', 'en');
    expect(mid.defensiveness).toBeLessThan(0.3);
    expect(toneProfile('Thanks, the parcel arrived today.', 'en').defensiveness).toBe(0);
  });

  it('detects a sales pitch inside a reply', () => {
    const p = toneProfile('Sorry about that! Check out our new collection and use code SAVE20. Shop now!', 'en');
    expect(p.promotional).toBeGreaterThan(0.8);
    expect(words(p, 'promotional')).toEqual(expect.arrayContaining(['check out our', 'use code', 'shop now']));
    expect(toneProfile('Sorry about that! The refund is on its way.', 'en').promotional).toBe(0);
  });

  it('separates hedging from assertiveness', () => {
    const hedgy = toneProfile('Maybe we could possibly look into it at some point, I think.', 'en');
    const firm = toneProfile("We've fixed it and will refund you today. Here's how to check.", 'en');
    expect(hedgy.hedging).toBeGreaterThan(0.7);
    expect(hedgy.assertiveness).toBeLessThan(0.3);
    expect(firm.hedging).toBe(0);
    expect(firm.assertiveness).toBeGreaterThan(0.7);
    expect(words(hedgy, 'hedging')).toEqual(expect.arrayContaining(['maybe', 'possibly', 'i think']));
    expect(words(firm, 'assertiveness')).toEqual(expect.arrayContaining(['today']));
  });

  it('reads slang, contractions and emoji as informal and a letter-style reply as formal', () => {
    const informal = toneProfile("hey lol thx guys 😂 we're gonna fix it asap!!!", 'en');
    const formal = toneProfile(
      'Dear Ms Smith, thank you for your enquiry. We would be pleased to assist you further. Kind regards, John',
      'en',
    );
    expect(informal.formality).toBeLessThan(0.2);
    expect(formal.formality).toBeGreaterThan(0.8);
    expect(words(informal, 'formality')).toEqual(expect.arrayContaining(['lol', 'gonna', "we're", '😂', '!!!']));
    expect(informal.evidence.formality.every((e) => e.weight < 0)).toBe(true);
    expect(words(formal, 'formality')).toEqual(expect.arrayContaining(['dear', 'kind regards']));
  });

  it('scores sentiment from AFINN-165 with negation', () => {
    const pos = toneProfile('This is great, we love it. Thank you!', 'en');
    const neg = toneProfile('This is awful and the service was terrible.', 'en');
    const negated = toneProfile('The update is not good.', 'en');
    expect(pos.sentiment).toBeGreaterThan(0.7);
    expect(neg.sentiment).toBeLessThan(-0.7);
    expect(negated.sentiment).toBeLessThan(0);
    expect(words(neg, 'sentiment')).toEqual(expect.arrayContaining(['awful', 'terrible']));
    expect(toneProfile('', 'en').sentiment).toBe(0);
  });

  it("counts the reader's name as warmth (greeting, @mention or readerName)", () => {
    const base = 'thanks for the note, the parcel is on its way.';
    const none = toneProfile(`Okay, ${base}`, 'en');
    const greeted = toneProfile(`Hi Priya, ${base}`, 'en');
    const mentioned = toneProfile(`@priya_k ${base}`, 'en');
    const byOption = toneProfile(`Okay priya, ${base}`, 'en', { readerName: 'Priya Kumar' });
    for (const p of [greeted, mentioned, byOption]) expect(p.warmth).toBeGreaterThan(none.warmth);
    expect(words(greeted, 'warmth')).toContain('priya');
    expect(toneProfile(`Hi all, ${base}`, 'en').evidence.warmth.map((e) => e.word)).not.toContain('all');
  });

  it('counts emoji sequences once (ZWJ family, flag, skin tone, keycap-free)', () => {
    const p = toneProfile('Thanks 👨‍👩‍👧‍👦 🇸🇪 👍🏽 ❤️', 'en');
    expect(p.stats.emoji).toBe(4);
    expect(p.evidence.formality.map((e) => e.word)).toEqual(
      expect.arrayContaining(['👨‍👩‍👧‍👦', '🇸🇪', '👍🏽', '❤️']),
    );
  });

  it('sees through zero-width characters and typographic apostrophes inside words', () => {
    const p = toneProfile('We will lev\u200Berage this. We\u2019re gonna.', 'en');
    expect(words(p, 'jargon')).toContain('lev\u200Berage');
    expect(words(p, 'formality')).toContain('we\u2019re');
  });

  it('falls back to English for unknown locales and says so', () => {
    const fr = toneProfile('We value your feedback', 'fr');
    expect(fr.locale).toBe('en');
    expect(fr.fallback).toBe(true);
    expect(fr.requestedLocale).toBe('fr');
    expect(fr.jargon).toBeGreaterThan(0.5);
    expect(toneProfile('x', 'en-GB')).toMatchObject({ locale: 'en', fallback: false });
    expect(toneProfile('x', 'de-AT')).toMatchObject({ locale: 'de', fallback: false });
    expect(toneProfile('x', 'sv_SE')).toMatchObject({ locale: 'sv', fallback: false });
  });

  it('counts characters as code points, sentences and links', () => {
    const p = toneProfile('Hi 👋 there. See https://example.com/a.b?c=1 for more! Thanks.', 'en');
    expect(p.stats.characters).toBe([...'Hi 👋 there. See https://example.com/a.b?c=1 for more! Thanks.'].length);
    expect(p.stats.links).toBe(1);
    expect(p.stats.sentences).toBe(3);
    expect(p.stats.words).toBe(6); // Hi there See for more Thanks
  });

  it('ends a sentence after a link that ends it', () => {
    const p = toneProfile('Details are at https://example.com/help. Thanks for asking', 'en');
    expect(p.stats).toMatchObject({ links: 1, sentences: 2, words: 6 });
  });

  it('does not end sentences at abbreviations and decimals', () => {
    expect(toneProfile('Dr. Smith paid 3.5 euros, e.g. for the fee.', 'en').stats.sentences).toBe(1);
    expect(toneProfile('Das ist z. B. so. Danke.', 'de').stats.sentences).toBe(2);
  });
});

describe('toneProfile — German', () => {
  it('scores empathy as warmth and Amtsdeutsch as cold', () => {
    const warm = toneProfile('Das tut mir sehr leid, Anna. Ich verstehe Ihren Ärger. Danke für Ihre Geduld.', 'de');
    const cold = toneProfile(
      'Bitte beachten Sie, dass Ihr Anliegen gemäß unseren Richtlinien als erledigt gilt.',
      'de',
    );
    expect(warm.warmth).toBeGreaterThan(0.8);
    expect(cold.warmth).toBeLessThan(0.3);
    expect(words(warm, 'warmth')).toEqual(expect.arrayContaining(['tut mir sehr leid', 'ich verstehe']));
  });

  it('finds jargon ("zeitnah"), defensiveness and promotion with evidence', () => {
    const j = toneProfile('Wir werden Ihr Anliegen zeitnah an die zuständige Fachabteilung weiterleiten.', 'de');
    expect(j.jargon).toBeGreaterThan(0.7);
    expect(words(j, 'jargon')).toContain('zeitnah');
    const d = toneProfile('Wie bereits gesagt, hätten Sie die AGB lesen müssen. Das ist nicht unsere Schuld.', 'de');
    expect(d.defensiveness).toBeGreaterThan(0.8);
    expect(words(d, 'defensiveness')).toEqual(expect.arrayContaining(['wie bereits gesagt', 'nicht unsere schuld']));
    const pr = toneProfile('Jetzt bestellen und mit dem Rabattcode SOMMER sparen!', 'de');
    expect(pr.promotional).toBeGreaterThan(0.8);
    expect(words(pr, 'promotional')).toEqual(expect.arrayContaining(['jetzt bestellen', 'rabattcode']));
  });

  it('tells Sie from du, and lowercase "sie" (they) from formal "Sie"', () => {
    const sie = toneProfile('Können Sie uns Ihre Bestellnummer schicken? Dann helfen wir Ihnen gern.', 'de');
    const du = toneProfile('Kannst du uns deine Bestellnummer schicken? Dann helfen wir dir gern.', 'de');
    const they = toneProfile('Die Pakete sind unterwegs, sie kommen morgen an.', 'de');
    expect(sie.stats.address).toBe('formal');
    expect(du.stats.address).toBe('informal');
    expect(they.stats.address).toBeNull();
    expect(sie.formality).toBeGreaterThan(du.formality);
    expect(words(du, 'formality')).toEqual(expect.arrayContaining(['du', 'deine', 'dir']));
    expect(toneProfile('Danke dir! Können Sie das prüfen?', 'de').stats.address).toBe('mixed');
  });

  it('scores sentiment from the German list, with stems and negation', () => {
    expect(toneProfile('Der Service war hervorragend und sehr freundlich.', 'de').sentiment).toBeGreaterThan(0.7);
    const neg = toneProfile('Ich bin total enttäuscht, das ist eine Frechheit.', 'de');
    expect(neg.sentiment).toBeLessThan(-0.7);
    expect(words(neg, 'sentiment')).toEqual(expect.arrayContaining(['enttäuscht', 'frechheit']));
    expect(toneProfile('Das war nicht gut.', 'de').sentiment).toBeLessThan(0);
  });

  it('hedges vs commits', () => {
    const h = toneProfile('Vielleicht können wir das eventuell irgendwann prüfen, ich glaube schon.', 'de');
    const a = toneProfile('Wir kümmern uns sofort darum und melden uns heute.', 'de');
    expect(h.hedging).toBeGreaterThan(0.7);
    expect(a.assertiveness).toBeGreaterThan(0.7);
    expect(words(h, 'hedging')).toEqual(expect.arrayContaining(['vielleicht', 'eventuell', 'irgendwann']));
  });
});

describe('toneProfile — Swedish', () => {
  it('scores empathy as warmth and "vi återkommer" as jargon', () => {
    const warm = toneProfile('Vad tråkigt att höra! Jag förstår verkligen. Vi fixar det idag.', 'sv');
    const stock = toneProfile('Vi återkommer i ärendet. Vi värdesätter din feedback.', 'sv');
    expect(warm.warmth).toBeGreaterThan(0.8);
    expect(stock.jargon).toBeGreaterThan(0.8);
    expect(words(stock, 'jargon')).toEqual(expect.arrayContaining(['vi återkommer', 'vi värdesätter din feedback']));
    expect(words(warm, 'warmth')).toEqual(expect.arrayContaining(['jag förstår verkligen']));
  });

  it('finds defensiveness, promotion and hedging', () => {
    const d = toneProfile('Som vi redan sagt borde du ha läst villkoren. Det är inte vårt fel.', 'sv');
    expect(d.defensiveness).toBeGreaterThan(0.8);
    expect(words(d, 'defensiveness')).toEqual(expect.arrayContaining(['som vi redan sagt', 'inte vårt fel']));
    const p = toneProfile('Passa på! Köp nu med rabattkod SOMMAR.', 'sv');
    expect(p.promotional).toBeGreaterThan(0.8);
    const h = toneProfile('Vi kanske kan titta på det så småningom, jag tror det.', 'sv');
    expect(h.hedging).toBeGreaterThan(0.7);
  });

  it('scores sentiment and formal vs informal register', () => {
    expect(toneProfile('Fantastisk service, jättebra och snabbt!', 'sv').sentiment).toBeGreaterThan(0.7);
    expect(toneProfile('Hemskt dåligt, jag är väldigt besviken.', 'sv').sentiment).toBeLessThan(-0.7);
    const formal = toneProfile('Beträffande ert ärende ber vi er vänligen att återkomma. Med vänliga hälsningar', 'sv');
    const informal = toneProfile('Tjena! Asså typ najs att du hörde av dig haha', 'sv');
    expect(formal.formality).toBeGreaterThan(0.7);
    expect(informal.formality).toBeLessThan(0.2);
    expect(formal.stats.address).toBe('formal');
    expect(informal.stats.address).toBe('informal');
  });
});

describe('toneProfile — details', () => {
  it('does not take a capitalised noun after a greeting for a name', () => {
    const warmWords = (t: string, l: string): string[] => toneProfile(t, l).evidence.warmth.map((e) => e.word);
    expect(warmWords('Hallo Frau Müller, danke für die Nachricht.', 'de')).toContain('Müller');
    expect(warmWords('Liebe Grüße aus Berlin', 'de')).not.toContain('Grüße');
    expect(warmWords('Danke Ihnen für die Geduld.', 'de')).not.toContain('Ihnen');
    expect(warmWords('Dear Customer, thanks.', 'en')).not.toContain('Customer');
    expect(warmWords('Hej Lisa! Tack för att du hörde av dig.', 'sv')).toContain('Lisa');
  });

  it('does not match a phrase across a sentence end', () => {
    expect(toneProfile('That is what we value. Your feedback helps.', 'en').evidence.jargon.map((e) => e.word)).not.toContain(
      'we value. Your feedback',
    );
  });

  it('counts a repeated phrase at most three times', () => {
    const once = toneProfile('leverage', 'en').evidence.jargon.length;
    const many = toneProfile('leverage leverage leverage leverage leverage leverage', 'en').evidence.jargon.length;
    expect(once).toBe(1);
    expect(many).toBe(3);
  });
});
