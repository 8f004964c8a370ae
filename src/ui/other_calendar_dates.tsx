import { GREGORIAN_FROM, type OtherCalendar } from '../data/calendars.ts';
import type { AppState } from './app_state.ts';
import { calendarDate, calendarName } from './date_format.ts';
import { t } from './i18n.ts';

/** What a calendar's line says on hover: where the Julian calendar was still the civil one, how the Rumi one changed, which Hijri reckoning this is. */
function note(calendar: OtherCalendar): string {
  if (calendar === 'julian') return t('calendar.julianNote', { russia: calendarDate(GREGORIAN_FROM.russia - 1, 'julian')!, greece: calendarDate(GREGORIAN_FROM.greece - 1, 'julian')! });
  return t(calendar === 'rumi' ? 'calendar.rumiNote' : 'calendar.hijriNote');
}

/** The slider's day in each calendar the reader switched on, under the Gregorian date. */
export function OtherCalendarDates({ state }: { state: AppState }) {
  const day = state.day.value;
  const lines = state.calendars.value.flatMap((calendar) => {
    const text = calendarDate(day, calendar);
    return text === null ? [] : [{ calendar, text }];
  });
  if (lines.length === 0) return null;
  return (
    <ul class="other-dates">
      {lines.map(({ calendar, text }) => (
        <li key={calendar} data-calendar={calendar} title={note(calendar)}>
          <span class="other-dates-name">{calendarName(calendar)}:</span> {text}
        </li>
      ))}
    </ul>
  );
}
