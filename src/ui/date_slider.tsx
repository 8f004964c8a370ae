import { useEffect, useMemo, useRef } from 'preact/hooks';
import { useSignal } from '@preact/signals';
import { addMonths, dayOf, parsePartialDate, type Day } from '../data/dates.ts';
import type { AppState, PlaySpeed } from './app_state.ts';
import { setDay } from './app_actions.ts';
import { longDate, originalDate, partialDate } from './date_format.ts';
import { localized, term } from './catalog_text.ts';
import { featureName } from '../data/feature_name.ts';
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

/** About how wide a label's letter is at its size, and the gap kept between labels, in pixels. */
const LABEL_LETTER_PX = 6;
const LABEL_GAP_PX = 8;

interface Tick {
  key: string;
  day: Day;
  title: string;
  kind: 'event' | 'signing';
  /** What kind of moment it is, short enough to print under the tick: "battle", "treaty", "signed". */
  label: string;
}

/** Ticks on the slider, in date order: every event of the events layers, and every treaty's signing. */
function sliderTicks(state: AppState): Tick[] {
  const geodata = state.geodata.value;
  if (!geodata) return [];
  const { vocabulary } = geodata.catalog;
  const events = geodata.catalog.layers
    .filter((l) => l.group === 'events')
    .flatMap((l) => geodata.layers.get(l.id)!.collection.features)
    .flatMap((f) => {
      const p = f.properties;
      if (p.kind !== 'event' || !p.start_date) return [];
      // The date as the source wrote it, beside the Gregorian one: "(23 April 1920; 23 Nisan 1336 (Rumi))".
      const when = p.original_date ? `${partialDate(p.start_date)}; ${originalDate(p.original_date)}` : partialDate(p.start_date);
      return [{ key: p.id, day: parsePartialDate(p.start_date)!.start, title: `${featureName(p, language.value).text} (${when})`, kind: 'event' as const, label: term(vocabulary, 'event_type', p.event_type) }];
    });
  const signings = geodata.catalog.layers.flatMap((l) =>
    l.lifecycle
      .filter((s) => s.stage === 'signed' && dayOf(s.date) !== null)
      .map((s) => ({ key: `${l.id}-signed`, day: dayOf(s.date)!, title: t('slider.signed', { layer: localized(l, 'title'), date: partialDate(s.date) }), kind: 'signing' as const, label: t('slider.signedLabel') })),
  );
  const seen = new Set<string>();
  return [...events, ...signings].filter((tick) => tick.day >= FIRST_DAY && tick.day <= LAST_DAY && !seen.has(tick.key) && seen.add(tick.key)).sort((a, b) => a.day - b.day);
}

/**
 * Which ticks carry a printed label on a slider this wide: from the left, each label centred
 * under its tick where it clears the last one printed and the track's ends; the others keep
 * their title and name, and the chronology lists them all.
 */
function labelled(ticks: readonly Tick[], widthPx: number): Set<string> {
  const shown = new Set<string>();
  let right = 0;
  for (const tick of ticks) {
    const x = ((tick.day - FIRST_DAY) / (LAST_DAY - FIRST_DAY)) * widthPx;
    const half = (tick.label.length * LABEL_LETTER_PX) / 2;
    if (x - half < right || x + half > widthPx) continue;
    shown.add(tick.key);
    right = x + half + LABEL_GAP_PX;
  }
  return shown;
}

/**
 * The date slider: the day in large type (and in the other calendars the reader chose), a range
 * at day resolution (arrows: a day; Page Up / Down: a month), a field to type a date in any
 * calendar, play/pause at a chosen speed, and ticks that jump to the events and the treaties'
 * signing dates, labelled by kind where there is room. The ticks are one stop for Tab: the arrow
 * keys move among them (Home and End to the first and last), Enter or Space goes to the date.
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
  const track = useRef<HTMLDivElement>(null);
  const width = useSignal(0);
  useEffect(() => {
    const element = track.current;
    if (!element) return;
    const observer = new ResizeObserver(() => (width.value = element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [width]);
  const withLabel = useMemo(() => labelled(ticks, width.value), [ticks, width.value]);
  // The tick Tab stops at: the last at or before the day, so that the arrows start from where the reader is.
  const focusable = Math.max(0, ticks.filter((tick) => tick.day <= day).length - 1);
  const moveFocus = (event: KeyboardEvent, index: number) => {
    const keys: Record<string, number> = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: ticks.length - 1 };
    const next = keys[event.key];
    if (next === undefined) return;
    event.preventDefault();
    (track.current?.querySelectorAll<HTMLButtonElement>('.tick')[Math.min(ticks.length - 1, Math.max(0, next))])?.focus();
  };

  return (
    <div class="date-slider">
      <div class="date-shown">
        <output class="current-date" aria-live="polite" for="date-range">{longDate(day)}</output>
        <OtherCalendarDates state={state} />
      </div>
      <div class="slider-track" ref={track}>
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
        <div class="ticks" role="group" aria-label={t('slider.ticks')}>
          {ticks.map((tick, i) => (
            <button
              key={tick.key}
              type="button"
              class={`tick tick--${tick.kind}`}
              style={{ left: share(tick.day) }}
              title={tick.title}
              aria-label={t('slider.goTo', { what: `${tick.label}: ${tick.title}` })}
              tabIndex={i === focusable ? 0 : -1}
              onKeyDown={(e) => moveFocus(e, i)}
              onClick={() => setDay(state, tick.day)}
            >
              {withLabel.has(tick.key) && <span class="tick-label" aria-hidden="true">{tick.label}</span>}
            </button>
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
