import { describe, expect, it } from 'vitest';
import { classifyComment, type Understanding } from '../../../src/core/classify';
import type { Intent } from '../../../src/core/pack/schema';
import { compiledTestPack } from './helpers';

const classify = (text: string): Understanding => classifyComment(text, compiledTestPack());

/** Each intent in each language: the comment must carry that intent (others may come along). */
const CASES: Array<[Intent, 'en' | 'de' | 'sv', string]> = [
  ['question', 'en', 'Do you have the grey sofa in stock at the Bristol store?'],
  ['question', 'de', 'Habt ihr das graue Sofa in der Filiale Hamburg vorrätig'],
  ['question', 'sv', 'Hur länge har ni öppet på lördag?'],
  ['complaint', 'en', 'Still waiting for my refund, three weeks now. Terrible service.'],
  ['complaint', 'de', 'Die Lieferung ist immer noch nicht da und der Kundenservice meldet sich nicht. Echt enttäuscht.'],
  ['complaint', 'sv', 'Leveransen har fortfarande inte kommit och ingen svarar. Riktigt dåligt.'],
  ['praise', 'en', 'The new store looks amazing, well done team!'],
  ['praise', 'de', 'Toller Service, das Paket war schon am nächsten Tag da. Weiter so!'],
  ['praise', 'sv', 'Grym service, paketet kom dagen efter. Bra jobbat!'],
  ['help_request', 'en', 'Can you help me? I need to change my delivery address.'],
  ['help_request', 'de', 'Kann mir jemand helfen? Ich muss meine Lieferadresse ändern.'],
  ['help_request', 'sv', 'Kan ni hjälpa mig att ändra leveransadressen?'],
  ['crisis', 'en', 'My charger caught fire last night, the whole kitchen filled with smoke'],
  ['crisis', 'de', 'Rückruf? Bei uns ist das Ladegerät geschmolzen, mein Sohn musste in die Notaufnahme'],
  ['crisis', 'sv', 'Laddaren började brinna i natt, vi fick åka till akuten'],
  ['spam', 'en', 'DM me for crypto signals, 100% legit profits daily 💰 https://bit.ly/abc'],
  ['spam', 'de', 'Verdiene 300€ am Tag von zuhause! Link in Bio 💸'],
  ['spam', 'sv', 'Tjäna pengar hemifrån med bitcoin, kolla min profil 💰'],
  ['abuse', 'en', 'You are all useless idiots, fuck off'],
  ['abuse', 'de', 'Ihr seid doch alle Vollidioten, verpisst euch'],
  ['abuse', 'sv', 'Håll käften era jävla idioter'],
  ['neutral', 'en', '@anna look, it is the one we saw yesterday'],
  ['neutral', 'de', '@lisa guck mal, das ist der von gestern'],
  ['neutral', 'sv', '@anna kolla, det är den vi såg igår'],
];

describe('classifyComment intents', () => {
  it.each(CASES)('%s in %s: %s', (intent, language, text) => {
    const u = classify(text);
    expect(u.language).toBe(language);
    expect(u.intents).toContain(intent);
    if (intent === 'neutral') expect(u.intents).toEqual(['neutral']);
    else expect(u.evidence[intent]?.length, `evidence for ${intent}`).toBeGreaterThan(0);
  });

  it('keeps plain praise free of complaint and plain questions free of praise', () => {
    expect(classify('Love the new autumn range 😍').intents).toEqual(['praise']);
    expect(classify('What time do you open tomorrow?').intents).toEqual(['question']);
  });

  it('does not count closing politeness as praise', () => {
    expect(classify('How do I reset my password? Thanks in advance').intents).not.toContain('praise');
    expect(classify('Wie kann ich mein Passwort ändern? Danke im Voraus').intents).not.toContain('praise');
    expect(classify('Hur byter jag lösenord? Tack på förhand').intents).not.toContain('praise');
  });

  it('does not take rhetorical questions for questions', () => {
    expect(classify('Seriously?! Three hours on hold.').intents).not.toContain('question');
    expect(classify('Echt jetzt? Drei Stunden Warteschleife.').intents).not.toContain('question');
    expect(classify('Allvarligt? Tre timmar i telefonkö.').intents).not.toContain('question');
  });

  it('handles negation in all three languages', () => {
    expect(classify('The food was not good at all').sentiment).toBeLessThan(0);
    expect(classify('Das Essen war nicht gut').sentiment).toBeLessThan(0);
    expect(classify('Maten var inte god').sentiment).toBeLessThan(0);
    expect(classify('Honestly not bad').sentiment).toBeGreaterThan(0);
  });
});

