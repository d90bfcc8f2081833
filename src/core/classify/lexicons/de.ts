/**
 * German lexicon for comment understanding.
 *
 * Source: hand-curated by the Parley team for this project from general knowledge of German
 * social-media language (Kommentare an Marken-, Bahn-, Versand- und Telekommunikationskonten).
 * Not copied or derived from a published lexicon or data set (e.g. not from SentiWS); polarity
 * scores on a −3…3 scale are our own judgement. Licence: the same as Parley itself.
 *
 * "ß" is folded to "ss" before lookup, so "Grüße" and "Grüsse" match alike. The abuse list is
 * deliberately short: common insults and strong profanity only.
 */
import type { Lexicon } from './types';

export const de: Lexicon = {
  lang: 'de',
  markers:
    'der, die, das, und, nicht, ist, ich, du, wir, ihr, sie, es, ein, eine, einen, einem, einer, den, dem, des, ' +
    'mit, von, zu, auf, für, bei, nach, aus, auch, noch, schon, nur, aber, oder, wenn, dass, weil, wie, was, ' +
    'wer, wo, warum, wieso, wann, kein, keine, keinen, mein, meine, meinen, meiner, mir, mich, dich, dir, euch, ' +
    'euer, eure, euren, uns, unser, sind, war, waren, wird, werden, wurde, habe, hat, haben, hatte, bin, bist, ' +
    'seid, kann, können, könnt, muss, müssen, soll, sollte, will, möchte, gibt, gar, doch, mal, jetzt, hier, ' +
    'dann, denn, sehr, ganz, immer, nie, nichts, etwas, jemand, sich, im, ins, am, zum, zur, vom, beim, über, ' +
    'unter, gegen, ohne, bis, seit, danke, bitte, hallo, leider, vielleicht, heute, gestern, wieder, endlich, ' +
    'genau, eigentlich, wirklich, bereits, gerade, ja, nein, euch, eurem, eurer, ist\'s, gibt\'s, geht, mehr, ' +
    'schon, jeder, alle, also, so, man, da, um, an, in, wochen, tagen, seit, servus, moin, grüße, liebe, erste, ' +
    'erster, neu, neue, neuen, mehr, einfach, passt, jo, hab, nix, gell, halt, eben, echt, klar, wurde, worden',
  ngrams:
    '_sch:1.5, sch:1, cht:1, ch_:0.6, ung_:1.5, heit:1.5, keit:1.5, lich:1.2, chen_:1.2, _ge:0.5, ei:0.5, ie:0.4, ' +
    'eu:0.6, äu:2, tz:1, _zu:1, _ver:0.8, _be:0.3, en_:0.3, ü:1.5, ö:0.5, ä:0.5, _pf:1, pf:0.5, tsch:1.5, ' +
    'ss_:0.5, z:0.4, ck:0.3, ern_:0.6, ige_:0.5, _ein:0.6, st_:0.3, _ent:0.8, _auf:0.8, _aus:0.8, sst:0.6',
  sentiment:
    // positive
    'gut:2, gute:2, guter:2, gutes:2, guten:1, super:3, toll:3, tolle:3, toller:3, tolles:3, klasse:3, prima:2, ' +
    'spitze:3, top:2, genial:3, großartig:3, hervorragend:3, ausgezeichnet:3, perfekt:3, wunderbar:3, ' +
    'wunderschön:3, schön:2, schöne:2, schöner:2, lecker:3, freundlich:2, freundliche:2, freundlichen:2, ' +
    'hilfsbereit:2, schnell:1, schnelle:1, zufrieden:2, begeistert:3, ich liebe:3, liebe es:3, lieben:2, ' +
    'gefällt:2, empfehlen:2, empfehlenswert:3, weiterempfehlen:3, danke:2, dankeschön:2, vielen dank:2, ' +
    'bester:3, beste:3, bestes:3, weiter so:3, glücklich:3, froh:2, freue mich:2, cool:1, nice:1, geil:2, ' +
    'bravo:2, hammer:2, held:2, heldin:2, helden:2, der hammer:3, mega:1, vorbildlich:3, kompetent:2, kompetente:2, unkompliziert:2, ' +
    'reibungslos:2, einwandfrei:2, zuverlässig:2, fair:1, lieb:2, herzlich:2, sympathisch:2, daumen hoch:2, ' +
    'alles bestens:3, hat geklappt:2, hat alles geklappt:3, respekt:2, klappt:1, freundlicher:2, ' +
    // negative
    'schlecht:-2, schlechte:-2, schlechter:-2, schlechtes:-2, schlechteste:-3, schlimm:-2, furchtbar:-3, ' +
    'schrecklich:-3, katastrophe:-3, katastrophal:-3, mies:-2, miserabel:-3, enttäuscht:-2, enttäuschend:-2, ' +
    'enttäuschung:-2, ärgerlich:-2, verärgert:-2, sauer:-2, wütend:-3, stinksauer:-3, frechheit:-3, ' +
    'unverschämt:-3, unverschämtheit:-3, unmöglich:-2, inakzeptabel:-3, unzumutbar:-3, peinlich:-2, ' +
    'traurig:-2, nervig:-2, nervt:-2, genervt:-2, ärgert:-2, ärgere:-2, die nase voll:-2, lächerlich:-2, ' +
    'ein witz:-2, witz:-1, betrug:-3, betrüger:-3, abzocke:-3, abzocker:-3, mist:-2, schrott:-3, müll:-2, ' +
    'kaputt:-2, defekt:-2, fehlerhaft:-2, falsch:-1, falsche:-1, falschen:-1, langsam:-1, unfreundlich:-2, ' +
    'unfreundliche:-2, inkompetent:-3, inkompetente:-3, nutzlos:-2, nie wieder:-3, problem:-1, probleme:-1, ' +
    'fehler:-1, ärger:-2, schade:-1, leider:-0.5, zumutung:-3, skandal:-3, skandalös:-3, gefährlich:-2, ' +
    'geht gar nicht:-2, hass:-3, hasse:-3, gelogen:-2, chaos:-2, saftladen:-2, katastrophal:-3, ' +
    'dreist:-2, frech:-2, unfähig:-3, armselig:-3, erbärmlich:-3, unterirdisch:-3, grottig:-3, grottenschlecht:-3, ' +
    'ekelhaft:-3, eklig:-2, kalt:-1, teuer:-1, zu teuer:-2, überteuert:-2, enttäuschende:-2, verschimmelt:-3, ' +
    'schimmel:-2, lahm:-1, lahme:-1, bescheiden:-1, sinnlos:-2, ärgerlicher:-2, verzweifelt:-2, ' +
    'stinkt:-2, übel:-2, desaster:-3, totalausfall:-3, sauerei:-3',
  negators:
    'nicht, kein, keine, keinen, keinem, keiner, keines, nie, niemals, nichts, niemand, ohne, weder, nö, nee, ' +
    'kaum, nirgends',
  intensifiers:
    'sehr:0.3, so:0.3, total:0.3, extrem:0.5, echt:0.3, wirklich:0.3, richtig:0.3, mega:0.4, voll:0.3, ' +
    'absolut:0.4, völlig:0.4, äußerst:0.5, super:0.3, ziemlich:0.2, unglaublich:0.4, verdammt:0.4, ' +
    'so was von:0.5, komplett:0.3, besonders:0.3, wahnsinnig:0.4, sowas von:0.5, echt mal:0.3, einfach:0.2, ' +
    'zu:0.1, absolut nicht:0.3',
  contrast: 'aber, jedoch, allerdings, trotzdem, dennoch, sondern, doch:0.5',
  questionStart:
    'wie:0.7, was:0.6, warum:0.8, wieso:0.8, weshalb:0.8, weswegen:0.8, wann:0.8, wo:0.8, wer:0.6, wem:0.6, ' +
    'wen:0.6, welche:0.6, welcher:0.6, welches:0.6, welchen:0.6, wohin:0.8, woher:0.8, wozu:0.6, womit:0.6, wieviel, wie viel, wie viele, wie lange, gibt es, gibt\'s, gibts, habt ihr, ' +
    'haben sie, hat jemand, hat das, hat man, ist das, ist es, ist die, ist der, ist mein, ist meine, sind die, ' +
    'kann ich, kann man, kann mir, kann jemand, könnt ihr, können sie, könnte ich, könntet ihr, kommt, ' +
    'wird es, wird das, werden die, weiß jemand, weiss jemand, wisst ihr, wissen sie, muss ich, soll ich, ' +
    'darf ich, darf man, bekomme ich, bekommt man, funktioniert, geht das, gilt, liefert ihr, bietet ihr, ' +
    'verkauft ihr, seid ihr, lohnt sich, hattet ihr, macht ihr, plant ihr, braucht man, brauche ich, ' +
    'stimmt es, stimmt das, klappt das, passt das, sollte ich, könnt ihr mir, hab ich, habe ich',
  question:
    'weiß jemand, weiss jemand, ich frage mich, frage mich, würde gern wissen, würde gerne wissen, ' +
    'möchte wissen, wüsste gern, wüsste gerne, gerne wissen, könnt ihr mir sagen, können sie mir sagen, ' +
    'sagt mir bitte, gibt es schon, gibt es neuigkeiten, irgendwelche neuigkeiten, neuigkeiten, ' +
    'wie kann ich, wie mache ich, wie kündige ich, wie bekomme ich, hat jemand erfahrung, jemand eine idee, eine idee',
  rhetorical:
    'echt jetzt:0.5, ernsthaft:0.5, im ernst:0.5, wirklich:0.5, was soll das, was für ein, was für eine, ' +
    'geht\'s noch, gehts noch, seid ihr noch zu retten, wie peinlich, wie dreist, soll das ein witz sein, ' +
    'wollt ihr mich verarschen, ist das euer ernst, ist das ihr ernst, wtf:0.5, hallo:0.5, ' +
    'wie kann man nur, wer macht sowas, wer macht so was, was denkt ihr euch, was habt ihr euch dabei gedacht, ' +
    'wie lange noch, wie oft noch, warum immer ich, muss das sein, wozu eigentlich, na und:0.5, ja und:0.5',
  help:
    'hilfe:0.7, helfen:0.5, kann mir jemand helfen, könnt ihr mir helfen, können sie mir helfen, helft mir, ' +
    'brauche hilfe, bitte um hilfe, hilfe bitte, bitte helfen, bitte helft, wie kann ich, wie mache ich, ' +
    'was muss ich tun, was kann ich tun, was soll ich tun, was soll ich jetzt machen, bitte prüfen, ' +
    'bitte überprüfen, bitte schauen, bitte nachschauen, schaut bitte, bitte kümmern, kümmert euch, ' +
    'bitte melden, meldet euch, meldet euch bitte, bitte um rückmeldung, bitte um rückruf, ruft mich an, ' +
    'bitte zurückrufen, komme nicht rein, kann mich nicht einloggen, kann mich nicht anmelden, ' +
    'passwort zurücksetzen, wie tausche ich, wie kann ich das umtauschen, am einfachsten, wo finde ich, wie funktioniert, wo kann ich, an wen kann ich mich wenden, ' +
    'an wen wende ich mich, wie geht das, wie bekomme ich, wie kündige ich, bitte:0.4, ich brauche:0.6, ' +
    'wo ist meine, wo ist mein, wo bleibt meine, wo bleibt mein, wann kommt meine, wann kommt mein, ' +
    'wann bekomme ich, will mein geld zurück, will mein geld, geld zurück:0.6, bitte erstatten, ' +
    'bitte stornieren, storniert bitte, bitte kündigen, bitte ändern, wie lange dauert, wen kann ich, ' +
    'schreibt mir bitte, bitte per pn, bitte per dm, bitte dm, bitte um antwort, brauche dringend, ' +
    'könnt ihr das prüfen, könnt ihr nachsehen, könnt ihr mal schauen, bitte klären, bitte lösen',
  request: 'bitte, bitteschön:0.6, könnt ihr:0.6, können sie:0.6, kannst du:0.6, könntet ihr:0.6, könnten sie:0.6',
  service:
    'bestellung, bestellungen, bestellt, liefer*, *lieferung, paket, pakete, *paket, sendung, sendungsverfolgung, ' +
    'versand, zustellung, zusteller, bote, paketbote, kurier, rückerstattung, erstattung, rücksendung, retoure, ' +
    'umtausch, rechnung, abbuchung, abgebucht, zahlung, konto, kundenkonto, passwort, login, app, webseite, ' +
    'website, homepage, shop, onlineshop, filiale, laden, markt, kundenservice, kundendienst, service, *service, ' +
    'hotline, support, mitarbeiter, mitarbeiterin, personal, produkt, artikel, ware, abo, abonnement, vertrag, ' +
    'tarif, zug, züge, bahn, flug, buchung, reservierung, ticket, fahrkarte, akku, ladegerät, garantie, ' +
    'gewährleistung, reparatur, ersatz, gutschein, rabatt, rabattcode, gutscheincode, internet, wlan, netz, ' +
    'verbindung, update, email, mail, antwort, beschwerde, termin, warteschleife, kasse, techniker, anschluss, ' +
    'router, preis, preise, gebühr, gebühren, karte, sitzplatz, koffer, gepäck, essen, kaffee, router, ' +
    'bestell*, kunden*, *bestellung, reklamation, umtausch, größe, vorgang, vorgangsnummer',
  complaint:
    'immer noch nicht, immer noch kein, immer noch keine, noch immer nicht, noch immer kein, noch immer keine, ' +
    'immer noch:0.5, noch nicht angekommen, nicht angekommen, nie angekommen, nicht erhalten, nichts erhalten, ' +
    'nicht geliefert, nie geliefert, keine antwort, keine rückmeldung, keine reaktion, niemand meldet sich, ' +
    'niemand antwortet, meldet sich keiner, keiner meldet sich, meldet sich niemand, warte seit, warten seit, ' +
    'warte schon, warten schon, gewartet, warteschleife:0.7, kaputt:0.8, defekt:0.8, beschädigt, fehlt:0.7, ' +
    'fehlen:0.6, fehlte:0.6, falsch geliefert, falsche ware, falscher artikel, storniert:0.7, doppelt abgebucht, ' +
    'zweimal abgebucht, doppelt berechnet, verspätung:0.8, verspätet:0.8, verzögerung:0.8, zu spät:0.8, ' +
    'ausgefallen:0.7, fällt aus:0.7, funktioniert nicht, funktioniert immer noch nicht, geht nicht, läuft nicht, ' +
    'stürzt ab, stürzt ständig ab, abgestürzt, lädt nicht, nicht erreichbar, beschwerde:0.8, beschweren:0.8, ' +
    'reklamation:0.8, reklamiert:0.8, schon wieder:0.6, jedes mal:0.5, ständig:0.5, dauernd:0.5, ' +
    'seit tagen:0.6, seit wochen:0.7, wochenlang:0.7, tagelang:0.7, versprochen:0.5, hingehalten, vertröstet, ' +
    'abgewimmelt, ignoriert, verloren:0.6, verschwunden:0.6, preiserhöhung:0.8, zu teuer:0.6, nicht lieferbar:0.6, ' +
    'ausverkauft:0.4, kein geld zurück, kein ersatz, keine erstattung, keine lösung, nicht gelöst, ' +
    'nicht zugestellt, nicht zu erreichen, niemand erreichbar, keiner erreichbar, kalt:0.4, abgezockt, ' +
    'ärgerlich:0.5, enttäuscht:0.5, unzumutbar:0.5, frechheit:0.5, verspätungen:0.8, zugausfall, zugausfälle, ' +
    'ausfall:0.6, nicht funktioniert, geht schon wieder nicht, nicht mehr, kommt nicht, kam nicht, ' +
    'nie erreichbar, keiner hilft, niemand hilft, hilft keiner, hilft niemand, wieder nicht, ' +
    'hängt:0.5, hängt fest:0.8, bin raus, gekündigt:0.4, ausgesperrt, gesperrt:0.8, komme nicht rein, ' +
    'kann mich nicht einloggen, kann mich nicht anmelden, kein internet, kein netz, kein empfang, kein wlan, ' +
    'kein strom, keine verbindung, zerbrochen, zerstört, zerdrückt, gerissen:0.6, undicht, ausgelaufen, ' +
    'aber bekommen:0.6, statt:0.4, keiner ans telefon, niemand ans telefon, geht keiner ran, geht niemand ran, ' +
    'hat ewig gedauert, dauert ewig, ewig gedauert, preise erhöht, preise schon wieder erhöht, teurer:0.6, boykott*, verschimmelt, schimmel, abgelaufen:0.8',
  praise:
    'super, toll, klasse, spitze, genial, großartig, weiter so, macht weiter so, gute arbeit, top service, ' +
    'toller service, super service, klasse service, schnelle lieferung, schnelle antwort, schnelle hilfe, ' +
    'gerne wieder, immer wieder gerne, bin begeistert, begeistert, ich liebe, liebe es, liebe euch, ' +
    'lieblings*, empfehlen, empfehlenswert, weiterempfehlen, perfekt, lecker, zufrieden, sehr zufrieden, ' +
    'bestes, bester, beste, hammer, der hammer, daumen hoch, 5 sterne, fünf sterne, bravo, respekt, kompliment, ' +
    'ein lob, ein großes lob, großes lob, lob, herzlichen glückwunsch, glückwunsch, gratulation, freue mich, ' +
    'held, heldin, helden, vorbildlich, hat alles geklappt, alles bestens, hat geklappt, hervorragend, ausgezeichnet, wunderbar, ' +
    'gut:0.5, schön:0.6, geil, mega:0.5, cool:0.6, nice:0.6, freundlich:0.6, hilfsbereit, kompetent, ' +
    'einwandfrei, reibungslos, unkompliziert, zuverlässig, sympathisch',
  thanks:
    'danke, dankeschön, danke schön, vielen dank, herzlichen dank, tausend dank, vielen lieben dank, ' +
    'danke sehr, merci:0.8, vielen herzlichen dank, besten dank, dank euch, danke euch',
  politeness:
    'danke im voraus, danke vorab, vielen dank im voraus, im voraus, vorab danke, vorab vielen dank, lg, ' +
    'liebe grüße, viele grüße, mfg, mit freundlichen grüßen, freundliche grüße, beste grüße, gruß, grüße, ' +
    'schöne grüße, schönen tag noch, schönes wochenende, liebes team, liebe grüsse, danke für die info:0.5',
  crisis:
    'rückruf, rückrufaktion, zurückgerufen, zurückrufen:0.3, störung, störungen, großstörung, ausfall:0.6, ' +
    'totalausfall, netzausfall, stromausfall, geht bei niemandem, bei allen, bundesweit, deutschlandweit, ' +
    'datenleck, gehackt, salmonellen, listerien, verunreinigt, verunreinigung, glassplitter, warnung:0.6, ' +
    'boykott, boykottieren, skandal:0.7, shitstorm, evakuiert, notfall, explodiert, lebensmittelwarnung, ' +
    'keime, giftig, vergiftung, sammelklage, betrifft alle, in den nachrichten, in der zeitung',
  many:
    'alle, bei allen, jeder, alle anderen, in ganz, die ganze stadt, ganze stadt, im ganzen, geht mir auch so, bei mir auch, ich auch, nicht der einzige, ' +
    'nicht die einzige, nicht nur ich, noch jemand, sonst noch jemand, viele, hunderte, tausende, überall, ' +
    'mehrere, wir alle, die ganze straße, das ganze viertel, gleiches problem, selbes problem, dasselbe problem',
  spam:
    'schreib mir:1, schreibt mir:0.8, schreib mir privat:1.5, dm für:1.5, melde dich bei:1, meldet euch bei:0.8, ' +
    'check mein profil:1.5, schaut auf meinem profil:1.5, auf meinem profil:1.2, mein profil:0.8, ' +
    'link in bio:1.5, link im profil:1.5, klick auf den link:1.2, klickt auf den link:1.2, geld verdienen:1.2, ' +
    'nebenverdienst:1.2, von zuhause:0.8, von zu hause:0.8, passives einkommen:1.5, krypto:1, bitcoin:1.2, ' +
    'investieren:0.6, investition:0.6, gewinn:0.4, gewinne:0.4, gewinnspiel:0.5, gratis:0.4, kostenlos:0.3, ' +
    'folgt mir:1, folge mir:1, follower:0.6, abonniert mich:1.2, abonniert meinen kanal:1.5, whatsapp:0.8, ' +
    'telegram:0.8, euro pro tag:1.5, pro tag:0.6, pro woche:0.6, am tag:0.4, trading:0.6, forex:1.2, ' +
    'finanzielle freiheit:1.5, reich werden:1.2, mein kanal:0.8, meinen kanal:0.8, rabattcode:0.4, ' +
    'mit meinem code:1.2, mein code:0.8',
  abuse:
    'idiot, idioten, vollidiot, vollidioten, arschloch, arschlöcher, wichser, penner:0.8, spast:1.5, spasti:1.5, ' +
    'missgeburt:1.5, hurensohn:2, hurensöhne:2, halt die fresse:1.5, halt\'s maul:1.5, halts maul:1.5, ' +
    'fresse:0.8, verpiss dich:1.5, verpisst euch:1.5, fick dich:2, fickt euch:2, scheiße:1, scheiss:1, ' +
    'scheiss*:1, drecks*:1, dreckspack:1.5, dummkopf:1, dumm:0.5, dumme:0.5, bekloppt:0.7, behindert:1, ' +
    'vollpfosten:1, depp:1, deppen:1, trottel:1, lappen:0.6, kacke:0.8, verdammt:0.4, clowns:0.8, ' +
    'opfer:0.5, pisser:1.5, schlampe:1.5, fotze:2, verrecken:1.5, verreckt:1.5, gesindel:1.2, pack:0.5, ' +
    'bagage:0.8, heuchler:0.8, lügner:0.8, verbrecher:0.8, hirnlos:1, hirnlose:1, vollhonk:1, honks:1',
  sarcasm:
    'danke für nichts, na toll, na super, na klasse, na prima, na bravo, na danke, ganz toll, ganz großes kino, ' +
    'großes kino, ganz große klasse, vielen dank auch, danke auch, danke dafür:0.4, läuft bei euch, ' +
    'läuft bei dir, wie immer:0.5, super gemacht:0.5, toll gemacht:0.5, glückwunsch:0.4, bravo:0.4, ' +
    'klasse leistung:0.5, tolle leistung:0.5, reife leistung, chapeau:0.4, herzlichen dank auch, ironie, ' +
    'ironie aus, sarkasmus, wer hätte das gedacht, welch überraschung, was für eine überraschung, ' +
    'super service:0.4, toller service:0.4, spitzenservice:0.4, liebe es:0.4, lieben es:0.5, wie schön:0.4, ' +
    'vielen herzlichen dank auch, wirklich toll:0.5, echt toll:0.5, echt super:0.4, weiter so:0.4, ' +
    'ja klar:0.5, ja ne is klar, ja nee is klar, schon klar:0.5',
  again:
    'wieder, schon wieder, erneut, mal wieder, nochmal, noch einmal, wie immer, ständig, dauernd, jedes mal, ' +
    'immer:0.5, immer wieder, zum x-ten mal, zum dritten mal, zum zweiten mal',
  urgency:
    'sofort, jetzt:0.8, jetzt sofort, dringend, umgehend, so schnell wie möglich, asap, heute:0.6, noch heute, ' +
    'morgen:0.4, seit tagen, seit wochen, seit stunden, seit einer woche, seit zwei wochen, seit drei wochen, ' +
    'seit einem monat, tage:0.5, tagen:0.5, wochen:0.6, stunden:0.5, immer noch:0.8, noch immer:0.8, ' +
    'notfall, eilig, eilt, schnellstmöglich, frist, bis morgen, bis freitag:0.6, letzte chance:0.6, ' +
    'schon wieder:0.6, wieder:0.4, endlich:0.5, monate:0.6, monaten:0.6',
  mine:
    'mein, meine, meinen, meinem, meiner, meines, unser, unsere, unseren, unserem, unserer',
};
