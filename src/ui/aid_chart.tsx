import { summedSteps, sumsByCategory, type AidCategory, type AidEntry, type AidStatus } from '../data/aid_ledger.ts';
import { dayOf, type Day } from '../data/dates.ts';
import { formatNumber, t, type MessageKey } from './i18n.ts';
import { longDate } from './date_format.ts';

/** The categories drawn, in the ledger's order, with their names in the catalogs ("other" mixes units and is only listed). */
export const CHART_CATEGORIES: readonly [AidCategory, MessageKey][] = [
  ['gold_rubles', 'aid.goldRubles'],
  ['rifles', 'aid.rifles'],
  ['machine_guns', 'aid.machineGuns'],
  ['guns', 'aid.guns'],
  ['cartridges', 'aid.cartridges'],
  ['shells', 'aid.shells'],
];

const WIDTH = 300;
const ROW = 42;
const AXIS = 14;
/** The months the chart spans: from the aid agreement's month to the month after the totals of 1921-1922 are counted. */
const FIRST = dayOf('1920-08-01')!;
const LAST = dayOf('1923-02-01')!;
const YEARS = [1921, 1922, 1923];

/**
 * Cumulative aid by category as small multiples against the date: for each category, what the
 * ledger has summed by each day, delivered solid and promised dashed, each row scaled to its own
 * largest figure; a line marks the slider's day. The table under it is the same figures on that
 * day, as text. Focused, the arrows move the day by a month.
 */
export function AidChart({ entries, day, onDay }: { entries: readonly AidEntry[]; day: Day; onDay: (day: Day) => void }) {
  const x = (d: Day) => ((Math.min(LAST, Math.max(FIRST, d)) - FIRST) / (LAST - FIRST)) * WIDTH;
  const totals = sumsByCategory(entries, day);
  const now = (category: AidCategory, status: AidStatus) => totals.find((s) => s.category === category && s.status === status)?.quantity ?? 0;
  const marked = x(day);
  const height = CHART_CATEGORIES.length * ROW + AXIS;
  const step = (event: KeyboardEvent) => {
    const months = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (months === undefined) return;
    event.preventDefault();
    const date = new Date(day * 86_400_000);
    date.setUTCMonth(date.getUTCMonth() + months);
    onDay(Math.round(date.getTime() / 86_400_000));
  };
  return (
    <figure class="aid-figure">
      <svg class="aid-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" tabindex={0} aria-label={t('aid.chartLabel', { date: longDate(day) })} aria-describedby="aid-table" onKeyDown={step}>
        {YEARS.map((year) => {
          const at = x(dayOf(`${year}-01-01`)!);
          return (
            <g key={year} aria-hidden="true">
              <line x1={at} x2={at} y1={0} y2={height - AXIS} class="aid-year" />
              {/* A year near the right edge is written to the left of its line, inside the chart. */}
              <text x={at > WIDTH - 30 ? at - 2 : at + 2} y={height - 3} text-anchor={at > WIDTH - 30 ? 'end' : 'start'} class="aid-axis">{year}</text>
            </g>
          );
        })}
        {CHART_CATEGORIES.map(([category, name], row) => {
          const delivered = summedSteps(entries, category, 'delivered');
          const promised = summedSteps(entries, category, 'promised');
          const top = Math.max(1, ...delivered.map((s) => s.quantity), ...promised.map((s) => s.quantity));
          const base = (row + 1) * ROW - 4;
          const y = (quantity: number) => base - (quantity / top) * (ROW - 19);
          const path = (steps: { day: Day; quantity: number }[]) => `M0,${base}${steps.map((s) => ` H${x(s.day).toFixed(1)} V${y(s.quantity).toFixed(1)}`).join('')} H${WIDTH}`;
          return (
            <g key={category} class={`aid-row aid-row--${category}`} aria-hidden="true">
              <text x={2} y={row * ROW + 12} class="aid-row-label">{`${t(name)}: ${formatNumber(now(category, 'delivered'))}`}</text>
              <line x1={0} x2={WIDTH} y1={base} y2={base} class="aid-base" />
              {promised.length > 0 && <path d={path(promised)} class="aid-line aid-line--promised" />}
              {delivered.length > 0 && <path d={path(delivered)} class="aid-line aid-line--delivered" />}
            </g>
          );
        })}
        <line x1={marked} x2={marked} y1={0} y2={height - AXIS} class="aid-today" data-day={day} aria-hidden="true" />
      </svg>
      <figcaption class="muted">{t('aid.legend')}</figcaption>
      <table id="aid-table" class="aid-table">
        <caption>{t('aid.tableCaption', { date: longDate(day) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('aid.category')}</th>
            <th scope="col">{t('aid.delivered')}</th>
            <th scope="col">{t('aid.promised')}</th>
          </tr>
        </thead>
        <tbody>
          {CHART_CATEGORIES.map(([category, name]) => (
            <tr key={category} data-category={category}>
              <th scope="row">{t(name)}</th>
              <td data-status="delivered">{formatNumber(now(category, 'delivered'))}</td>
              <td data-status="promised">{formatNumber(now(category, 'promised'))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