describe('sarcasm', () => {
  it.each([
    ['en', 'Great, another delay 🙄'],
    ['en', 'Oh great, the app crashed again. Love how nobody answers /s'],
    ['en', 'Thanks for nothing, Northwind'],
    ['de', 'Danke für nichts, die Lieferung ist immer noch nicht da'],
    ['de', 'Super, schon wieder Verspätung.'],
    ['sv', 'Tack för inget, paketet har fortfarande inte kommit'],
    ['sv', 'Toppen, ännu en försening.'],
  ])('flips praise to complaint (%s): %s', (_language, text) => {
    const u = classify(text);
    expect(u.flags.sarcasm).toBe(true);
    expect(u.intents).toContain('complaint');
    expect(u.intents).not.toContain('praise');
    expect(u.sentiment).toBeLessThan(0);
  });

  it('leaves sincere praise alone', () => {
    for (const text of ['Great, thanks for the quick help!', 'Super, danke für die schnelle Hilfe!', 'Toppen, tack för snabb hjälp!']) {
      const u = classify(text);
      expect(u.flags.sarcasm, text).toBe(false);
      expect(u.intents, text).toContain('praise');
      expect(u.sentiment, text).toBeGreaterThan(0);
    }
  });

  it('keeps mixed comments mixed', () => {
    const u = classify('Love the product, but delivery took forever');
    expect(u.flags.sarcasm).toBe(false);
    expect(u.intents).toEqual(expect.arrayContaining(['praise', 'complaint']));
  });
});

describe('escalations', () => {
  it('reports each triggered route with the words as written', () => {
    const u = classify('My LAWYERRRR will hear about this, and your app leaked my data!');
    const byId = Object.fromEntries(u.escalations.map((e) => [e.id, e]));
    expect(byId['en.legal']).toMatchObject({ kind: 'legal', team: 'legal team', words: ['LAWYERRRR'] });
    expect(byId['en.privacy']?.words).toEqual(['my data']);
    expect(u.intents).toEqual(expect.arrayContaining(['complaint', 'crisis']));
    expect(u.evidence.crisis).toEqual(expect.arrayContaining(['LAWYERRRR', 'my data']));
  });

  it('finds triggers inside hashtags and past zero-width characters', () => {
    expect(classify('#FoodPoisoning after your wrap').escalations.map((e) => e.id)).toContain('en.safety');
    expect(classify('Meine Anw\u200Bältin meldet sich').escalations.map((e) => e.id)).toEqual(['de.recht']);
  });

  it('does not fire routes of another language on a clear-cut comment', () => {
    // "Brand" is German for fire; in English it is a brand.
    expect(classify('I really love this brand and the new collection').escalations).toEqual([]);
    expect(classify('Die Marke hat einen Brand in der Filiale gemeldet').escalations.map((e) => e.id)).toEqual(['de.sicherheit']);
  });

  it('treats harassment as abuse and press enquiries as questions, not help requests', () => {
    const threat = classify('I know where you live');
    expect(threat.intents).toContain('abuse');
    expect(threat.escalations[0]?.kind).toBe('harassment');
    const press = classify('I am a journalist writing about the store closures. Who can I speak to?');
    expect(press.intents).toEqual(['question']);
    expect(press.escalations.map((e) => e.kind)).toEqual(['press']);
  });
});

describe('urgency and evidence', () => {
  it('ranks comments by urgency', () => {
    const calm = classify('What time do you open on Sunday?');
    const annoyed = classify('Still waiting for my parcel, it has been two weeks.');
    const angry = classify('WHERE IS MY PARCEL?!?! I NEED IT NOW, been waiting for weeks!!!');
    const fire = classify('My charger caught fire, I am in hospital now');
    expect(calm.urgency).toBeLessThan(annoyed.urgency);
    expect(annoyed.urgency).toBeLessThan(angry.urgency);
    expect(angry.urgency).toBeLessThan(fire.urgency);
    expect(angry.evidence.urgency).toEqual(expect.arrayContaining(['NOW']));
    expect(angry.flags.shouting).toBe(true);
  });

  it('uses time words in German and Swedish', () => {
    expect(classify('Seit Tagen keine Antwort, bitte sofort melden').evidence.urgency).toEqual(
      expect.arrayContaining(['Seit Tagen', 'sofort']),
    );
    expect(classify('Har väntat i flera dagar, svara nu direkt').evidence.urgency).toEqual(
      expect.arrayContaining(['i flera dagar', 'nu direkt']),
    );
  });

  it('keeps sentiment and urgency in range and explains sentiment', () => {
    const u = classify('Absolutely love it 😍 but the delivery was terrible');
    expect(u.sentiment).toBeGreaterThanOrEqual(-1);
    expect(u.sentiment).toBeLessThanOrEqual(1);
    expect(u.intents).toEqual(expect.arrayContaining(['praise', 'complaint']));
    expect(u.evidence.sentiment).toEqual(expect.arrayContaining(['love it', 'terrible', '😍']));
  });

  it('is deterministic', () => {
    const text = 'Great, another delay 🙄 #fail @northwind';
    expect(classify(text)).toEqual(classify(text));
  });
});
