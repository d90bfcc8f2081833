import { useEffect, useRef } from 'preact/hooks';
import { send } from '../../messages';
import type { LessonView } from '../../message-views';
import { t } from '../../browser/i18n';
import { useWorkerState } from '../../ui/use-message';
import type { WhyTarget } from '../reply/Findings';
import { lessonFor } from './lesson-for';

/** The pack's lessons; a finding's "Why?" opens the one behind its rule. */
export function LearnView({ why }: { why: WhyTarget | null }) {
  const lessons = useWorkerState(() => send('lessons/list', {}), [], null, ['pack']);
  const list = lessons.value?.lessons ?? [];
  const focused = why && lessons.value ? lessonFor(why, list) : undefined;
  if (!lessons.value) return <p class="muted">{lessons.error ?? '…'}</p>;
  return (
    <>
      {why && (
        <div class="card" data-testid="why-card">
          <strong>{why.message}</strong>
          <p>{why.why}</p>
          {!focused && <p class="muted">{t('noLessonForRule', why.rule)}</p>}
        </div>
      )}
      {list.length ? (
        <ul class="lessons" data-testid="lessons">
          {list.map((lesson) => (
            <Lesson key={lesson.id} lesson={lesson} focused={lesson === focused} />
          ))}
        </ul>
      ) : (
        <p class="muted state">{t('noLessons')}</p>
      )}
    </>
  );
}

function Lesson({ lesson, focused }: { lesson: LessonView; focused: boolean }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!focused) return;
    ref.current?.scrollIntoView({ block: 'start' });
    ref.current?.focus();
  }, [focused]);
  return (
    <li class="lesson" data-testid="lesson" data-lesson={lesson.id}>
      <details open={focused}>
        <summary ref={ref}>
          <strong>{lesson.title}</strong>
          <div class="muted">{lesson.summary}</div>
        </summary>
        <p class="lesson-body">{lesson.body}</p>
        <div class="examples">
          <h4>{t('examplesGood')}</h4>
          <ul>
            {lesson.examples.good.map((ex) => (
              <li key={ex} class="good">{ex}</li>
            ))}
          </ul>
          <h4>{t('examplesBad')}</h4>
          <ul>
            {lesson.examples.bad.map((ex) => (
              <li key={ex} class="bad">{ex}</li>
            ))}
          </ul>
        </div>
      </details>
    </li>
  );
}
