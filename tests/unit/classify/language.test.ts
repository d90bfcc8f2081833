import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/classify';

describe('detectLanguage', () => {
  it.each([
    ['en', 'Where is my order? It was supposed to arrive on Monday and it is still not here.'],
    ['en', 'thanks for the quick reply, you guys are great'],
    ['de', 'Wo bleibt meine Bestellung? Die sollte am Montag kommen und ist immer noch nicht da.'],
    ['de', 'Danke für die schnelle Antwort, ihr seid super'],
    ['de', 'Straße gesperrt, Lieferung verschoben'],
    ['sv', 'Var är min beställning? Den skulle komma i måndags och har fortfarande inte kommit.'],
    ['sv', 'Tack för snabbt svar, ni är bäst'],
    ['sv', 'Paketet är försenat igen'],
  ])('recognises %s: %s', (language, text) => {
    const guess = detectLanguage(text);
    expect(guess.language).toBe(language);
    expect(guess.confidence).toBeGreaterThan(0.3);
  });

  it.each([
    'Bonjour, est-ce que vous livrez en France ?',
    'Hola, ¿cuándo llega mi pedido?',
    'Jeg har stadig ikke fået min pakke',
    'Hei, leverer dere til Norge? Takk',
    'Привет, где мой заказ?',
    '😍😍😍',
    'https://example.com',
    '',
  ])('says "other" for %s', (text) => {
    expect(detectLanguage(text).language).toBe('other');
  });

  it('picks the dominant language of mixed text', () => {
    expect(detectLanguage('Mega fail, euer Support ist echt useless und niemand antwortet').language).toBe('de');
    expect(detectLanguage('Asså wtf, paketet har inte kommit än och ingen svarar').language).toBe('sv');
    expect(detectLanguage('Danke! But the order is still not here and nobody answers the phone').language).toBe('en');
  });

  it('is less confident about very short text', () => {
    expect(detectLanguage('Danke').confidence).toBeLessThan(detectLanguage('Danke, das ist wirklich sehr nett von euch').confidence);
  });
});
