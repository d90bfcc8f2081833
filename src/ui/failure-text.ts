import { describeFailure, type SourceFailure } from '../core/pack/failure-words';
import { t } from '../browser/i18n';

/** A pack source's failure in the UI language and local time. */
export function failureText(failure: SourceFailure): string {
  return describeFailure(failure, t, -new Date().getTimezoneOffset());
}
