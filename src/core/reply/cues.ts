/**
 * Phrase cues of the reply checks, per language. Hand-curated by Parley (CC0). All are matched
 * case-insensitively with Unicode word boundaries.
 */
export interface ReplyCues {
  noComment: string;
  deflection: string;
  acknowledgement: string;
  nextStep: string;
  passive: string;
  cheerful: string;
  defensive: string;
  advert: string;
  admission: string;
  speculation: string;
  stopwords: ReadonlySet<string>;
  interrogative: RegExp;
}

const W = (s: string) => s;

export const CUES: Record<'en' | 'de' | 'sv', ReplyCues> = {
  en: {
    noComment: W("no comment|(?:we|I) (?:do not|don't|cannot|can't|won't|will not) comment(?: on)?|no further comment"),
    deflection: W('(?:please )?(?:call|contact|reach out to|get in touch with) (?:our )?(?:hotline|customer (?:service|support|care)|support team|helpdesk)|(?:see|visit|check) our (?:faq|help (?:centre|center)|website)'),
    acknowledgement: W("sorry|apolog\\w*|understand|frustrat\\w*|annoying|thanks? (?:you )?for|I see|fair point|you're right"),
    nextStep: W("I(?:'ll| will)|we(?:'ll| will)|let me|DM|direct message|private message|by (?:today|tomorrow|monday|tuesday|wednesday|thursday|friday)|within \\d+|\\d{1,2}(?::\\d{2})? ?(?:am|pm)|follow up"),
    passive: W('it (?:has been|was) decided|(?:mistakes|errors) (?:were|have been) made|it (?:has been|was) determined|(?:your|the) (?:request|case) (?:has been|was) (?:closed|noted)'),
    cheerful: W('great (?:question|news)|awesome|amazing|yay|woo+|love (?:this|that)|😊|😀|😃|🎉|🥳|😍|👍'),
    defensive: W("as (?:we|I) (?:already|previously) (?:said|stated|mentioned)|you should have|if you had|actually,|obviously|clearly you|calm down|per my last"),
    advert: W("use (?:the )?code \\w+|\\d{1,2} ?% off|buy now|order now|shop now|limited (?:time )?offer|check out our (?:new|latest)|don't miss|sign up (?:now|today)|utm_[a-z]+="),
    admission: W("(?:it was|it's|this is) (?:entirely |all )?our fault|we are (?:fully )?(?:liable|responsible for (?:the|your) (?:damage|injur\\w*|loss))|we admit|our negligence|we were negligent"),
    speculation: W("probably|most likely|I think (?:it|this) was|I guess|might have been caused|could have been caused|I assume|presumably"),
    stopwords: new Set('the a an and or but if is are was were be been do does did have has had i you he she it we they me my your our their this that these those what when where why how which who can could will would should shall may might must to of in on at for from with about as by not no yes so just also too very there here then than any some all one out up down get got'.split(' ')),
    interrogative: /^(?:what|when|where|why|how|which|who|whom|whose|is|are|was|were|do|does|did|can|could|will|would|should|have|has|may)\b/i,
  },
  de: {
    noComment: W('kein Kommentar|(?:dazu )?(?:äußern|äussern) wir uns (?:nicht|nicht weiter)|keine weitere(?:n)? Stellungnahme|wir kommentieren (?:das|dies)? ?nicht'),
    deflection: W('(?:bitte )?(?:wenden Sie sich|wende dich) an (?:unsere(?:n)? )?(?:Hotline|Kundenservice|Kundendienst|Support)|(?:rufen Sie|ruf) (?:unsere )?Hotline an|(?:siehe|schauen Sie in) (?:unsere )?FAQ'),
    acknowledgement: W('tut (?:mir|uns) leid|entschuldig\\w*|verstehe\\w*|ärgerlich|nachvollziehbar|danke(?:schön)?|vielen Dank|Sie haben recht|du hast recht'),
    nextStep: W('ich (?:melde|kümmere|prüfe|schaue)|wir (?:melden|prüfen|kümmern)|melde mich|Direktnachricht|DM|private Nachricht|bis (?:heute|morgen|Montag|Dienstag|Mittwoch|Donnerstag|Freitag)|innerhalb von \\d+|um \\d{1,2}(?::\\d{2})? ?Uhr'),
    passive: W('es wurde entschieden|(?:es )?wurden Fehler gemacht|Ihre Anfrage wurde (?:geschlossen|zur Kenntnis genommen)|es wurde festgelegt'),
    cheerful: W('super|toll|klasse|juhu|yay|wie schön|😊|😀|😃|🎉|🥳|😍|👍'),
    defensive: W('wie (?:bereits|schon) (?:erwähnt|gesagt|mitgeteilt)|Sie hätten|du hättest|eigentlich|offensichtlich|beruhigen Sie sich|hätten Sie (?:gelesen|geschaut)'),
    advert: W('mit dem Code \\w+|Rabattcode|\\d{1,2} ?% Rabatt|jetzt (?:kaufen|bestellen|zugreifen)|nur für kurze Zeit|Angebot der Woche|schauen Sie sich unser(?:e|en)? neue'),
    admission: W('(?:das war|es war|ist) (?:ganz )?unser (?:Fehler|Verschulden)|wir haften|wir übernehmen die (?:volle )?Verantwortung für (?:den|die) Schaden|fahrlässig'),
    speculation: W('vermutlich|wahrscheinlich|ich glaube,? (?:es|das) (?:war|lag)|könnte an \\p{L}+ liegen|ich nehme an|mutmaßlich'),
    stopwords: new Set('der die das ein eine einer eines einem einen und oder aber wenn ist sind war waren sein bin hast hat haben ich du er sie es wir ihr mein dein unser euer ihr dies diese dieser was wann wo warum wie welche wer kann könnte wird würde soll zu von in im an am auf für aus mit über als bei nicht kein keine ja so auch sehr da dort dann noch schon mal nur'.split(' ')),
    interrogative: /^(?:was|wann|wo|warum|wieso|weshalb|wie|welche[rsmn]?|wer|wen|wem|ist|sind|war|gibt|kann|können|könnt|wird|werden|habt|hat|haben|muss|soll)\b/i,
  },
  sv: {
    noComment: W('ingen kommentar|vi kommenterar (?:inte|inte detta)|inga (?:ytterligare )?kommentarer'),
    deflection: W('(?:vänligen )?(?:kontakta|ring|hör av dig till) (?:vår )?(?:kundtjänst|kundservice|support|hotline)|(?:se|läs) (?:vår )?FAQ'),
    acknowledgement: W('ledsen|beklagar|förlåt|ursäkt\\w*|förstår|tråkigt|jobbigt|tack(?: för)?|du har rätt'),
    nextStep: W('jag (?:kollar|återkommer|tittar|ser till)|vi (?:kollar|återkommer|tittar)|skriv till oss|DM|privat meddelande|senast (?:idag|i dag|imorgon|i morgon|måndag|tisdag|onsdag|torsdag|fredag)|inom \\d+|kl\\.? ?\\d{1,2}'),
    passive: W('det har beslutats|det beslutades|misstag har begåtts|ditt ärende har (?:stängts|noterats)'),
    cheerful: W('toppen|grymt|härligt|kul|jippi|yay|😊|😀|😃|🎉|🥳|😍|👍'),
    defensive: W('som (?:vi|jag) (?:redan )?(?:sagt|skrivit|nämnt)|du borde ha|om du hade|faktiskt,|uppenbarligen|lugna ner dig'),
    advert: W('med koden \\w+|rabattkod\\w*|\\d{1,2} ?% rabatt|köp nu|beställ nu|passa på|erbjudande|kolla in vår(?:a)? nya'),
    admission: W('det (?:var|är) (?:helt )?vårt fel|vi är (?:skadeståndsskyldiga|ansvariga för skadan)|vi erkänner|vårdslös\\w*'),
    speculation: W('förmodligen|troligen|troligtvis|jag tror (?:att )?det (?:var|berodde)|kan ha berott på|antagligen'),
    stopwords: new Set('och eller men om är var vara har hade jag du han hon den det vi ni de min din vår er deras denna detta dessa vad när var varför hur vilken vilket vilka vem kan kunde ska skulle vill till av i på för från med om som vid inte nej ja så också mycket där här sedan än någon några alla en ett'.split(' ')),
    interrogative: /^(?:vad|när|var|varför|hur|vilken|vilket|vilka|vem|är|finns|kan|kommer|har|går|ska|fungerar)\b/i,
  },
};

export function cuesFor(locale: string): ReplyCues {
  const lang = locale.slice(0, 2);
  return lang === 'de' ? CUES.de : lang === 'sv' ? CUES.sv : CUES.en;
}
