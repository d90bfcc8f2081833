import { cuesFor } from './cues';
import { allMatches, firstMatch } from './phrase';
import { finding, type ReplyCheck } from './types';
import { say } from './wording';
import { sentences } from '../text/segment';
import { cleanDisplayName } from '../templates/names';

const MAX = 20_000;

/** Questions in the comment that the draft leaves unanswered (no content word in common). */
export const questionCoverage: ReplyCheck = ({ draft, locale, comment }) => {
  if (!comment || !draft.trim()) return [];
  const cues = cuesFor(locale);
  let draftStems: Set<string> | null = null;
  const out = [];
  for (const s of sentences(comment.text.slice(0, MAX), locale)) {
    const q = s.text.trim();
    if (!q.includes('?') && !cues.interrogative.test(q)) continue;
    const stems = contentStems(q, cues.stopwords);
    if (!stems.length) continue;
    draftStems ??= new Set(contentStems(draft.slice(0, MAX), cues.stopwords));
    if (stems.some((st) => draftStems!.has(st))) continue;
    out.push(finding('Parley.Reply.UnansweredQuestion', 'warning', say(locale, 'unansweredQuestion', q), say(locale, 'unansweredWhy'), draft));
  }
  return out;
};

function contentStems(text: string, stop: ReadonlySet<string>): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((w) => w.length >= 3 && !stop.has(w)).map((w) => w.slice(0, 5));
}

/** "No comment", and referrals elsewhere with no acknowledgement, fact or next step. */
export const evasion: ReplyCheck = ({ draft, locale }) => {
  const text = draft.slice(0, MAX);
  const out = allMatches(locale, 'noComment', text).map((m) =>
    finding('Parley.Reply.Evasion', 'error', say(locale, 'noComment', m[0]), say(locale, 'noCommentWhy'), draft, m.index, m.index + m[0].length),
  );
  const referral = firstMatch(locale, 'deflection', text);
  if (referral && !firstMatch(locale, 'acknowledgement', text) && !firstMatch(locale, 'nextStep', text) && !/\d/.test(text.replace(referral[0], ''))) {
    out.push(finding('Parley.Reply.Deflection', 'warning', say(locale, 'deflection', referral[0]), say(locale, 'deflectionWhy'), draft, referral.index, referral.index + referral[0].length));
  }
  return out;
};

/** An upset commenter answered cheerfully or defensively. */
export const moodMismatch: ReplyCheck = ({ draft, locale, comment, draftTone }) => {
  if (!comment) return [];
  const upset = (comment.sentiment ?? 0) <= -0.3 || comment.intents.includes('complaint') || comment.intents.includes('crisis');
  if (!upset) return [];
  const text = draft.slice(0, MAX);
  const cheer = firstMatch(locale, 'cheerful', text);
  if (cheer) {
    return [finding('Parley.Reply.MoodMismatch', 'warning', say(locale, 'moodCheerful', cheer[0]), say(locale, 'moodWhy'), draft, cheer.index, cheer.index + cheer[0].length)];
  }
  const defensive = firstMatch(locale, 'defensive', text);
  if (defensive || (draftTone && draftTone.defensiveness >= 0.5)) {
    const [start, end] = defensive ? [defensive.index, defensive.index + defensive[0].length] : [0, draft.trimEnd().length];
    return [finding('Parley.Reply.MoodMismatch', 'warning', say(locale, 'moodDefensive'), say(locale, 'moodWhy'), draft, start, end)];
  }
  return [];
};

/** Faceless passive boilerplate, and a missing signature where the pack asks for one. */
export const personalVoice: ReplyCheck = ({ draft, locale, agentName, signOffRequired }) => {
  const text = draft.slice(0, MAX);
  const out = allMatches(locale, 'passive', text).map((m) =>
    finding('Parley.Reply.Faceless', 'suggestion', say(locale, 'passive', m[0]), say(locale, 'passiveWhy'), draft, m.index, m.index + m[0].length),
  );
  if (signOffRequired && agentName && text.trim()) {
    const tail = text.trimEnd().slice(-60).toLowerCase();
    const initials = agentName.split(/\s+/).map((p) => p[0] ?? '').join('').toLowerCase();
    const first = agentName.split(/\s+/)[0]!.toLowerCase();
    const signed = tail.includes(first) || (initials.length > 1 && new RegExp(`(?:^|[\\s^/–—-])${initials}\\b`, 'u').test(tail));
    if (!signed) out.push(finding('Parley.Reply.Unsigned', 'suggestion', say(locale, 'unsigned'), say(locale, 'unsignedWhy'), draft, text.trimEnd().length, text.trimEnd().length, [`\n${agentName}`]));
  }
  return out;
};

