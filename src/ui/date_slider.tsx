import { useEffect, useMemo } from 'preact/hooks';
import { addMonths, dayOf, parsePartialDate, type Day } from '../data/dates.ts';
import type { AppState, PlaySpeed } from './app_state.ts';
import { setDay } from './app_actions.ts';
import { longDate, originalDate, partialDate } from './date_format.ts';
import { localized } from './catalog_text.ts';
import { language, t, type MessageKey } from './i18n.ts';
import { FIRST_DAY, LAST_DAY } from './permalink.ts';
import { OtherCalendarDates } from './other_calendar_dates.tsx';
import { GoToDate } from './go_to_date.tsx';
import { CalendarSwitch } from './calendar_switch.tsx';

/** Play's steps: days for a day and a week, calendar months for a month and a quarter. */
const SPEEDS: Record<PlaySpeed, [MessageKey, (day: Day) => Day]> = {
  day: ['slider.speedDay', (d) => d + 1],
  week: ['slider.speedWeek', (d) => d + 7],
  month: ['slider.speedMonth', (d) => addMonths(d, 1)],
  quarter: ['slider.speedQuarter', (d) => addMonths(d, 3)],
};

/** Play from the last day starts again from the first, as a video player does. */
function play(state: AppState, on: boolean) {
  if (on && state.day.value >= LAST_DAY) setDay(state, FIRST_DAY);
  state.playing.value = on;
}

/** Ticks on the slider: every dated event of the events layers, and every treaty's signing. */
function sliderTicks(state: AppState): { key: string; day: Day; title: string; kind: 'event' | 'signing' }[] {
  const geodata = state.geodata.value;
  if (!geodata) return [];
  const events = geodata.catalog.layers
    .filter((l) => l.group === 'events')
    .flatMap((l) => geodata.layers.get(l.id)!.collection.features.filter((f) => f.geometry?.type === 'Point' && f.properties.start_date))
    .map((f) => {
      const { id, name, start_date: start, original_date: original } = f.properties;
      // The date as the source wrote it, beside the Gregorian one: "(23 April 1920; 23 Nisan 1336 (Rumi))".
      const when = original ? `${partialDate(start!)}; ${originalDate(original)}` : partialDate(start!);
      return { key: id, day: parsePartialDate(start!)!.start, title: `${name} (${when})`, kind: 'event' as const };
    });
  const signings = geodata.catalog.layers.flatMap((l) =>
    l.lifecycle
      .filter((s) => s.stage === 'signed' && dayOf(s.date) !== null)
      .map((s) => ({ key: `${l.id}-signed`, day: dayOf(s.date)!, title: t('slider.signed', { layer: localized(l, 'title'), date: partialDate(s.date) }), kind: 'signing' as const })),
  );
  const seen = new Set<string>();
  return [...events, ...signings].filter((tick) => tick.day >= FIRST_DAY && tick.day <= LAST_DAY && !seen.has(tick.key) && seen.add(tick.key));
}

/**
 * The date slider: the day in large type (and in the other calendars the reader chose), a range
 * at day resolution (arrows: a day; Page Up / Down: a month), a field to type a date in any
 * calendar, play/pause at a chosen speed, and ticks that jump to the treaties' signing dates.
 */
export function DateSlider({ state }: { state: AppState }) {
  const day = state.day.value;
  const playing = state.playing.value;
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      if (state.day.value >= LAST_DAY) state.playing.value = false;
      else setDay(state, Math.min(LAST_DAY, SPEEDS[state.speed.value][1](state.day.value)));
    }, 700);
    return () => clearInterval(timer);
  }, [playing, state]);

  // Made again only for new data or another language, not at every day the slider passes.
  const ticks = useMemo(() => sliderTicks(state), [state, state.geodata.value, language.value]);
  const share = (d: Day) => `${(((d - FIRST_DAY) / (LAST_DAY - FIRST_DAY)) * 100).toFixed(3)}%`;

  return (
    <div class="date-slider">
      <div class="date-shown">
        <output class="current-date" aria-live="polite" for="date-range">{longDate(day)}</output>
        <OtherCalendarDates state={state} />
      </div>
      <div class="slider-track">
        <input
          id="date-range"
          type="range"
          min={FIRST_DAY}
          max={LAST_DAY}
          step={1}
          value={day}
          aria-label={t('slider.date')}
          aria-valuetext={longDate(day)}
          onInput={(e) => setDay(state, Number(e.currentTarget.value))}
          onKeyDown={(e) => {
            if (e.key === 'PageUp' || e.key === 'PageDown') {
              e.preventDefault();
              setDay(state, addMonths(day, e.key === 'PageUp' ? 1 : -1));
            }
          }}
        />
        <div class="ticks">
          {ticks.map((tick) => (
            <button key={tick.key} type="button" class={`tick tick--${tick.kind}`} style={{ left: share(tick.day) }} title={tick.title} aria-label={t('slider.goTo', { what: tick.title })} onClick={() => setDay(state, tick.day)} />
          ))}
        </div>
        <div class="years" aria-hidden="true">
          {Array.from({ length: 10 }, (_, i) => 1914 + i).map((y) => (
            <span key={y} style={{ left: share(dayOf(`${y}-01-01`)!) }}>{y}</span>
          ))}
        </div>
      </div>
      <div class="slider-controls">
        <button type="button" onClick={() => play(state, !playing)} aria-pressed={playing}>
          {playing ? t('slider.pause') : t('slider.play')}
        </button>
        <label>
          {t('slider.speed')}
          <select value={state.speed.value} onChange={(e) => (state.speed.value = e.currentTarget.value as PlaySpeed)}>
            {(Object.keys(SPEEDS) as PlaySpeed[]).map((speed) => (
              <option key={speed} value={speed}>{t(SPEEDS[speed][0])}</option>
            ))}
          </select>
        </label>
        <GoToDate state={state} />
        <CalendarSwitch state={state} />
      </div>
    </div>
  );
}
