import { useEffect } from 'preact/hooks';
import { useSignal } from '@preact/signals';
import { aidLedgerCsv, countedFrom, entriesInPeriod, entrySpan, loadAidLedger, routesInUse, type AidEntry } from '../data/aid_ledger.ts';
import { formatDay, parsePartialDate, type Day } from '../data/dates.ts';
import type { AppState } from './app_state.ts';
import { setDay } from './app_actions.ts';
import { AidChart, CHART_CATEGORIES } from './aid_chart.tsx';
import { longDate, partialDate } from './date_format.ts';
import { download } from './download.ts';
import { SourceCitation } from './source_citation.tsx';
import { featureName } from '../data/feature_name.ts';
import { formatNumber, language, locale, t, type MessageKey } from './i18n.ts';

/** The layer whose lines are the routes the ledger names. */
const ROUTES_LAYER = 'soviet-aid-1920-1922';

/** The periods whose entries the panel lists, around the slider's day. */
type Period = 'month' | 'year' | 'untilDay';
const PERIODS: [Period, MessageKey][] = [
  ['month', 'aid.periodMonth'],
  ['year', 'aid.periodYear'],
  ['untilDay', 'aid.periodUntilDay'],
];

/** The first and last day of a period around a day. */
function periodDays(period: Period, day: Day): [Day, Day] {
  const date = formatDay(day);
  if (period === 'untilDay') return [-Infinity, day];
  const interval = parsePartialDate(period === 'month' ? date.slice(0, 7) : date.slice(0, 4))!;
  return [interval.start, interval.end - 1];
}

/**
 * The Soviet aid ledger beside the map: the cumulative aid by category against the date slider
 * (AidChart), the routes in use on the day marked on the map, and the entries of a period around
 * the day with their sources, downloadable as CSV. The ledger is fetched when the panel is first
 * opened, so that the first view never waits for it.
 */
export function AidPanel({ state }: { state: AppState }) {
  const open = useSignal(false);
  const ledger = useSignal<{ entries: AidEntry[] } | { error: string } | null>(null);
  const period = useSignal<Period>('year');
  const geodata = state.geodata.value;
  const day = state.day.value;
  const entries = ledger.value && 'entries' in ledger.value ? ledger.value.entries : null;
  const routes = open.value && entries ? routesInUse(entries, day) : [];
  const routeKey = routes.join();

  useEffect(() => {
    if (!open.value || ledger.peek()) return;
    loadAidLedger(document.baseURI).then(
      ({ entries }) => (ledger.value = { entries }),
      (error: Error) => (ledger.value = { error: error.message }),
    );
  }, [open.value]);
  useEffect(() => {
    state.aidRoutes.value = routes;
  }, [routeKey]);
  useEffect(() => () => void (state.aidRoutes.value = []), []);

  const routeName = (id: string) => {
    const route = geodata?.layers.get(ROUTES_LAYER)?.collection.features.find((f) => f.properties.id === id);
    return route ? featureName(route.properties, language.value).text : id;
  };
  const [from, to] = periodDays(period.value, day);
  const listed = entries ? entriesInPeriod(entries, from, to) : [];
  const categoryName = (entry: AidEntry) => {
    const key = CHART_CATEGORIES.find(([category]) => category === entry.category)?.[1];
    // Mid-sentence, after the figure: "6,000 rifles", "6.000 tüfek".
    return key ? t(key).toLocaleLowerCase(locale()) : entry.unit;
  };
  const when = (entry: AidEntry) => (entry.precision === 'by' ? t('aid.totalBy', { since: partialDate(entry.since!), until: longDate(entrySpan(entry).end - 1) }) : partialDate(entry.date));

  return (
    <section class="aid" aria-labelledby="aid-heading">
      <h2 id="aid-heading">
        <button type="button" class="aid-toggle" aria-expanded={open.value} aria-controls="aid-body" onClick={() => (open.value = !open.value)}>
          {t('aid.heading')}
        </button>
      </h2>
      {open.value && (
        <div id="aid-body">
          {!ledger.value && <p class="muted" role="status">{t('aid.loading')}</p>}
          {ledger.value && 'error' in ledger.value && <p role="alert">{t('aid.notLoaded', { detail: ledger.value.error })}</p>}
          {entries && (
            <>
              <p class="muted">{t('aid.intro')}</p>
              <AidChart entries={entries} day={day} onDay={(d) => setDay(state, d)} />
              <p class="aid-routes" role="status">
                {routes.length ? t('aid.routesInUse', { date: longDate(day), routes: routes.map(routeName).join('; ') }) : t('aid.noRoutes', { date: longDate(day) })}
              </p>
              <label class="aid-period">
                {t('aid.period')}{' '}
                <select value={period.value} onChange={(e) => (period.value = (e.currentTarget as HTMLSelectElement).value as Period)}>
                  {PERIODS.map(([value, key]) => (
                    <option key={value} value={value}>{t(key)}</option>
                  ))}
                </select>
              </label>
              <p class="muted">{listed.length ? t('aid.entries', { count: listed.length }) : t('aid.none')}</p>
              <ol class="aid-entries">
                {listed.map((e) => (
                  <li key={e.id} data-entry={e.id} class={e.alternative ? 'aid-entry aid-entry--alternative' : 'aid-entry'}>
                    <button type="button" class="link-button" onClick={() => setDay(state, countedFrom(e))}>{when(e)}</button>: {formatNumber(e.quantity, e.quantity % 1 ? 1 : 0)} {categoryName(e)}, {t(e.status === 'promised' ? 'aid.statusPromised' : 'aid.statusDelivered')}
                    {e.alternative ? ` (${t('aid.alternative')})` : ''}
                    {e.route ? `; ${t('aid.route', { route: routeName(e.route) })}` : ''}
                    {e.port ? `; ${t('aid.port', { port: e.port })}` : ''}
                    {e.note && <p class="aid-note">{e.note}</p>}
                    <ul class="sources">
                      {e.sources.map((s) => (
                        <SourceCitation key={`${s.id}${s.locator}`} source={s} bibliography={geodata?.sources ?? new Map()} />
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
              <button type="button" class="aid-csv" disabled={listed.length === 0} onClick={() => download(`soviet-aid-${formatDay(day)}-${period.value}.csv`, new Blob([aidLedgerCsv(listed, entries)], { type: 'text/csv;charset=utf-8' }))}>
                {t('aid.csv')}
              </button>
            </>
          )}
        </div>
      )}
    </section>
  );
}
