/** Messages and reasons of the reply checks, in the draft's language (English when unknown). */
type Entry = { en: string; de: string; sv: string };

const MESSAGES = {
  unansweredQuestion: {
    en: 'The comment asks “%s” — the draft does not seem to answer it.',
    de: 'Der Kommentar fragt „%s“ – der Entwurf scheint darauf nicht einzugehen.',
    sv: 'Kommentaren frågar ”%s” – utkastet verkar inte svara på det.',
  },
  unansweredWhy: {
    en: 'People notice when the one thing they asked is skipped; answer it, or say when you will.',
    de: 'Wer fragt, merkt sofort, wenn genau das übergangen wird. Beantworten Sie es oder sagen Sie, bis wann.',
    sv: 'Den som frågar märker direkt om just det hoppas över. Svara, eller säg när du kan svara.',
  },
  noComment: {
    en: '“%s” ends the conversation. Say what you can share, or why you cannot yet.',
    de: '„%s“ beendet das Gespräch. Sagen Sie, was Sie teilen können – oder warum noch nicht.',
    sv: '”%s” avslutar samtalet. Säg vad du kan berätta, eller varför du inte kan ännu.',
  },
  noCommentWhy: {
    en: 'Stonewalling reads as having something to hide; two-way communication means answering, even if only partly.',
    de: 'Mauern wirkt, als gäbe es etwas zu verbergen. Dialog heißt antworten, notfalls teilweise.',
    sv: 'Att stänga dörren ser ut som att man döljer något. Dialog betyder att svara, även delvis.',
  },
  deflection: {
    en: 'The draft only points to “%s”: acknowledge the problem and give a fact or a next step too.',
    de: 'Der Entwurf verweist nur auf „%s“: Zeigen Sie Verständnis und nennen Sie auch eine Information oder einen nächsten Schritt.',
    sv: 'Utkastet hänvisar bara till ”%s”: visa förståelse och ge också ett besked eller ett nästa steg.',
  },
  deflectionWhy: {
    en: 'A bare referral feels like being passed on; the person should see that someone read their comment.',
    de: 'Ein bloßer Verweis fühlt sich wie Abwimmeln an; die Person soll sehen, dass jemand ihren Kommentar gelesen hat.',
    sv: 'En ren hänvisning känns som att bli bortskickad; personen ska se att någon läst kommentaren.',
  },
  moodCheerful: {
    en: 'The commenter is upset, but the draft sounds cheerful (“%s”). Match their mood: acknowledge first.',
    de: 'Die Person ist verärgert, der Entwurf klingt aber fröhlich („%s“). Nehmen Sie die Stimmung auf: erst Verständnis zeigen.',
    sv: 'Personen är upprörd men utkastet låter glatt (”%s”). Möt stämningen: visa förståelse först.',
  },
  moodDefensive: {
    en: 'The commenter is upset and the draft sounds defensive. Acknowledge their experience before explaining.',
    de: 'Die Person ist verärgert und der Entwurf klingt defensiv. Erkennen Sie erst die Erfahrung an, dann erklären Sie.',
    sv: 'Personen är upprörd och utkastet låter defensivt. Bekräfta upplevelsen innan du förklarar.',
  },
  moodWhy: {
    en: 'An angry person answered with cheer or self-defence feels unheard, and the thread escalates.',
    de: 'Wer verärgert ist und fröhlich oder rechtfertigend beantwortet wird, fühlt sich nicht gehört – der Thread eskaliert.',
    sv: 'Den som är arg och får ett glatt eller försvarande svar känner sig inte hörd, och tråden eskalerar.',
  },
  passive: {
    en: '“%s” hides who decided. Say who: “we decided…”, “I have asked…”.',
    de: '„%s“ versteckt, wer entschieden hat. Sagen Sie, wer: „wir haben entschieden …“, „ich habe veranlasst …“.',
    sv: '”%s” döljer vem som bestämt. Säg vem: ”vi har beslutat …”, ”jag har bett …”.',
  },
  passiveWhy: {
    en: 'Faceless passive phrasing reads as bureaucracy; people want to talk to a person who takes responsibility.',
    de: 'Gesichtsloses Passiv wirkt bürokratisch; Menschen wollen mit jemandem sprechen, der Verantwortung übernimmt.',
    sv: 'Ansiktslös passiv form låter byråkratiskt; människor vill prata med någon som tar ansvar.',
  },
  unsigned: {
    en: 'Sign the reply with your name (or initials), as the pack asks for this platform.',
    de: 'Unterschreiben Sie die Antwort mit Ihrem Namen (oder Kürzel), wie es das Paket für diese Plattform vorsieht.',
    sv: 'Signera svaret med ditt namn (eller initialer), som paketet kräver för den här plattformen.',
  },
  unsignedWhy: {
    en: 'A name turns the brand account into a person, and makes follow-up questions easier.',
    de: 'Ein Name macht aus dem Markenaccount einen Menschen und erleichtert Rückfragen.',
    sv: 'Ett namn gör varumärkeskontot till en människa och gör det lättare att ställa följdfrågor.',
  },
  advert: {
    en: '“%s” turns the reply into an advert.',
    de: '„%s“ macht die Antwort zur Werbung.',
    sv: '”%s” gör svaret till reklam.',
  },
  advertComplaint: {
    en: '“%s” is an advert inside a reply to a complaint: remove it.',
    de: '„%s“ ist Werbung in der Antwort auf eine Beschwerde: bitte entfernen.',
    sv: '”%s” är reklam i ett svar på ett klagomål: ta bort det.',
  },
  advertWhy: {
    en: 'Selling while someone asks or complains signals that the conversation is only a sales channel.',
    de: 'Wer verkauft, während jemand fragt oder sich beschwert, signalisiert: Das Gespräch ist nur ein Vertriebskanal.',
    sv: 'Att sälja när någon frågar eller klagar signalerar att samtalet bara är en säljkanal.',
  },
  liability: {
    en: '“%s” admits fault while this case is with %s. Acknowledge and apologise for the experience instead.',
    de: '„%s“ räumt Schuld ein, während der Fall bei %s liegt. Zeigen Sie stattdessen Verständnis und entschuldigen Sie sich für die Erfahrung.',
    sv: '”%s” erkänner skuld medan ärendet ligger hos %s. Visa i stället förståelse och be om ursäkt för upplevelsen.',
  },
  speculation: {
    en: '“%s” is a guess about an open case (%s). Share only what is confirmed.',
    de: '„%s“ ist eine Vermutung zu einem offenen Fall (%s). Teilen Sie nur Bestätigtes.',
    sv: '”%s” är en gissning om ett pågående ärende (%s). Dela bara det som är bekräftat.',
  },
  liabilityWhy: {
    en: 'Public admissions and guesses in an escalated case can bind the organisation legally and be quoted later.',
    de: 'Öffentliche Eingeständnisse und Vermutungen in eskalierten Fällen können rechtlich binden und später zitiert werden.',
    sv: 'Offentliga medgivanden och gissningar i eskalerade ärenden kan binda organisationen juridiskt och citeras senare.',
  },
  nameNoise: {
    en: 'Address the person as “%s”, without the title or decorations of their display name.',
    de: 'Sprechen Sie die Person mit „%s“ an, ohne Titel oder Verzierungen aus dem Anzeigenamen.',
    sv: 'Tilltala personen som ”%s”, utan titlar eller dekorationer från visningsnamnet.',
  },
  thirdParty: {
    en: '%s is not part of this conversation: mentioning them pulls a third party into a public thread.',
    de: '%s ist nicht Teil dieses Gesprächs: Die Erwähnung zieht Unbeteiligte in einen öffentlichen Thread.',
    sv: '%s är inte med i samtalet: att nämna dem drar in en utomstående i en offentlig tråd.',
  },
  nameWhy: {
    en: 'Getting the name right is the first sign that a person, not a bot, wrote the reply.',
    de: 'Den Namen richtig zu schreiben ist das erste Zeichen, dass ein Mensch antwortet, kein Bot.',
    sv: 'Att få namnet rätt är det första tecknet på att en människa svarar, inte en bot.',
  },
  unfilled: {
    en: 'The template field %s is not filled in.',
    de: 'Das Vorlagenfeld %s ist nicht ausgefüllt.',
    sv: 'Mallfältet %s är inte ifyllt.',
  },
  repeated: {
    en: 'This reply is (almost) the same as one already posted in this thread. Personalise it.',
    de: 'Diese Antwort gleicht einer, die in diesem Thread schon steht. Formulieren Sie sie persönlich.',
    sv: 'Svaret är (nästan) detsamma som ett som redan finns i tråden. Gör det personligt.',
  },
  templateWhy: {
    en: 'Copy-paste answers that show their seams tell people they got a form letter.',
    de: 'Sichtbar kopierte Antworten sagen: Sie haben einen Serienbrief bekommen.',
    sv: 'Synligt kopierade svar säger att man fått ett standardbrev.',
  },
} satisfies Record<string, Entry>;

export type WordingKey = keyof typeof MESSAGES;

export function say(locale: string, key: WordingKey, ...args: string[]): string {
  const entry: Entry = MESSAGES[key];
  const lang = locale.slice(0, 2);
  let text = lang === 'de' ? entry.de : lang === 'sv' ? entry.sv : entry.en;
  for (const arg of args) text = text.replace('%s', arg);
  return text;
}
