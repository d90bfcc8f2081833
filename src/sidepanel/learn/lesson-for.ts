import type { FindingView, LessonView } from '../../message-views';

/** The lesson behind a finding: the one its rule names, else one that lists the rule. */
export function lessonFor(finding: Pick<FindingView, 'rule' | 'lesson'>, lessons: readonly LessonView[]): LessonView | undefined {
  return (finding.lesson ? lessons.find((l) => l.id === finding.lesson) : undefined) ?? lessons.find((l) => l.rules.includes(finding.rule));
}
