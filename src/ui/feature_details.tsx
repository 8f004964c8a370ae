import { featureDays, isActiveOn, type DayInterval } from '../data/dates.ts';
import { featuresAt } from '../data/features_at.ts';
import type { AppState } from './app_state.ts';
import { dateRange, eventDays, originalDate } from './date_format.ts';
import { SourceCitation } from './source_citation.tsx';
import { layerTitle, powerTerm, term } from './catalog_text.ts';
import { featureName } from '../data/feature_name.ts';
import type { LayerFeatureProperties } from '../data/contract.ts';
import { language, t } from './i18n.ts';

/** What the map shows at the selected point on the current date: name, power, control, dates, precision, sources. */
export function FeatureDetails({ state }: { state: AppState }) {
  const geodata = state.geodata.value;
  const selection = state.selection.value;
  if (!geodata || !selection) return null;
  const drawn = new Set(state.drawn.value);
  const pinned = state.pinned.value;
  const shown = (f: { layer: string; interval: DayInterval }) => drawn.has(f.layer) && (pinned.has(f.layer) || isActiveOn(f.interval, state.day.value));
  const clicked = new Set(selection.points ?? []);
  const pointHits = [...geodata.layers.entries()].flatMap(([layer, dated]) =>
    dated.collection.features
      .filter((f) => f.geometry?.type === 'Point' && clicked.has(f.properties.id))
      .map((f) => ({ layer, properties: f.properties, interval: featureDays(f.properties) })),
  );
  const hits = [...geodata.index.query(...selection.lngLat), ...pointHits].filter(shown);
  const { vocabulary } = geodata.catalog;
  const title = (id: string) => layerTitle(geodata.catalog, id);
  const userHits = [...state.userLayers.value.values()]
    .filter((l) => drawn.has(l.id))
    .flatMap((l) => featuresAt(l.dated.at(state.day.value).features, ...selection.lngLat).map((f) => ({ layer: l.name, properties: f.properties ?? {} })));
  return (
    <section class="details" aria-labelledby="details-heading">
      <h2 id="details-heading">{t('details.heading')}</h2>
      <button type="button" class="close" aria-label={t('details.closeLabel')} onClick={() => (state.selection.value = null)}>{t('details.close')}</button>
      {hits.length === 0 && userHits.length === 0 && <p class="muted">{t('details.nothing')}</p>}
      {userHits.map(({ layer, properties }, i) => (
        <article key={`user-${i}`} class="detail detail--user">
          <h3>{String(properties.name ?? t('details.unnamed'))}</h3>
          <p class="detail-layer">{t('details.yourLayer', { layer })}</p>
          <dl>
            {Object.entries(properties).slice(0, 30).map(([key, value]) => (
              <>
                <dt key={`k-${key}`}>{key}</dt>
                <dd key={`v-${key}`}>{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
              </>
            ))}
          </dl>
        </article>
      ))}
      {hits.map(({ layer, properties: p }) => (
        <article key={p.id} class="detail">
          <FeatureHeading properties={p} />
          <p class="detail-layer">{title(layer)}</p>
          <dl>
            <dt>{t('details.power')}</dt>
            <dd>{powerTerm(vocabulary, p.power, state.day.value)}</dd>
            {p.kind === 'event' ? (
              <>
                <dt>{t('details.eventType')}</dt>
                <dd>{term(vocabulary, 'event_type', p.event_type)}</dd>
                <dt>{t('details.participants')}</dt>
                <dd>{p.participants.map((power) => term(vocabulary, 'power', power)).join('; ')}</dd>
              </>
            ) : p.kind === 'flow' ? (
              <>
                <dt>{t('details.carries')}</dt>
                <dd>{p.carries.map((cargo) => term(vocabulary, 'cargo', cargo)).join(', ')} ({term(vocabulary, 'kind', p.kind)})</dd>
              </>
            ) : (
              <>
                <dt>{t('details.control')}</dt>
                <dd>{term(vocabulary, 'control', p.control)} ({term(vocabulary, 'kind', p.kind)})</dd>
                {p.administered_by && (
                  <>
                    <dt>{t('details.administeredBy')}</dt>
                    <dd class="administered-by">{powerTerm(vocabulary, p.administered_by, state.day.value)}</dd>
                  </>
                )}
              </>
            )}
            <dt>{t('details.dates')}</dt>
            <dd>{p.kind === 'event' ? eventDays(p.start_date!, p.end_date) : dateRange(p.start_date, p.end_date)}</dd>
            {p.original_date && (
              <>
                <dt>{t('details.originalDate')}</dt>
                <dd class="original-date">{originalDate(p.original_date)}</dd>
              </>
            )}
            {p.kind !== 'event' && (
              <>
                <dt>{t('details.line')}</dt>
                <dd>{term(vocabulary, 'precision', p.precision)}</dd>
              </>
            )}
          </dl>
          {p.note && <p class="note" lang="en">{p.note}</p>}
          <ul class="sources">
            {p.sources.map((s) => (
              <SourceCitation key={`${s.id}${s.locator}`} source={s} bibliography={geodata.sources} />
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}

/** A feature's name as a heading, in the reader's language where it has a name or gloss in it, marked as English where not. */
function FeatureHeading({ properties }: { properties: LayerFeatureProperties }) {
  const name = featureName(properties, language.value);
  return <h3 lang={name.lang}>{name.text}</h3>;
}
