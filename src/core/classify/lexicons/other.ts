/**
 * Function words of languages Parley does not classify (yet), so that a French, Dutch or
 * Norwegian comment is recognised as "other" instead of being forced into en/de/sv. Danish and
 * Norwegian matter most: they share many words with Swedish.
 *
 * Source: hand-curated by the Parley team for this project (the most frequent function words and
 * greetings of each language, from general knowledge). Licence: the same as Parley itself.
 */
export const OTHER_MARKERS: Record<string, string> = {
  fr: 'le, la, les, des, du, un, une, et, est, pas, je, il, elle, nous, vous, ils, que, qui, pour, dans, avec, sur, ce, cette, mais, très, merci, bonjour, oui, non, au, aux, mon, ma, mes, votre, vos, pourquoi, quand, où, comment, toujours, encore, rien, c\'est, j\'ai, n\'est, ça',
  es: 'el, la, los, las, del, un, una, y, es, no, que, en, por, para, con, pero, muy, gracias, hola, sí, como, está, yo, usted, mi, mis, su, sus, pedido, todavía, nada, hace, hay, cuando, dónde, porque, también, ya, fue, están',
  it: 'il, lo, gli, di, del, della, un, una, e, è, non, che, per, con, ma, molto, grazie, ciao, sono, io, mio, mia, ancora, niente, perché, quando, dove, anche, già, questo, questa, ordine',
  nl: 'de, het, een, en, is, niet, ik, je, jij, we, wij, zijn, van, dat, die, voor, met, op, maar, ook, heel, bedankt, hallo, geen, wat, hoe, mijn, nog, al, waarom, wanneer, waar, nooit, altijd, heb, hebben, bestelling',
  pt: 'o, os, as, do, da, um, uma, e, é, não, que, para, com, mas, muito, obrigado, obrigada, olá, eu, você, meu, minha, ainda, nada, quando, onde, porque, também, já, pedido',
  da: 'og, ikke, jeg, er, det, en, et, til, på, med, for, som, har, kan, vil, meget, tak, hej, af, nej, hvad, hvordan, hvorfor, hvornår, min, mit, mine, jer, stadig, igen, bestilling, også, kun, være, blev, nogen, fået, pakke, pakken, jeres, hvorfor',
  no: 'og, ikke, jeg, er, det, en, et, til, på, med, for, som, har, kan, vil, mye, takk, hei, av, nei, hva, hvordan, hvorfor, når, min, mitt, mine, dere, fortsatt, igjen, bestilling, også, bare, være, ble, noen, fått, pakke, pakken, deres, hvorfor',
  pl: 'i, nie, jest, to, że, na, się, w, z, do, jak, co, dziękuję, dzień, dobry, moje, mój, jeszcze, już, bardzo, tak',
  tr: 've, bir, bu, da, de, için, ile, çok, teşekkürler, merhaba, değil, ne, neden, nasıl, hala, sipariş, ben, siz',
  fi: 'ja, ei, on, että, se, olen, minä, sinä, kiitos, hei, mutta, kun, mitä, miksi, vielä, tilaus, oli, ovat, myös, vain',
};
