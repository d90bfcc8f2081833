import { describe, expect, it } from 'vitest';
import { advertising, evasion, liabilityAndSpeculation, moodMismatch, nameHygiene, personalVoice, questionCoverage, templateMisuse } from '../../../src/core/reply/checks';
import type { ReplyCheckInput, ReplyComment } from '../../../src/core/reply/types';

const complaint = (text: string, more: Partial<ReplyComment> = {}): ReplyComment => ({ text, intents: ['complaint'], escalations: [], sentiment: -0.6, ...more });
const input = (draft: string, more: Partial<ReplyCheckInput> = {}): ReplyCheckInput => ({ draft, locale: 'en', platform: 'x', ...more });
const rules = (f: { rule: string }[]) => f.map((x) => x.rule);

describe('question coverage', () => {
  const comment = complaint('My parcel is 9 days late. Where is it? And will I get a refund?');
  it('lists each question the draft leaves unanswered', () => {
    const found = questionCoverage(input('Sorry about the wait, Maria. Your parcel left our depot this morning.', { comment }));
    expect(found.map((f) => f.message)).toEqual(['The comment asks “And will I get a refund?” — the draft does not seem to answer it.']);
  });
  it('is satisfied when every question is taken up', () => {
    expect(questionCoverage(input('Your parcel left the depot today, and yes: the refund for shipping is on its way.', { comment }))).toEqual([]);
  });
  it('works in German', () => {
    const de = complaint('Wann kommt meine Lieferung endlich?');
    expect(questionCoverage(input('Das tut mir leid!', { locale: 'de', comment: de }))[0]?.message).toContain('Der Kommentar fragt „Wann kommt meine Lieferung endlich?“');
    expect(questionCoverage(input('Ihre Lieferung kommt morgen.', { locale: 'de', comment: de }))).toEqual([]);
  });
});

describe('evasion', () => {
  it('flags "no comment" with its span', () => {
    const draft = 'Thanks for asking. We do not comment on rumours.';
    const [f] = evasion(input(draft));
    expect(f?.level).toBe('error');
    expect(draft.slice(f!.start, f!.end)).toBe('We do not comment on');
  });
  it('flags a bare referral but not one with acknowledgement or a next step', () => {
    expect(rules(evasion(input('Please contact customer service.')))).toEqual(['Parley.Reply.Deflection']);
    expect(evasion(input("Sorry about this! Please contact customer service, they can change the address."))).toEqual([]);
    expect(evasion(input('Kontakta kundtjänst.', { locale: 'sv' }))[0]?.rule).toBe('Parley.Reply.Deflection');
  });
});

describe('mood mismatch', () => {
  it('flags a cheerful or defensive answer to an upset commenter only', () => {
    const angry = complaint('This is the third time my order is wrong!!');
    expect(moodMismatch(input('Great news! Your order ships today 🎉', { comment: angry }))[0]?.match).toBe('Great news');
    expect(moodMismatch(input('As we already said, orders ship on Mondays.', { comment: angry }))[0]?.message).toContain('defensive');
    expect(moodMismatch(input('Great news! Your order ships today 🎉', { comment: { text: 'Nice!', intents: ['praise'], escalations: [], sentiment: 0.8 } }))).toEqual([]);
  });
});

describe('personal voice', () => {
  it('suggests naming who decided, and a signature where the pack asks for one', () => {
    expect(personalVoice(input('It has been decided to close the store.'))[0]?.rule).toBe('Parley.Reply.Faceless');
    const unsigned = personalVoice(input('We close the store on Friday.', { agentName: 'Anna Berg', signOffRequired: true }));
    expect(unsigned[0]).toMatchObject({ rule: 'Parley.Reply.Unsigned', suggestions: ['\nAnna Berg'] });
    expect(personalVoice(input('We close the store on Friday. /AB', { agentName: 'Anna Berg', signOffRequired: true }))).toEqual([]);
    expect(personalVoice(input('We close the store on Friday. – Anna', { agentName: 'Anna Berg', signOffRequired: true }))).toEqual([]);
  });
});

describe('advertising', () => {
  it('is a warning in general and an error in a reply to a complaint', () => {
    expect(advertising(input('Glad you like it! Use code SPRING20 for your next order.'))[0]?.level).toBe('warning');
    const [f] = advertising(input('Sorry for the delay. Use code SPRING20 for your next order.', { comment: complaint('Late again') }));
    expect(f).toMatchObject({ level: 'error', match: 'Use code SPRING20', suggestions: [''] });
  });
});

describe('liability and speculation', () => {
  it('only applies while an escalation route is triggered', () => {
    const legal = complaint('My lawyer will hear about this', { escalations: ['en.legal'] });
    const found = liabilityAndSpeculation(input("I'm sorry. It was our fault, probably a packing error.", { comment: legal }));
    expect(found.map((f) => [f.rule, f.match])).toEqual([
      ['Parley.Reply.Liability', 'It was our fault'],
      ['Parley.Reply.Speculation', 'probably'],
    ]);
    expect(liabilityAndSpeculation(input('It was our fault, probably.', { comment: complaint('late') }))).toEqual([]);
  });
});

describe('name hygiene', () => {
  it('suggests the clean name and flags third-party mentions', () => {
    const comment = complaint('Still waiting', { authorName: 'Jane Doe, MBA | Growth Lead 🚀', authorHandle: '@janedoe' });
    const found = nameHygiene(input('Hi Jane Doe, MBA | Growth Lead 🚀, @janedoe — I asked @bob_from_logistics to check.', { comment, ownHandles: ['@AcmeSupport'] }));
    expect(found.map((f) => [f.rule, f.suggestions[0] ?? f.match])).toEqual([
      ['Parley.Reply.NameNoise', 'Jane Doe'],
      ['Parley.Reply.ThirdPartyMention', '@bob_from_logistics'],
    ]);
  });

  it('reads fediverse mentions whole: the author on another server is no third party, someone else there is', () => {
    const comment = complaint('Does it work for Austria?', { authorName: 'Jonas Weber', authorHandle: '@jonas@chaos.social' });
    const found = nameHygiene(input('@jonas@chaos.social yes, and @mara@chaos.social can confirm.', { comment }));
    expect(found.map((f) => f.match)).toEqual(['@mara@chaos.social']);
  });
});

describe('template misuse', () => {
  it('flags unfilled fields and a reply repeated in the thread', () => {
    expect(templateMisuse(input('Hi {{author.name}}, your order [order.id] is on its way.')).map((f) => f.match)).toEqual(['{{author.name}}', '[order.id]']);
    const posted = 'Thanks for flagging this, we are looking into the outage and will update this thread within the hour.';
    expect(templateMisuse(input(posted.replace('Thanks', 'thanks'), { threadReplies: [posted] }))[0]?.rule).toBe('Parley.Reply.RepeatedReply');
    expect(templateMisuse(input('Your parcel left the depot this morning; tracking updates tonight.', { threadReplies: [posted] }))).toEqual([]);
  });
});
