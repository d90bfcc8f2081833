/**
 * English lexicon for comment understanding.
 *
 * Source: hand-curated by the Parley team for this project from general knowledge of English
 * social-media language and of how people write to brand accounts. It is not copied or derived
 * from a published lexicon or data set; polarity scores use an AFINN-like −3…3 scale but are our
 * own judgement. Licence: the same as Parley itself.
 *
 * The abuse list is deliberately short: common insults and strong profanity only, enough to flag a
 * comment for a human, not a moderation filter.
 */
import type { Lexicon } from './types';

export const en: Lexicon = {
  lang: 'en',
  markers:
    'the, and, not, is, are, was, were, be, been, have, has, had, do, does, did, don\'t, didn\'t, doesn\'t, isn\'t, ' +
    'wasn\'t, can\'t, won\'t, i, i\'m, im, i\'ve, i\'ll, you, your, you\'re, my, me, we, our, they, their, it, it\'s, ' +
    'this, that, these, those, of, to, for, with, from, at, on, by, about, what, why, how, when, where, who, which, ' +
    'will, would, should, could, can, just, still, again, yet, very, really, so, too, no, yes, please, thanks, ' +
    'thank, hi, hello, hey, there, here, any, anyone, some, been, got, get, because, if, or, but, all, after, ' +
    'never, ever, always, out, up, now, today, week, order, guys, lol, first, new, one, more, like, know, time, ' +
    'day, back, only, much, well, also, even, every, other, next, last, think, want, need, going, make, see, look, ' +
    'come, tried, got, said, went, into, over, than, then',
  ngrams:
    '_th:1.2, th_:0.5, the:0.6, ing_:1.5, tion:1, ght:1.2, _wh:1.2, ly_:1, ou:0.5, ea:0.6, oo:0.4, ay_:0.8, ' +
    'ey_:0.6, ed_:0.6, \'s_:1, \'t_:1.5, \'m_:1.5, \'ll_:1.5, \'re_:1.5, \'ve_:1.5, sh:0.5, ph:0.4, _y:0.4, y_:0.4, ' +
    'w:0.2, c:0.2, ck_:0.3, ous_:1, ness:0.8, ment_:0.6',
  sentiment:
    // positive
    'love:3, loved:3, loving:2, lovely:3, great:3, awesome:3, amazing:3, excellent:3, fantastic:3, brilliant:3, ' +
    'wonderful:3, perfect:3, perfectly:2, best:3, good:2, nice:2, cool:1, happy:3, glad:2, pleased:2, impressed:3, ' +
    'impressive:3, helpful:2, quick:1, heroic:2, quickly:1, fast:1, friendly:2, kind:2, beautiful:3, gorgeous:3, delicious:3, ' +
    'tasty:2, yummy:2, recommend:2, recommended:2, appreciate:2, appreciated:2, grateful:2, enjoy:2, enjoyed:2, ' +
    'favourite:2, favorite:2, superb:3, outstanding:3, smooth:1, easy:1, reliable:2, solved:2, sorted:1, legend:2, ' +
    'legends:2, wow:2, yay:2, congrats:2, congratulations:2, well done:3, spot on:2, top notch:3, hero:2, heroes:2, ' +
    'stellar:3, satisfied:2, lifesaver:3, life saver:3, incredible:3, phenomenal:3, flawless:3, thrilled:3, ' +
    'excited:2, love it:3, keep it up:2, keep up the good work:3, made my day:3, five stars:3, 5 stars:3, 10/10:3, ' +
    'fair:1, worth it:2, fresh:1, comfy:2, comfortable:2, cute:2, fun:2, brill:3, ace:2, ' +
    // negative
    'bad:-2, terrible:-3, awful:-3, horrible:-3, horrendous:-3, dreadful:-3, worst:-3, worse:-2, poor:-2, ' +
    'poorly:-2, useless:-3, rubbish:-2, garbage:-3, trash:-2, joke:-2, a joke:-2, pathetic:-3, ridiculous:-2, ' +
    'unacceptable:-3, disappointed:-2, disappointing:-2, disappointment:-2, angry:-3, furious:-3, livid:-3, ' +
    'annoyed:-2, annoying:-2, frustrated:-2, frustrating:-2, fed up:-2, sick of:-2, tired of:-2, hate:-3, hated:-3, ' +
    'sad:-2, upset:-2, slow:-1, broken:-2, rude:-2, unhelpful:-2, incompetent:-3, incompetence:-3, scam:-3, ' +
    'scammers:-3, fraud:-3, rip off:-3, ripoff:-3, ripped off:-3, waste:-2, wasted:-2, waste of money:-3, ' +
    'waste of time:-3, nightmare:-3, disgrace:-3, disgraceful:-3, disgusting:-3, gross:-2, shame:-2, shameful:-3, ' +
    'shocking:-2, appalling:-3, lousy:-2, sucks:-2, suck:-2, fail:-2, failed:-2, failure:-2, fails:-2, ' +
    'epic fail:-3, problem:-1, problems:-1, issue:-1, issues:-1, error:-1, wrong:-2, mess:-2, crap:-2, ' +
    'crappy:-2, shit:-3, shitty:-3, damn:-1, wtf:-2, ugh:-2, meh:-1, lie:-2, lied:-2, lies:-2, liars:-3, ' +
    'lying:-2, cheated:-3, dishonest:-3, stolen:-2, dangerous:-2, sick:-2, hurt:-2, missing:-1, damaged:-2, ' +
    'faulty:-2, defective:-2, overcharged:-2, overpriced:-2, ignored:-2, unreliable:-2, avoid:-2, never again:-3, ' +
    'boring:-2, confusing:-2, confused:-1, worried:-2, scared:-2, afraid:-2, stuck:-2, crashed:-2, crashes:-2, ' +
    'crashing:-2, horrid:-3, inedible:-3, cold:-1, stale:-2, filthy:-3, dirty:-2, greedy:-2, greed:-2, ' +
    'misleading:-2, clueless:-2, shambles:-3, disaster:-3, hopeless:-2, ashamed:-2, unfair:-2, outrageous:-3, ' +
    'insulting:-2, unprofessional:-2, not good enough:-2, not impressed:-2, sucks balls:-3, fuming:-3',
  negators:
    'not, no, never, don\'t, dont, doesn\'t, doesnt, didn\'t, didnt, isn\'t, isnt, wasn\'t, wasnt, aren\'t, arent, ' +
    'weren\'t, won\'t, wont, can\'t, cant, cannot, couldn\'t, couldnt, wouldn\'t, wouldnt, shouldn\'t, haven\'t, ' +
    'havent, hasn\'t, hasnt, hadn\'t, nothing, nobody, none, neither, nor, without, hardly, barely, ain\'t',
  intensifiers:
    'very:0.3, really:0.3, so:0.3, extremely:0.5, super:0.3, totally:0.3, absolutely:0.4, incredibly:0.4, ' +
    'completely:0.3, too:0.2, utterly:0.4, such:0.2, fucking:0.5, bloody:0.3, truly:0.3, beyond:0.3, most:0.2, ' +
    'seriously:0.3, insanely:0.4, unbelievably:0.4, pretty:0.1, quite:0.1, way:0.2, damn:0.3',
  contrast: 'but, however, although, though, except',
  questionStart:
    'how:0.8, what:0.6, why:0.8, when:0.6, where:0.8, who:0.6, which:0.6, whats:0.7, what\'s:0.7, where\'s:0.8, ' +
    'wheres:0.8, how\'s:0.7, hows:0.7, who\'s:0.6, whose:0.6, ' +
    'can i, can you, can we, can someone, can anyone, can u, could you, could i, could someone, could anyone, ' +
    'do you, do u, do i, do they, do we, does, did you, did i, did anyone, did my, is it, is there, is this, ' +
    'is that, is my, is your, is anyone, is the, are you, are there, are they, are these, are the, will you, ' +
    'will it, will there, will my, will the, would you, would it, should i, should we, have you, has anyone, ' +
    'has my, has the, any update, any news, any chance, any idea, anyone know, anybody know, any word, any eta, ' +
    'am i, may i, shall i, how long, how much, how many',
  question:
    'how do i, how can i, how do you, how to, does anyone know, does anybody know, anyone know, i was wondering, wondering if, i wonder, let me know, ' +
    'can you tell me, could you tell me, can anyone tell me, please advise, any idea, any ideas, any update, ' +
    'any news, any eta, is it possible, do you know, i\'d like to know, i would like to know, want to know',
  rhetorical:
    'seriously:0.5, really:0.5, are you kidding:0.5, are you kidding me:0.5, are you serious:0.5, you kidding:0.5, ' +
    'what a, how dare, who cares, wtf:0.5, why me:0.5, what the hell, what the heck, how hard can it be, ' +
    'is this a joke, is this some kind of joke, who does that, why would anyone, what were you thinking, ' +
    'how is this acceptable, how is that acceptable, are you joking:0.5, really now:0.5, right:0.5, huh:0.5, ' +
    'what else is new, how is this legal, how is that legal',
  help:
    'help:0.6, help me, can you help, could you help, can someone help, can anyone help, can somebody help, ' +
    'please help, pls help, plz help, need help, need some help, need your help, need assistance, assist me, ' +
    'how do i, how can i, how do you, how to, what do i do, what should i do, what can i do, please fix, ' +
    'fix this:0.6, fix it:0.6, sort this out, sort it out, please sort, please check, please look into, ' +
    'look into this, look into it, please advise, please respond, please reply, please answer, get back to me, ' +
    'contact me, call me, please dm me, can you dm me, dm me please, please dm, send me a dm, message me back, ' +
    'reset my password, where can i, what\'s the easiest way, what is the easiest way, what\'s the best way, ' +
    'easiest way to, best way to, how do i swap, how do i exchange, how do i return, is there a way, i need:0.6, please:0.4, pls:0.4, plz:0.4, ' +
    'where is my, where\'s my, wheres my, when will i get, when will my, i want my:0.6, i want a refund, ' +
    'refund me, i need a refund, can i get a refund, can i return, how long does, who do i contact, ' +
    'who can i talk to, who should i contact, please cancel, cancel my, change my, update my, track my:0.6',
  request: 'please, pls, plz, kindly, can you:0.6, could you:0.6, would you:0.6, can u:0.6, can you guys:0.6',
  service:
    'order, orders, ordered, delivery, deliveries, delivered, parcel, parcels, package, packages, shipment, ' +
    'shipping, courier, driver, refund, refunds, return, returns, exchange, invoice, bill, billing, charge, ' +
    'charged, payment, account, password, login, app, website, site, checkout, customer service, ' +
    'customer support, customer care, support, service, hotline, helpline, phone line, live chat, chat, agent, ' +
    'staff, store, shop, branch, product, item, items, subscription, membership, contract, plan, train, trains, ' +
    'flight, flights, bus, booking, reservation, ticket, tickets, battery, charger, warranty, repair, replacement, ' +
    'voucher, discount code, promo code, coupon, points, wifi, internet, connection, signal, network, update, ' +
    'email, emails, reply, response, complaint, manager, queue, appointment, tracking, engineer, technician, ' +
    'installation, fee, fees, swap, exchange, size, price, prices, card, bank, seat, luggage, bag, food, meal, coffee, sandwich',
  complaint:
    'still not, still no, still waiting, still haven\'t, still hasn\'t, still havent, still hasnt, still don\'t, ' +
    'still doesn\'t, still nothing, not arrived, hasn\'t arrived, hasnt arrived, has not arrived, never arrived, ' +
    'never received, never came, never showed up, didn\'t receive, didnt receive, did not receive, not received, ' +
    'haven\'t received, havent received, have not received, not delivered, wasn\'t delivered, waited:0.8, ' +
    'waiting:0.5, been waiting, on hold, no response, no reply, no answer, no replies, no one answers, ' +
    'nobody answers, no one replies, nobody replies, no one responds, nobody responds, no one gets back, ' +
    'nobody gets back, heard nothing, heard nothing back, ignored, ignoring, keeps crashing, keeps failing, ' +
    'doesn\'t work, doesnt work, does not work, didn\'t work, not working, isn\'t working, stopped working, ' +
    'won\'t load, wont load, won\'t work, wont work, won\'t open, not loading, broken:0.8, broke:0.6, ' +
    'damaged:0.8, faulty, defective, missing:0.8, wrong item, wrong order, wrong size, wrong:0.5, cancelled:0.8, ' +
    'canceled:0.8, charged twice, double charged, charged me twice, overcharged, hidden fees, price increase, ' +
    'delay:0.8, delayed:0.8, delays:0.8, late:0.8, complaint:0.8, complain:0.8, complained, complaining:0.6, ' +
    'fed up:0.5, lost my, lost:0.5, terrible service, poor service, bad service, awful service, cold food, ' +
    'out of stock:0.5, sold out:0.4, not good enough, expected better, expect better, for days:0.5, for weeks:0.6, ' +
    'weeks:0.4, took weeks, crash:0.6, crashes:0.6, crashed:0.6, bug:0.6, bugs:0.6, glitch:0.6, down:0.3, ' +
    'stuck:0.5, no refund, no one helped, nobody helped, refused, rip off, ripped off, promised:0.5, ' +
    'still charging, keep charging, keeps charging, not what i ordered, arrived broken, arrived damaged, ' +
    'half the order, no show, didn\'t show up, never turned up, can\'t get through, cant get through, ' +
    'hung up, kept me waiting, useless:0.5, unacceptable:0.5, disappointed:0.5, overpriced:0.5, ' +
    'went up:0.4, cut off, disconnected, again:0.3, every time:0.5, always late, as usual:0.5, ' +
    'can\'t log in, cant log in, can\'t login, cant login, can\'t sign in, unable to log in, locked out, ' +
    'no internet, no signal, no wifi, no connection, no service:0.8, no power, no network, no phone signal, ' +
    'smashed, shattered, cracked:0.8, ruined, destroyed, dented:0.8, torn:0.8, leaking:0.6, squashed, ' +
    'but received, but got:0.8, instead of:0.5, nobody answering, no one answering, no one is answering, ' +
    'nobody picks up, no one picks up, put the prices up, prices up:0.8, raised prices, raised the price, ' +
    'price hike, more expensive:0.6, took forever, takes forever, took ages, takes ages, boycott, mould, mouldy, moldy, expired, out of date:0.8, gone off:0.8',
  praise:
    'love, loved, love it, love this, love you, loving, loving it, great job, well done, good job, nice job, ' +
    'nice work, great work, amazing job, keep it up, keep up the good work, amazing, awesome, fantastic, brilliant, ' +
    'excellent, best, the best, perfect, impressed, shout out, shoutout, kudos, props, big fan, huge fan, ' +
    'recommend, highly recommend, so good, so happy, made my day, 5 stars, five stars, 10/10, lifesaver, ' +
    'life saver, hero, heroes, legend, legends, superb, outstanding, delicious, beautiful, gorgeous, happy, appreciate, ' +
    'appreciated, grateful, helpful, quick response, fast delivery, great service, excellent service, ' +
    'great customer service, wonderful, lovely, incredible, thrilled, good:0.5, great:0.8, nice:0.7, yummy, tasty, ' +
    'cute, well played, hats off, top notch, stellar, spot on, wow:0.6, bravo, fave, favourite, favorite',
  thanks:
    'thank you, thanks, thx, thank u, ty:0.8, cheers:0.6, many thanks, thanks so much, thank you so much, ' +
    'thanks a lot, thanks a million, much appreciated, tysm',
  politeness:
    'thanks in advance, thank you in advance, thx in advance, thanks in advance for, tia, thanks for any help, ' +
    'any help appreciated, any help would be appreciated, any help is appreciated, best regards, kind regards, ' +
    'regards, best wishes, have a nice day, have a good day, have a great day, hope you\'re well, hope you are well',
  crisis:
    'recall, recalled, recalling, product recall, mass outage, outage, outages, down for everyone, down for everybody, ' +
    'is down again, app is down, site is down, website is down, service is down, network is down, nationwide, ' +
    'data breach, security breach, breach, contamination, contaminated, food poisoning, e coli, salmonella, ' +
    'listeria, safety recall, emergency, evacuated, evacuation, explosion, boycott, scandal, class action, ' +
    'power cut, blackout, service disruption, disruption:0.7, compromised, phishing, scam texts, ' +
    'hundreds of people, thousands of people, everyone is affected, whole country, all over the news, ' +
    'on the news, went viral',
  many:
    'everyone, everybody, same here, me too, same problem, same issue, same thing, not the only one, ' +
    'not just me, anyone else, others, thousands, hundreds, all of us, so many people, lots of people, ' +
    'many people, loads of people, half the street, my whole street, the whole of, whole city, whole town, ' +
    'whole area, whole street, entire city, across the city, all over the country',
  spam:
    'dm me for:1.5, dm for:1.5, dm me:0.8, message me:0.8, inbox me:1.2, check my profile:1.5, check out my:1.2, ' +
    'visit my:1, link in bio:1.5, link in my bio:1.5, click the link:1.2, click here:1.2, follow me:1, ' +
    'follow for follow:1.5, follow back:1, f4f:1.5, l4l:1.5, like for like:1.5, sub for sub:1.5, ' +
    'subscribe to my:1.2, earn:0.6, earn money:1.2, make money:1.2, per day:0.6, per week:0.6, from home:0.6, ' +
    'work from home:1.2, passive income:1.5, investment:0.6, invest:0.6, investing:0.6, crypto:1, ' +
    'cryptocurrency:1, bitcoin:1.2, btc:1, eth:0.5, forex:1.2, trading:0.5, trader:0.8, profit:0.6, profits:0.6, ' +
    'giveaway:0.8, free iphone:1.5, gift card:0.8, you won:1, claim your:1.2, promo:0.5, limited offer:1, ' +
    'onlyfans:1.5, whatsapp:0.8, telegram:0.8, contact him:1, contact her:1, recovered my funds:1.5, ' +
    'recover your funds:1.5, buy followers:1.5, cheap followers:1.5, followers:0.5, cash app:1, paypal me:1, ' +
    '100% legit:1.5, legit:0.5, sugar daddy:1.5, get rich:1.2, dm now:1.2, hit me up:0.8, check my page:1.5, ' +
    'my channel:0.8, my page:0.8, win:0.4, winner:0.6, free:0.4, discount:0.3, offer:0.3, promo code:0.5, ' +
    'use code:1, use my code:1.2, affiliate:1',
  abuse:
    'idiot, idiots, moron, morons, stupid:0.8, dumb:0.8, imbecile, imbeciles, retard, retarded, clown:0.8, ' +
    'clowns:0.8, scum, scumbag, scumbags, loser:0.8, losers:0.8, fuck:1.5, fucking:1.5, fucked, fck:1.2, fuk:1.2, ' +
    'fuckin:1.5, shit:1, bullshit:1, asshole:1.5, assholes:1.5, arsehole:1.5, arseholes:1.5, bastard, bastards, ' +
    'bitch:1.5, cunt:2, cunts:2, dickhead:1.5, prick:1.2, wanker:1.5, wankers:1.5, twat:1.5, piss off:1.5, ' +
    'pissed off:0.6, screw you:1.5, go to hell:1.5, shut up:1, stfu:1.5, hope you die:2, brain dead:1, ' +
    'braindead:1, useless idiots:1.5, get lost:0.6, fuck off:2, fuck you:2, dipshit:1.5, jackass:1.5',
  sarcasm:
    'yeah right, yeah sure:0.5, sure jan, thanks for nothing, thanks a lot:0.5, thanks for that:0.4, oh great, ' +
    'oh good:0.5, oh wonderful, oh lovely, just great, just perfect, just what i needed, exactly what i needed:0.5, ' +
    'what a surprise, surprise surprise, shocker, colour me surprised, color me surprised, ' +
    'who would have thought, who\'d have thought, love how:0.5, love that:0.4, love it when:0.5, gotta love:0.5, ' +
    'got to love:0.5, you gotta love:0.5, slow clap, great job:0.4, well done:0.4, nice one:0.4, bravo:0.4, ' +
    'sarcasm, stellar service:0.5, fantastic service:0.4, great service:0.3, truly amazing:0.4, ' +
    'love waiting, love being, such great:0.5, so helpful:0.4, real helpful:0.5, very helpful:0.3',
  again:
    'again, another, yet another, once again, every time, always, as usual, as always, still, one more time',
  urgency:
    'now:0.8, right now, asap, immediately, urgent, urgently, emergency, today:0.6, tonight:0.6, tomorrow:0.4, ' +
    'still:0.8, again:0.6, for days, for weeks, days:0.5, weeks:0.6, hours:0.5, deadline, critical, quickly:0.5, ' +
    'hurry, as soon as possible, at once, right away, time sensitive, this week:0.4, before friday:0.6, ' +
    'last chance:0.6, a month:0.6, months:0.6, nobody is answering:0.6, please hurry, need it now',
  mine: 'my, our, mine',
  global:
    'lol, omg, wtf, fail, epic fail, sorry, nice, cool, love, love it, thanks, thank you, thx, fake, scam, spam, ' +
    'shit, fuck, fucking, fuck you, fuck off, wow, pls, plz, awesome, bullshit, crap, dm me, dm me for, link in bio, ' +
    'follow for follow, f4f, l4l, bitcoin, crypto, forex, asap, customer service, support, happy, sad, best, worst, ' +
    'idiot, idiots, loser, losers, epic, legend, 10/10, stfu, onlyfans, giveaway, sarcasm, perfect, ' +
    'like for like, check my profile, passive income, yeah right, thanks for nothing, great job, well done, ' +
    'top notch, update, app, login, account, refund, delivery',
};
