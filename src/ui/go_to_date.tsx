import { useSignal } from '@preact/signals';
import { parseCalendarDate, type CalendarDateReading } from '../data/parse_calendar_date.ts';
import type { AppState } from './app_state.ts';
import { setDay } from './app_actions.ts';
import { calendarDate, calendarName, longDate } from './date_format.ts';
import { say, t } from './i18n.ts';
import { FIRST_DAY, LAST_DAY } from './permalink.ts';

/**
 * "Go to date": a date typed in any calendar (src/data/parse_calendar_date.ts). A complete date
 * that exists moves the slider as it is typed, and the status says what it converts to; what
 * cannot be read is said once the reader is done (Enter, or leaving the field), not at every key
 * of a date still being typed.
 */
export function GoToDate({ state }: { state: AppState }) {
  const reading = useSignal<{ result: CalendarDateReading; done: boolean } | null>(null);
  const read = (text: string, done: boolean) => {
    const result = parseCalendarDate(text);
    reading.value = text.trim() === '' ? null : { result, done };
    if (result.ok && result.day >= FIRST_DAY && result.day <= LAST_DAY) setDay(state, result.day);
  };
  return (
    <div class="go-to-date">
      <label>
        {t('slider.goToDate')}
        <input
          type="text"
          autoComplete="off"
          spellcheck={false}
          placeholder={t('goto.placeholder')}
          title={t('goto.hint')}
          aria-describedby="go-to-status"
          onInput={(e) => read(e.currentTarget.value, false)}
          onChange={(e) => read(e.currentTarget.value, true)}
          onKeyDown={(e) => e.key === 'Enter' && read(e.currentTarget.value, true)}
        />
      </label>
      <output id="go-to-status" class="go-to-status" aria-live="polite">
        {reading.value && status(reading.value.result, reading.value.done)}
      </output>
    </div>
  );
}

/** What the field's status says of a reading: the conversion, the day outside the map's years, or (once typed) why it is no date. */
function status(result: CalendarDateReading, done: boolean): string {
  if (!result.ok) return done ? say(result.problem) : '';
  const date = longDate(result.day);
  if (result.day < FIRST_DAY || result.day > LAST_DAY) return t('goto.outsideMap', { date });
  if (result.date.calendar === 'gregorian') return t('goto.showing', { date });
  return t('goto.converted', { original: calendarDate(result.day, result.date.calendar)!, calendar: calendarName(result.date.calendar), date });
}