/** Sales language in a reply; an error when the comment is a complaint. */
export const advertising: ReplyCheck = ({ draft, locale, comment }) => {
  const complaint = !!comment && (comment.intents.includes('complaint') || comment.intents.includes('crisis'));
  return allMatches(locale, 'advert', draft.slice(0, MAX)).map((m) =>
    finding(
      'Parley.Reply.Advertising',
      complaint ? 'error' : 'warning',
      say(locale, complaint ? 'advertComplaint' : 'advert', m[0]),
      say(locale, 'advertWhy'),
      draft,
      m.index,
      m.index + m[0].length,
      [''],
    ),
  );
};

/** Admissions of fault and guesses while an escalation route is triggered. */
export const liabilityAndSpeculation: ReplyCheck = ({ draft, locale, comment }) => {
  if (!comment?.escalations.length) return [];
  const routes = comment.escalations.join(', ');
  const text = draft.slice(0, MAX);
  return [
    ...allMatches(locale, 'admission', text).map((m) =>
      finding('Parley.Reply.Liability', 'error', say(locale, 'liability', m[0], routes), say(locale, 'liabilityWhy'), draft, m.index, m.index + m[0].length),
    ),
    ...allMatches(locale, 'speculation', text).map((m) =>
      finding('Parley.Reply.Speculation', 'warning', say(locale, 'speculation', m[0], routes), say(locale, 'liabilityWhy'), draft, m.index, m.index + m[0].length),
    ),
  ];
};

/** The commenter's name without display-name noise; no @-mentions of uninvolved people. */
export const nameHygiene: ReplyCheck = ({ draft, locale, comment, ownHandles = [] }) => {
  if (!comment) return [];
  const text = draft.slice(0, MAX);
  const out = [];
  const raw = comment.authorName?.trim();
  if (raw) {
    const clean = cleanDisplayName(raw);
    const at = clean && clean !== raw ? text.indexOf(raw) : -1;
    if (at >= 0) out.push(finding('Parley.Reply.NameNoise', 'suggestion', say(locale, 'nameNoise', clean), say(locale, 'nameWhy'), draft, at, at + raw.length, [clean]));
  }
  const allowed = new Set([comment.authorHandle, ...ownHandles].filter(Boolean).map((h) => h!.toLowerCase().replace(/^@/, '')));
  // A fediverse mention carries its server: "@jonas@chaos.social".
  for (const m of text.matchAll(/(?<![\p{L}\p{N}_.])@([A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?)/gu)) {
    if (allowed.has(m[1]!.toLowerCase())) continue;
    out.push(finding('Parley.Reply.ThirdPartyMention', 'warning', say(locale, 'thirdParty', m[0]), say(locale, 'nameWhy'), draft, m.index, m.index + m[0].length));
  }
  return out;
};

/** Template fields left unfilled, and the same reply posted again in this thread. */
export const templateMisuse: ReplyCheck = ({ draft, locale, threadReplies = [] }) => {
  const text = draft.slice(0, MAX);
  const fields = text.includes('{{') || text.includes('[') ? [...text.matchAll(/\{\{\s*[^{}]{1,60}?\s*\}\}|\[(?:[a-z][\w.]{1,40})\]/gu)] : [];
  const out = fields.map((m) =>
    finding('Parley.Reply.UnfilledField', 'error', say(locale, 'unfilled', m[0]), say(locale, 'templateWhy'), draft, m.index, m.index + m[0].length),
  );
  const mine = threadReplies.length ? shingles(text) : null;
  if (mine && mine.size >= 4 && threadReplies.some((r) => similarity(mine, shingles(r.slice(0, MAX))) >= 0.8)) {
    out.push(finding('Parley.Reply.RepeatedReply', 'warning', say(locale, 'repeated'), say(locale, 'templateWhy'), draft));
  }
  return out;
};

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let common = 0;
  for (const s of a) if (b.has(s)) common++;
  return common / Math.min(a.size, b.size);
}

export const REPLY_CHECKS: readonly ReplyCheck[] = [
  questionCoverage,
  evasion,
  moodMismatch,
  personalVoice,
  advertising,
  liabilityAndSpeculation,
  nameHygiene,
  templateMisuse,
];
