import { UNCLAIMED_CONTROLS } from '../data/contract.ts';
import type { DayInterval } from '../data/dates.ts';
import { pointTimeline } from '../data/point_timeline.ts';
import type { AppState } from './app_state.ts';
import { setDay } from './app_actions.ts';
import { dateRange } from './date_format.ts';
import { FIRST_DAY, LAST_DAY } from './permalink.ts';
import { SourceCitation } from './source_citation.tsx';
import { layerTitle, powerTerm, term } from './catalog_text.ts';
import { featureName } from '../data/feature_name.ts';
import { formatNumber, language, t } from './i18n.ts';

const ROW = 18;
const WIDTH = 300;

/** A period's last day, which names its powers: a period that lasts into the two governments' time is the Istanbul government's. */
const lastDay = (interval: DayInterval) => interval.end - 1;

/**
 * "What was here when": every claim and control period that covered the selected point,
 * 1914-1923, as bars by date in the powers' colours (claims hatched), then as a list with
 * sources. Clicking a bar moves the slider to its start.
 */
export function PlaceTimeline({ state }: { state: AppState }) {
  const geodata = state.geodata.value;
  const selection = state.selection.value;
  if (!geodata || !selection) return null;
  const entries = pointTimeline(geodata.index, ...selection.lngLat);
  const x = (day: number) => ((Math.min(LAST_DAY, Math.max(FIRST_DAY, day)) - FIRST_DAY) / (LAST_DAY - FIRST_DAY)) * WIDTH;
  const { vocabulary } = geodata.catalog;
  const title = (id: string) => layerTitle(geodata.catalog, id);
  const today = x(state.day.value);
  return (
    <section class="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('timeline.heading')}</h2>
      <p class="muted">{t('timeline.summary', { lat: formatNumber(selection.lngLat[1], 2), lon: formatNumber(selection.lngLat[0], 2), count: entries.length })}</p>
      <svg class="timeline-chart" viewBox={`0 0 ${WIDTH} ${entries.length * ROW + 16}`} role="list" aria-label={t('timeline.chartLabel')}>
        {[1914, 1916, 1918, 1920, 1922].map((year) => {
          const at = x(Date.UTC(year, 0, 1) / 86_400_000);
          return (
            <g key={year} aria-hidden="true">
              <line x1={at} x2={at} y1={0} y2={entries.length * ROW} class="timeline-year" />
              <text x={at + 2} y={entries.length * ROW + 12} class="timeline-label">{year}</text>
            </g>
          );
        })}
        {entries.map((e, i) => {
          const p = e.properties;
          const start = x(e.interval.start);
          const width = Math.max(2, x(e.interval.end) - start);
          return (
            <g key={p.id} role="listitem">
              <rect
                class={`timeline-bar timeline-bar--${p.kind}`}
                x={start}
                y={i * ROW + 2}
                width={width}
                height={ROW - 5}
                fill={p.kind === 'claim' ? `url(#${UNCLAIMED_CONTROLS.includes(p.control) ? 'dots' : 'hatch'}-${p.power})` : geodata.catalog.powerColors[p.power]}
                stroke={geodata.catalog.powerColors[p.power]}
                tabIndex={0}
                role="button"
                aria-label={t('timeline.barLabel', { name: featureName(p, language.value).text, power: powerTerm(vocabulary, p.power, lastDay(e.interval)), control: term(vocabulary, 'control', p.control), dates: dateRange(e.start_date, e.end_date) })}
                onClick={() => Number.isFinite(e.interval.start) && setDay(state, e.interval.start)}
                onKeyDown={(event) => (event.key === 'Enter' || event.key === ' ') && Number.isFinite(e.interval.start) && setDay(state, e.interval.start)}
              >
                <title>{`${featureName(p, language.value).text}: ${dateRange(e.start_date, e.end_date)}`}</title>
              </rect>
            </g>
          );
        })}
        <line x1={today} x2={today} y1={0} y2={entries.length * ROW} class="timeline-today" aria-hidden="true" />
        <defs>
          {Object.entries(geodata.catalog.powerColors).map(([power, color]) => (
            <pattern key={power} id={`hatch-${power}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill={`${color}33`} />
              <rect width="2" height="6" fill={color} />
            </pattern>
          ))}
          {/* Ground shown but claimed by nobody: dots, as on the map. */}
          {Object.entries(geodata.catalog.powerColors).map(([power, color]) => (
            <pattern key={`dots-${power}`} id={`dots-${power}`} width="5" height="5" patternUnits="userSpaceOnUse">
              <rect width="5" height="5" fill={`${color}22`} />
              <circle cx="2.5" cy="2.5" r="1.2" fill={color} />
            </pattern>
          ))}
        </defs>
      </svg>
      <ol class="timeline-list">
        {entries.map((e) => (
          <li key={e.properties.id}>
            <strong>{dateRange(e.start_date, e.end_date)}</strong>: {featureName(e.properties, language.value).text}{' '}
            <span class="muted">
              ({powerTerm(vocabulary, e.properties.power, lastDay(e.interval))}, {term(vocabulary, 'control', e.properties.control)}, {term(vocabulary, 'kind', e.properties.kind)}
              {e.properties.administered_by && <span class="administered-by">, {t('timeline.administeredBy', { power: powerTerm(vocabulary, e.properties.administered_by, lastDay(e.interval)) })}</span>}; {title(e.layer)})
            </span>
            <ul class="sources">
              {e.properties.sources.map((s) => (
                <SourceCitation key={`${s.id}${s.locator}`} source={s} bibliography={geodata.sources} />
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
