import type { PageMark } from '../../message-views';
import { formatDuration, minutesSince } from '../../core/time';

type Words = (key: string, ...subs: string[]) => string;

/** "Parley: Complaint · 3 hr unanswered": why a comment is marked, in the browser's language. */
export function markLabel(mark: PageMark, now: number, language: string, say: Words): string {
  const kind = mark.kind === 'escalation' ? say(`escalation_${mark.escalation ?? 'other'}`) : say(`intent_${mark.kind}`);
  const age = minutesSince(mark.time, now);
  const state = age === null ? say('mark_needsAnswer') : say('ageUnanswered', formatDuration(age, language));
  return say('mark_label', kind.charAt(0).toLocaleUpperCase(language) + kind.slice(1), state);
}
