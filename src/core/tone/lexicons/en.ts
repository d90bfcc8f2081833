/**
 * English tone lexicon.
 *
 * Sources and licences:
 * - Sentiment: AFINN-165 by Finn Årup Nielsen (see ./afinn-165.ts), Open Database License
 *   (ODbL) v1.0, used unmodified; plus one Parley override below (score 0 = not scored).
 *   "Contains information from AFINN (https://github.com/fnielsen/afinn), which is made available
 *   here under the Open Database License (ODbL) v1.0 (https://opendatacommons.org/licenses/odbl/1-0/)."
 * - Everything else in this file (formality, warmth, defensiveness, jargon, promotional, hedging,
 *   assertiveness cues, the override list and the weights): hand-curated by Parley, CC0-1.0.
 */
import { AFINN_165 } from './afinn-165';
import type { LexiconSource } from './source';

/**
 * Parley's overrides of AFINN scores for reply writing (CC0). "like" is mostly a preposition or
 * "would like to" in replies, not a valence word.
 */
const EN_SENTIMENT_OVERRIDES: Record<string, string> = {
  '0': 'like',
};

export const en: LexiconSource = {
  locale: 'en',
  source: 'AFINN-165 (F. Å. Nielsen) for sentiment; all other cues hand-curated by Parley',
  licence: 'AFINN-165: ODbL-1.0; Parley cues: CC0-1.0',
  sentiment: [AFINN_165, EN_SENTIMENT_OVERRIDES],

  formal: `
dear:0.8|sincerely:1.2|regards:0.8|kind regards:1|best regards:0.8|yours faithfully:1.5|yours sincerely:1.5
therefore:0.8|however:0.5|furthermore:1|moreover:1|regarding:0.8|concerning:0.6|hereby:1.2|accordingly:0.8
nevertheless:0.8|consequently:0.8|please:0.3|kindly:0.6|apologise:0.6|apologize:0.6|assist:0.6|assistance:0.6
inform:0.6|ensure:0.5|request:0.4|inquiry:0.6|enquiry:0.6|received:0.3|thank you:0.4|mr:0.8|mrs:0.8|ms:0.8
madam:1|sir:0.8|we would:0.4|i would:0.3|do not:0.4|does not:0.4|cannot:0.3|we are:0.3|it is:0.2|will not:0.4
should you:0.8|at your earliest convenience:1.2|would you be so kind:1.2|we regret:0.8|in order to:0.3
prior to:0.6|subsequently:0.8|whereas:0.8|additionally:0.5|approximately:0.5|purchase:0.4|require:0.4
sufficient:0.5|obtain:0.6|please note:0.6|forwarded:0.4|processing:0.4|commence:0.8|endeavour:0.8|endeavor:0.8|respectively:0.6|we have received:0.6`,

  informal: `
hey:0.8|hi:0.3|hiya:1|yo:1|yeah:1|yep:1|yup:1|nope:1|nah:1|gonna:1.2|wanna:1.2|gotta:1.2|kinda:1|sorta:1
lol:1.5|lmao:1.5|omg:1.2|btw:0.8|tbh:1|imo:0.8|fyi:0.4|thx:1|ty:0.8|pls:1|plz:1|cool:0.6|awesome:0.6
guys:0.6|folks:0.4|stuff:0.5|super:0.4|totally:0.5|ok:0.3|okay:0.3|ya:1|y'all:1|haha:1|hahaha:1.2|hehe:1
oops:0.8|whoops:0.8|yay:1|woohoo:1|wow:0.6|dude:1.2|mate:0.6|buddy:0.8|cheers:0.6|thanks:0.2
no worries:0.8|no problem:0.4|np:1|asap:0.6|gimme:1.2|lemme:1.2|dunno:1.2|ain't:1.2|cuz:1.2|bye:0.4
a bunch of:0.6|pretty much:0.5|hit us up:1.2|shoot us:0.8|dm:0.4|dms:0.4|slide into:1|stoked:1.2|chill:0.8
it's:0.4|that's:0.4|what's:0.4|here's:0.4|there's:0.4|let's:0.4|who's:0.4|how's:0.4|where's:0.4|he's:0.4|she's:0.4`,

  warm: `
i understand:1.5|we understand:1.2|i completely understand:1.8|completely understand:1.5|totally understand:1.3
i hear you:1.5|i can imagine:1.3|i can see why:1.3|understandably:1|understandable:1|sorry to hear:1.5
so sorry:1.3|i'm sorry:1.2|i am sorry:1.2|we're sorry:1|we are sorry:1|really sorry:1.3|sorry:0.6
apologies:0.8|my apologies:1|sorry about:1|sorry about that:1.1|sorry about the trouble:1.4|let me know:0.5|i apologise:1|i apologize:1|sorry for the trouble:1.4|sorry for the wait:1.2
that sounds frustrating:1.8|sounds frustrating:1.6|so frustrating:1.3|frustrating:0.6|frustration:0.6
that must be:1|must have been:0.8|thank you:0.8|thanks:0.8|thank:0.6|thanks so much:1.2|thank you so much:1.3
thanks for your patience:1.4|patience:0.5|really appreciate:1.2|appreciate:0.7|grateful:0.8|glad:0.8
happy to help:1.2|happy to:0.6|delighted:0.8|love:0.6|loved:0.6|lovely:0.6|we're here:1|here for you:1.2
hope:0.5|i hope:0.7|hope this helps:1|take care:1|you're right:1|you are right:1|fair point:0.8
great question:0.8|good question:0.6|feel free:0.6|you're welcome:0.8|welcome:0.4|let me:0.6|i'll:0.4
personally:0.5|i:0.2|me:0.2|my:0.2|together:0.4|we care:0.6|of course:0.4|congratulations:1|congrats:1
wonderful:0.5|enjoy:0.6|hi:0.3|hello:0.3|dear:0.2|my name is:0.8|have a great day:0.8|have a lovely day:0.9`,

  cold: `
per our policy:1.5|our policy:0.8|company policy:1|as per:0.8|please note:0.8|kindly note:1|please be advised:1.2
be advised:1|we regret to inform:1.5|regret to inform:1.5|unfortunately:0.3|it is not possible:0.8
not possible:0.5|we are unable:0.6|we cannot:0.4|your request:0.5|your request has been:0.8|your complaint:0.6
your case:0.4|ticket number:0.5|case number:0.5|the customer:0.8|valued customer:1|dear customer:1.2
dear sir or madam:1.2|to whom it may concern:1.5|this matter:0.6|the matter:0.4|any inconvenience:0.8
in accordance with:0.8|terms and conditions:0.6|the relevant department:0.6|no further:0.6|has been closed:0.6`,

  defensive: `
as we already said:2|as we said:1.5|as we've said:1.5|as i said:1.5|as i already said:2|as already stated:1.8
as previously stated:1.8|as stated:1.2|as mentioned:1|as mentioned before:1.5|as previously mentioned:1.5
as we mentioned:1.3|as explained:1.2|as we explained:1.5|like we said:1.6|like i said:1.6
you should have:1.8|you should've:1.8|you could have:1|you must have:1.2|you need to understand:1.8
you have to understand:1.8|you didn't:0.8|you did not:0.8|you failed to:1.8|if you had:1.2|if you'd:1
had you:1|clearly you:1.5|obviously:0.8|clearly:0.5|^actually:1.2|actually:0.3|^look:1|^listen:1|^well:0.4
to be fair:1|with all due respect:1.8|with respect:0.8|not our fault:2|not our responsibility:1.8
not responsible:1|not to blame:1.2|it's not our:1.2|we are not responsible:1.8|we're not responsible:1.8
your fault:2|your own fault:2|user error:1.8|that's not true:1.5|that is not true:1.5|simply not true:1.8
you're wrong:2|you are wrong:2|if you read:1.4|if you had read:1.8|please read:1|we never said:1.6
we did nothing wrong:2|once again:0.5|for the last time:2|for the record:1|just to be clear:1|to be clear:0.8
let me be clear:1.2|frankly:0.8|quite frankly:1.2|honestly:0.4|the fact is:1.2|it's simple:1.2|it is simple:1.2
as anyone can see:1.8|calm down:2|no need to:0.8|there's no need:0.8|per our policy:0.8`,

  jargon: `
we value your feedback:2|value your feedback:1.8|your feedback is important:1.8|your call is important:2
your business is important:1.8|we value:0.8|leverage:1.2|leveraging:1.2|leveraged:1.2|synergy:1.5
synergies:1.5|synergistic:1.5|going forward:1|moving forward:0.8|circle back:1.5|touch base:1.5|reach out:0.8
reached out:0.6|reaching out:0.8|best in class:1.5|world class:1|paradigm:1.2|paradigm shift:1.5
holistic:1.2|stakeholder:1|stakeholders:1|bandwidth:1|deliverable:1.2|deliverables:1.2|actionable:1.2
action item:1.2|action items:1.2|ecosystem:0.8|scalable:0.8|robust:0.6|seamless:0.8|seamlessly:0.8
utilize:1|utilise:1|utilization:1|utilisation:1|optimize:0.6|optimise:0.6|streamline:0.8|empower:0.8
empowering:0.8|incentivize:1|proactive:1|proactively:1|value add:1.5|low hanging fruit:1.5|win win:1
core competency:1.5|mission critical:1.2|game changer:1|thought leadership:1.5|at this point in time:1.5
at this time:0.5|in due course:1|we apologize for any inconvenience:2|we apologise for any inconvenience:2
apologize for any inconvenience:1.8|apologise for any inconvenience:1.8|any inconvenience caused:1.8
inconvenience:0.8|rest assured:1|please be advised:1.2|be advised:1|escalate:0.6|escalated:0.6|as per:0.6
kindly:0.4|in terms of:0.4|with regard to:0.6|with regards to:0.8|solutioning:1.5|learnings:1|ideate:1.5
deep dive:1.2|take this offline:1.5|customer journey:1.2|customer experience:0.6|touchpoint:1.2
touchpoints:1.2|alignment:0.6|strategic:0.6|innovative:0.6|cutting edge:1|next generation:1|disrupt:0.8
disruptive:0.8|impactful:1|we take this seriously:1|we take your concerns seriously:1.2
take this very seriously:1.2|we are committed to:1|committed to providing:1.2|our top priority:1
the highest standards:1.2|the relevant department:1|relevant team:0.6|high standards:0.6|valued customer:1.5|valued customers:1.5|we strive:1|strive:0.6`,

  promotional: `
buy now:2|order now:2|shop now:2|sign up:1|subscribe:0.8|subscribe now:1.5|limited time:1.8|limited offer:1.8
special offer:1.8|exclusive offer:2|exclusive:0.8|discount:1.2|discounts:1.2|discount code:2|promo code:2
promo:1.2|coupon:1.5|use code:2|sale:0.8|on sale:1.2|deal:0.5|deals:0.8|best deal:1.5|free trial:1.5
try it free:1.8|for free:0.8|free shipping:1.5|upgrade:0.6|upgrade now:1.5|premium:0.6|check out our:1.5
check out:0.6|don't miss:1.2|don't miss out:1.5|hurry:1|act now:1.8|while stocks last:2|while supplies last:2
click here:1.2|click the link:1|link in bio:1.5|follow us:0.8|visit our website:1|visit our store:1.2
our new:0.6|new collection:1.2|new product:1|introducing:0.8|launch:0.4|best price:1.5|lowest price:1.5
money back:1|guarantee:0.6|guaranteed:0.6|bestseller:1.2|best selling:1.2|book now:1.6|book a demo:1.6
get yours:1.6|grab yours:1.8|save:0.3|save up to:1.8|bundle:0.6|offer:0.6|offers:0.6|newsletter:0.6
giveaway:1.2|win a:0.8|off your first:1.8`,

  hedge: `
maybe:1|perhaps:1|possibly:1|probably:0.8|might:0.8|may:0.4|could:0.4|i think:0.8|i believe:0.6|i guess:1.2
i suppose:1|i feel like:1|we think:0.6|we believe:0.5|sort of:1|kind of:1|kinda:1|somewhat:0.8|hopefully:0.8
we hope:0.5|we'll try:1.2|we will try:1.2|we'll see:1.2|try to:0.6|trying to:0.4|attempt to:0.6|seems:0.6
seem:0.5|seemingly:0.8|apparently:0.8|arguably:0.8|not sure:1|not entirely sure:1.2|unclear:0.6
it depends:0.8|depending:0.4|just:0.3|a bit:0.4|a little:0.3|fairly:0.5|rather:0.4|somehow:0.6
if possible:0.6|we'll look into:0.6|look into it:0.5|at some point:1|soon:0.3|eventually:0.6
can't promise:1|cannot promise:1|no guarantee:0.8|i'm afraid:0.5`,

  assertive: `
will:0.5|we will:1|i will:1|i'll:1|we'll:1|we've:0.6|i've:0.6|definitely:1|certainly:1|absolutely:0.8
of course:0.6|today:0.8|tomorrow:0.8|right away:1|immediately:0.8|within:0.6|fixed:1|resolved:1|done:0.8
sorted:0.8|refunded:1|here's how:1.2|here is how:1.2|here's what:1|you can:0.5|please send:0.6|send us:0.6
dm us:0.6|we're on it:1.2|confirmed:1|must:0.4|next step:0.8|next steps:0.8`,

  negators: 'not|no|never|none|nobody|nothing|neither|nor|cannot|without',
  greetings: 'hi|hello|hey|dear|hiya|morning|evening|afternoon|thanks|congrats|congratulations|welcome',
  notNames: 'all|everyone|everybody|there|team|folks|guys|again|so|and|for|you|we|i|the|our|from|to|customer|customers|sir|madam|valued|friend|friends|user|users|everyone',
  titles: 'mr|mrs|ms|miss|dr|prof',
  addressFormal: '',
  addressInformal: '',
  addressFormalCapitalisedOnly: false,
  addressFormalWeight: 0,
  addressInformalWeight: 0,
  formalPronoun: '',
  informalPronoun: '',
  abbreviations: 'mr|mrs|ms|dr|prof|st|vs|etc|eg|ie|inc|ltd|co|jr|sr|approx|dept|min|max|incl|est|ft|vol',
  contractionSuffixes: "n't|'re|'ll|'ve|'m|'d",
  negationSuffix: "n't",
  avgWordLength: 4.7,
};
