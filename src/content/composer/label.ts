/** The comment a reply box answers, as read off the page (hostile text: it is only ever shown as text). */
export interface ReplyTarget {
  authorName: string;
  authorHandle?: string;
  text: string;
}

/** Sentences in the communicator's language, with the page's words filled in. */
export interface LabelWords {
  replyTo(who: string, excerpt: string): string;
  newComment(host: string): string;
}

const EXCERPT = 48;
const MAX = 300;

/**
 * Where inserted text will land, for the panel: "Reply to @maria_l: “My parcel has been stuck…”",
 * or a new comment on the page when the box answers no particular comment.
 */
export function composerLabel(target: ReplyTarget | null, host: string, words: LabelWords): string {
  if (!target) return clip(words.newComment(host), MAX);
  const who = oneLine(target.authorHandle || target.authorName) || '?';
  return clip(words.replyTo(clip(who, 60), excerpt(target.text)), MAX);
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The comment's start, cut at a word boundary. */
function excerpt(text: string): string {
  const flat = oneLine(text);
  if (flat.length <= EXCERPT) return flat;
  const cut = flat.slice(0, EXCERPT);
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?-]+$/, '')}…`;
}

function clip(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}
