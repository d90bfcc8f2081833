/**
 * Swedish lexicon for comment understanding.
 *
 * Source: hand-curated by the Parley team for this project from general knowledge of Swedish
 * social-media language (kommentarer till företag inom handel, resor, bank och telekom).
 * Not copied or derived from a published lexicon or data set; polarity scores on a −3…3 scale are
 * our own judgement. Licence: the same as Parley itself.
 *
 * The abuse list is deliberately short: common insults and strong profanity only. Mild swearing
 * used as an intensifier ("fan vad bra") carries a low weight on purpose.
 */
import type { Lexicon } from './types';

export const sv: Lexicon = {
  lang: 'sv',
  markers:
    'och, inte, jag, du, vi, ni, han, hon, hen, den, det, de, dem, är, var, har, hade, kan, ska, skulle, vill, ' +
    'måste, kommer, blir, blev, att, som, på, för, med, av, till, från, om, men, eller, så, när, vad, varför, ' +
    'hur, vem, vilken, vilket, vilka, någon, något, några, ingen, inget, inga, min, mitt, mina, din, ditt, era, ' +
    'er, vår, våra, sin, hej, hejsan, tack, snälla, också, bara, redan, ännu, igen, mycket, lite, nu, här, där, ' +
    'då, sen, efter, innan, utan, mot, hos, även, jo, ja, nej, nog, väl, ju, ändå, alltså, eftersom, ' +
    'fortfarande, heller, fick, får, gick, går, sig, mig, dig, oss, sina, sitt, detta, dessa, också, än, ' +
    'ett, en, vet, tycker, gör, hälsningar, mvh, idag, igår, veckor, dagar, beställde, först, första, ny, nya, ' +
    'mer, alltid, helt, klart, kom, kommit, sedan, sen, ingenting, någonstans',
  ngrams:
    'å:2, ä:0.5, ö:0.5, tt_:0.8, _kv:1.5, _sj:1.2, _tj:1.2, _skj:1.5, _stj:1.5, _hj:1.5, _gj:0.8, _dj:0.8, ' +
    '_lj:1.2, arna_:1.5, erna_:1.5, orna_:1.5, ning_:0.5, het_:0.8, ligt_:1.5, igt_:1.2, ade_:0.7, ar_:0.4, ' +
    'or_:0.4, _fö:1.5, _bä:1, kk:0.5, ju_:0.5, ng_:0.2, _sk:0.5, ska:0.4, ej_:0.6, tion_:0.2, nn_:0.4, ' +
    'll_:0.3, ss_:0.2, ande_:0.8, ende_:0.6, _och_:1, _hu:0.4, _va:0.3, ers_:0.4, ens_:0.4, ets_:0.8',
  sentiment:
    // positive
    'bra:2, jättebra:3, toppen:3, topp:2, grym:3, grymt:3, grymma:3, underbar:3, underbart:3, underbara:3, ' +
    'fantastisk:3, fantastiskt:3, fantastiska:3, perfekt:3, suverän:3, suveränt:3, härlig:3, härligt:3, ' +
    'härliga:3, fin:2, fint:2, fina:2, snygg:2, snyggt:2, trevlig:2, trevligt:2, trevliga:2, vänlig:2, ' +
    'vänliga:2, hjälpsam:2, hjälpsamma:2, snabb:1, snabbt:1, snabba:1, nöjd:2, nöjda:2, supernöjd:3, ' +
    'jättenöjd:3, glad:2, glada:2, älskar:3, gillar:2, gilla:1, kärlek:2, bäst:3, bästa:3, rekommenderar:2, ' +
    'rekommendera:2, gott:2, god:2, goda:2, jättegott:3, smaskigt:3, utmärkt:3, utmärkta:3, strålande:3, ' +
    'lysande:3, kanon:3, kanonbra:3, klockren:3, klockrent:3, imponerad:3, imponerande:3, nice:1, schysst:2, ' +
    'schyst:2, najs:2, bra jobbat:3, snyggt jobbat:3, heja:2, hjälte:2, hjältar:2, hjältinna:2, smidigt:2, smidig:2, enkelt:1, pålitlig:2, ' +
    'vänligt:2, tacksam:2, tacksamma:2, härligt:3, wow:2, mysigt:2, mysig:2, proffsigt:3, proffsiga:3, ' +
    'hjälpte:1, löste:2, fixade:1, toppenservice:3, superbra:3, okej:0.5, ok:0.3, roligt:2, kul:2, ' +
    // negative
    'dålig:-2, dåligt:-2, dåliga:-2, sämst:-3, sämsta:-3, sämre:-2, värdelös:-3, värdelöst:-3, värdelösa:-3, ' +
    'usel:-3, uselt:-3, usla:-3, katastrof:-3, katastrofal:-3, katastrofalt:-3, besviken:-2, besvikna:-2, ' +
    'besvikelse:-2, arg:-3, arga:-3, förbannad:-3, förbannade:-3, sur:-2, irriterad:-2, irriterande:-2, ' +
    'trött på:-2, less:-2, så less:-2, oacceptabelt:-3, oacceptabel:-3, skandal:-3, skandalöst:-3, pinsamt:-2, ' +
    'löjligt:-2, löjlig:-2, bluff:-3, skämt:-1, ett skämt:-2, skit:-2, skitdålig:-3, skitdåligt:-3, trasig:-2, ' +
    'trasigt:-2, trasiga:-2, sönder:-2, fel:-1, felaktig:-1, felaktiga:-1, långsam:-1, långsamt:-1, ' +
    'otrevlig:-2, otrevliga:-2, otrevligt:-2, oförskämd:-3, oförskämt:-3, inkompetent:-3, inkompetenta:-3, ' +
    'aldrig mer:-3, problem:-1, krångel:-2, krånglar:-2, krångligt:-2, strul:-2, strular:-2, tråkigt:-1, ' +
    'synd:-1, tyvärr:-0.5, hatar:-3, ledsen:-2, ledsna:-2, orolig:-2, oroliga:-2, farligt:-2, ' +
    'under all kritik:-3, rena rånet:-3, rån:-2, ocker:-3, kass:-2, kasst:-2, bedrövligt:-3, bedrövlig:-3, ' +
    'fruktansvärd:-3, fruktansvärt:-3, hemsk:-3, hemskt:-3, äckligt:-3, äcklig:-3, kallt:-1, kall:-1, ' +
    'dyrt:-1, för dyrt:-2, svindyrt:-2, girig:-2, giriga:-2, respektlöst:-3, slarvigt:-2, slarv:-2, ' +
    'oseriöst:-3, oseriösa:-3, kaos:-2, mögel:-3, möglig:-3, pinsam:-2, elak:-2, oprofessionellt:-2, ' +
    'förjävligt:-3, åt helvete:-3, nedlåtande:-2, lurad:-3, lurade:-3, blåst:-2, frustrerande:-2, frustrerad:-2',
  negators: 'inte, ej, aldrig, ingen, inget, inga, ingenting, utan, icke, knappt, varken, ingen alls',
  intensifiers:
    'mycket:0.3, väldigt:0.3, så:0.3, super:0.3, riktigt:0.3, verkligen:0.3, otroligt:0.4, extremt:0.5, ' +
    'helt:0.3, totalt:0.3, sjukt:0.4, himla:0.3, ganska:0.1, jätte:0.4, otroligt:0.4, asså:0.1, fruktansvärt:0.5, ' +
    'enormt:0.4, grymt:0.3, fan:0.3, skit:0.3, förbannat:0.4',
  contrast: 'men, dock, ändå:0.5, fast:0.5',
  questionStart:
    'hur:0.8, vad:0.6, varför:0.8, när:0.6, vem:0.6, vilken:0.6, vilket:0.6, vilka:0.6, var är, var finns, var kan, var hittar, var ligger, ' +
    'var får, var köper, varifrån, vart, finns det, har ni, har någon, har man, har jag, kan man, kan jag, ' +
    'kan ni, kan någon, kan du, går det, gäller, är det, är ni, är detta, blir det, kommer ni, kommer det, ' +
    'kommer min, kommer mitt, skickar ni, säljer ni, levererar ni, vet någon, vet ni, får man, får jag, ' +
    'måste jag, ska jag, behöver jag, stämmer det, hur länge, hur mycket, när kommer, hade ni, tar ni, ' +
    'brukar ni, planerar ni, fungerar, funkar det, blir det, har ni fått, kommer ni att',
  question:
    'undrar, jag undrar, undrar om, vet någon, någon som vet, någon som har, skulle vilja veta, vill gärna veta, ' +
    'kan ni svara, svara gärna, tacksam för svar, någon som kan, någon mer som, hur gör jag, hur gör man, ' +
    'hur byter jag, hur ändrar jag, hur säger jag upp, hur returnerar jag',
  rhetorical:
    'allvarligt:0.5, på riktigt:0.5, seriöst:0.5, skämtar ni, är ni seriösa, är det ett skämt, ' +
    'vad är det här för, hur svårt kan det vara, vad håller ni på med, va fan, vad fan, vad i helvete, ' +
    'hallå:0.5, eller:0.5, va:0.5, hur tänkte ni, vad tänkte ni, vem gör så, hur kan man, ' +
    'hur länge till, hur många gånger, varför alltid jag, skojar ni',
  help:
    'hjälp:0.7, hjälpa:0.5, hjälp mig, hjälpa mig, kan ni hjälpa, kan någon hjälpa, behöver hjälp, snälla hjälp, ' +
    'hur gör jag, hur gör man, vad ska jag göra, vad gör jag, kan ni kolla, kolla upp, snälla fixa, fixa det, ' +
    'fixa detta, åtgärda, hör av er, kontakta mig, ring mig, svara mig, kommer inte in, kan inte logga in, ' +
    'kan inte logga, låst ute, återställa lösenord, återställa mitt lösenord, var hittar jag, hur ändrar jag, ' +
    'hur avslutar jag, hur säger jag upp, vart vänder jag mig, vem ska jag kontakta, vem kan jag prata med, ' +
    'snälla:0.4, behöver:0.3, var är min, var är mitt, var är mina, när kommer min, när kommer mitt, ' +
    'när får jag, vill ha pengarna tillbaka, vill ha mina pengar, pengarna tillbaka:0.6, vill ha tillbaka, ' +
    'hur byter jag, hur returnerar jag, kan jag få, kan ni skicka, kan ni ringa, skicka ett dm, skicka dm, skriv dm, dm:a, avboka, avbryta, ' +
    'säga upp, ändra min, ändra mitt, hur lång tid, kan ni återkomma, återkom, väntar på svar, ' +
    'vill reklamera, vill klaga, vill avsluta',
  request: 'snälla, vänligen, kan ni:0.6, kan du:0.6, skulle ni kunna:0.6, skulle du kunna:0.6',
  service:
    'beställning, beställningen, beställningar, beställt, beställde, order, ordern, leverans, leveransen, ' +
    'leveranser, levererat, levererad, leverans*, *leverans, paket, paketet, paketen, försändelse, frakt, ' +
    'frakten, bud, budet, budfirma, chaufför, återbetalning, återbetalningen, pengarna tillbaka, retur, returen, ' +
    'byte, faktura, fakturan, räkning, räkningen, betalning, betalningen, konto, kontot, lösenord, inloggning, ' +
    'appen, app, hemsidan, sidan, webbshop, butik, butiken, kundtjänst, kundtjänst*, kundservice, kundsupport, ' +
    'support, personal, personalen, produkt, produkten, vara, varan, varor, abonnemang, abonnemanget, avtal, ' +
    'avtalet, tåg, tåget, tågen, flyg, flyget, bokning, bokningen, biljett, biljetten, batteri, laddare, ' +
    'garanti, reklamation, reparation, rabattkod, presentkort, internet, wifi, uppkoppling, uppkopplingen, ' +
    'täckning, nätet, bredband, bredbandet, router, routern, mejl, mail, svar, klagomål, kö, kön, telefonkö, ' +
    'tekniker, pris, priset, priser, avgift, avgiften, kort, kortet, bagage, väska, maten, mat, kaffe, ' +
    'beställning*, paket*, order*, kund*, storlek, byte, ärende, ärendet, ärendenummer',
  complaint:
    'fortfarande inte, fortfarande ingen, fortfarande inget, fortfarande inga, fortfarande:0.5, ' +
    'har inte kommit, inte kommit, aldrig kommit, kom aldrig, inte fått, har inte fått, aldrig fått, ' +
    'inte levererat, inte levererats, inget svar, ingen svarar, ingen återkoppling, ingen hör av sig, ' +
    'hört av mig:0.5, väntat:0.8, väntar:0.5, väntar fortfarande, väntat i, i kö:0.7, i telefonkö, trasig:0.8, ' +
    'trasigt:0.8, trasiga:0.8, sönder:0.8, gick sönder, skadad, skadat, saknas:0.7, fattas:0.7, fel vara, ' +
    'fel storlek, fel:0.4, avbokad:0.7, inställd:0.8, inställt:0.8, inställda:0.8, försenad:0.8, försenat:0.8, ' +
    'försenade:0.8, försening:0.8, förseningar:0.8, sen:0.3, sent:0.4, funkar inte, fungerar inte, ' +
    'går inte, kraschar, krånglar:0.8, laddar inte, ligger nere:0.7, dragit pengar två gånger, ' +
    'dubbeldebiterad, debiterad två gånger, dragit dubbelt, klaga:0.8, klagar:0.8, klagomål:0.8, ' +
    'reklamera:0.8, reklamerat:0.8, varje gång:0.5, för dyrt:0.6, prishöjning:0.8, lovat:0.5, lovade:0.5, ' +
    'ignorerar, struntar i, hör inte av sig, i flera dagar:0.6, i flera veckor:0.7, i veckor:0.7, i dagar:0.6, ' +
    'kall:0.4, kallt:0.4, slut i lager:0.4, ingen hjälp, fick ingen hjälp, inga pengar tillbaka, ' +
    'ingen ersättning, inte löst, ingen lösning, tappat bort, försvunnit, försvann, borttappat, ' +
    'inte okej, inte ok, inte acceptabelt, besviken:0.5, igen:0.3, som vanligt:0.5, strular:0.6, ' +
    'strul:0.6, krångel:0.6, missat:0.6, missade:0.6, glömt:0.6, glömde:0.6, kom inte, kommer inte, ' +
    'inte kommer, inställt igen, säger upp:0.6, byter till:0.6, går inte att, utelåst, låst ute, ' +
    'kommer inte in, kan inte logga in, inget internet, ingen täckning, inget wifi, ingen uppkoppling, ' +
    'ingen ström, ingen signal, krossad, krossat, krossade, förstörd, förstört, mosad, mosat, sprucken, ' +
    'spruckit, läcker:0.6, men fick:0.8, istället för:0.4, svarar ingen, ingen svarar i telefon, ' +
    'tog evigheter, tar evigheter, tog en evighet, höjt priserna, höjer priserna, dyrare:0.6, bojkott*, möglig, mögliga, mögel, utgånget:0.8',
  praise:
    'bra jobbat, snyggt jobbat, bra service, grym service, toppenservice, snabb leverans, snabbt svar, ' +
    'snabb hjälp, toppen, grymt, grym, älskar, gillar, bäst, bästa, underbart, fantastiskt, perfekt, ' +
    'rekommenderar, kan varmt rekommendera, varmt rekommendera, nöjd, supernöjd, jättenöjd, mycket nöjd, ' +
    'så nöjd, kanon, kanonbra, strålande, lysande, heja, kudos, eloge, all heder, beröm, fem stjärnor, ' +
    '5 stjärnor, tummen upp, grattis, härligt, imponerad, imponerande, smaskigt, gott, jättegott, utmärkt, ' +
    'suveränt, klockrent, proffsigt, bra:0.6, fint:0.5, fin:0.5, trevlig:0.6, trevliga:0.6, trevligt:0.6, ' +
    'hjälte, hjältar, hjälpsam, hjälpsamma, vänlig:0.6, vänliga:0.6, smidigt, mysigt:0.6, superbra, jättebra, najs, schysst',
  thanks:
    'tack, tack så mycket, stort tack, tusen tack, tack för hjälpen, tack snälla, tackar, tack tack, ' +
    'tack ska ni ha, tack för snabbt svar',
  politeness:
    'tack på förhand, tack i förväg, på förhand tack, tack på förhand för, mvh, med vänliga hälsningar, ' +
    'vänliga hälsningar, hälsningar, ha en bra dag, ha en fin dag, trevlig helg, ha det bra, tack för svar:0.5',
  crisis:
    'återkallelse, återkallar, återkallad, återkallade, återkallat, återkalla*, störning, störningar, ' +
    'driftstörning, driftstörningar, avbrott, strömavbrott, nere för alla, ligger nere för alla, ' +
    'funkar inte för någon, i hela landet, rikstäckande, salmonella, listeria, glasbitar, förorenad, ' +
    'förorenat, varning:0.6, bojkott, bojkotta, bojkottar, skandal:0.7, dataläcka, hackade, hackad, ' +
    'evakuera*, nödläge, larm:0.6, matförgiftning, på nyheterna, i tidningen, grupptalan',
  many:
    'alla, alla andra, inte den enda, inte ensam, jag med, jag också, samma här, samma problem, samma sak, ' +
    'fler, flera, många, hundratals, tusentals, någon mer, någon annan som, vi är många, hela området, ' +
    'hela gatan, alla grannar, i hela, hela stan, hela staden, hela landet',
  spam:
    'skriv till mig:1, dma mig:1.2, dm mig:1.2, dm för:1.5, kolla min profil:1.5, kika på min profil:1.5, ' +
    'in på min profil:1.5, min profil:0.8, länk i bio:1.5, länken i bio:1.5, länk i min bio:1.5, ' +
    'klicka på länken:1.2, klicka här:1.2, tjäna pengar:1.2, tjäna:0.6, extrainkomst:1.2, passiv inkomst:1.5, ' +
    'hemifrån:0.6, jobba hemifrån:1.2, krypto:1, kryptovaluta:1, bitcoin:1.2, investera:0.6, investering:0.6, ' +
    'vinst:0.4, vinna:0.4, tävling:0.4, gratis:0.4, följ mig:1, följ tillbaka:1, följare:0.6, whatsapp:0.8, ' +
    'telegram:0.8, kronor om dagen:1.5, kr om dagen:1.5, om dagen:0.5, i veckan:0.3, min kanal:0.8, ' +
    'prenumerera på min:1.2, ekonomisk frihet:1.5, rabattkod:0.3, med min kod:1.2, min kod:0.8',
  abuse:
    'idiot, idioter, idioterna, era idioter, jävla:1, jävlar:1, jävligt:0.6, fan:0.4, helvete:0.5, ' +
    'dra åt helvete:1.5, håll käften:1.5, käften:0.8, skitstövel:1.5, skitstövlar:1.5, kuk:1.5, fitta:2, ' +
    'hora:1.5, horunge:2, cp:1.5, mongo:1.5, dumjävel:1.5, dumjävlar:1.5, dumma i huvudet:1.2, pucko:1, ' +
    'puckon:1, efterbliven:1.2, efterblivna:1.2, jubelidiot:1.5, clowner:0.8, pajas:0.7, pajasar:0.7, ' +
    'ditt as:1.5, era as:1.5, svin:1, svinen:1, äckel:1, skitföretag:1, skit*:0.6, korkad:0.7, korkade:0.7, ' +
    'dum:0.5, dumma:0.5, fittor:2, kukhuvud:2, idiotiskt:0.6, ligister:0.8, lögnare:0.8, tjuvar:0.8, ' +
    'banditer:0.6, jävel:1',
  sarcasm:
    'tack för inget, tack för ingenting, tack så mycket för inget, tack för det:0.4, snyggt:0.4, ' +
    'snyggt jobbat:0.4, bra jobbat:0.4, grattis:0.4, heja heja:0.5, jättekul:0.5, kul:0.3, ' +
    'precis vad jag behövde, precis vad jag ville, vilken överraskning, som vanligt:0.5, ironi, sarkasm, ' +
    'toppenservice:0.4, grym service:0.4, lysande:0.4, underbart:0.3, strålande:0.4, imponerande:0.4, ' +
    'verkligen bra:0.4, tack så hemskt mycket, tusen tack för inget, vad skulle vi göra utan er, jo tjena, ja visst:0.5, jovisst:0.5, jaså:0.4, ' +
    'verkligen toppen:0.5',
  again:
    'igen, ännu en, ännu ett, återigen, än en gång, som vanligt, varje gång, alltid:0.5, jämt, ständigt, ' +
    'för tredje gången, för andra gången, ännu en gång, om och om igen',
  urgency:
    'nu:0.8, nu direkt, direkt:0.6, omedelbart, akut, brådskande, snabbt:0.4, så snart som möjligt, snarast, ' +
    'asap, idag:0.6, i dag:0.6, ikväll:0.6, imorgon:0.4, i flera dagar, i flera veckor, i en vecka, ' +
    'i två veckor, i dagar, i veckor, dagar:0.5, veckor:0.6, timmar:0.5, fortfarande:0.8, igen:0.6, ' +
    'sista chansen:0.6, deadline, månader:0.6, en månad:0.6, äntligen:0.4, så fort som möjligt',
  mine: 'min, mitt, mina, vår, vårt, våra',
};
