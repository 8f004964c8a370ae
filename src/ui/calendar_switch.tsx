import { OTHER_CALENDARS } from '../data/calendars.ts';
import type { AppState } from './app_state.ts';
import { setCalendars } from './app_actions.ts';
import { calendarName } from './date_format.ts';
import { t } from './i18n.ts';

/** Switches for the calendars the date is also shown in: Julian, Rumi and Hijri. */
export function CalendarSwitch({ state }: { state: AppState }) {
  const shown = state.calendars.value;
  return (
    <fieldset class="calendar-switch">
      <legend>{t('calendar.show')}</legend>
      {OTHER_CALENDARS.map((calendar) => (
        <label key={calendar}>
          <input
            type="checkbox"
            checked={shown.includes(calendar)}
            onChange={(e) => setCalendars(state, OTHER_CALENDARS.filter((c) => (c === calendar ? e.currentTarget.checked : shown.includes(c))))}
          />
          {calendarName(calendar)}
        </label>
      ))}
    </fieldset>
  );
}
