import { featuresAt } from '../data/features_at.ts';
import type { AppState } from './app_state.ts';
import { dateRange } from './date_format.ts';
import { SourceCitation } from './source_citation.tsx';

/** What the map shows at the selected point on the current date: name, power, control, dates, precision, sources. */
export function FeatureDetails({ state }: { state: AppState }) {
  const geodata = state.geodata.value;
  const selection = state.selection.value;
  if (!geodata || !selection) return null;
  const drawn = new Set(state.drawn.value);
  const pinned = state.pinned.value;
  const hits = geodata.index.query(...selection.lngLat).filter((f) => drawn.has(f.layer) && (pinned.has(f.layer) || (f.interval.start <= state.day.value && state.day.value < f.interval.end)));
  const title = (id: string) => geodata.catalog.layers.find((l) => l.id === id)?.title ?? id;
  const userHits = [...state.userLayers.value.values()]
    .filter((l) => drawn.has(l.id))
    .flatMap((l) => featuresAt(l.dated.at(state.day.value).features, ...selection.lngLat).map((f) => ({ layer: l.name, properties: f.properties ?? {} })));
  return (
    <section class="details" aria-labelledby="details-heading">
      <h2 id="details-heading">Here on this date</h2>
      <button type="button" class="close" aria-label="Close details" onClick={() => (state.selection.value = null)}>Close</button>
      {hits.length === 0 && userHits.length === 0 && <p class="muted">No visible layer covers this point on this date.</p>}
      {userHits.map(({ layer, properties }, i) => (
        <article key={`user-${i}`} class="detail detail--user">
          <h3>{String(properties.name ?? 'Feature')}</h3>
          <p class="detail-layer">{layer} (your layer)</p>
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
          <h3>{p.name}</h3>
          <p class="detail-layer">{title(layer)}</p>
          <dl>
            <dt>Power</dt>
            <dd>{geodata.catalog.powerNames[p.power] ?? p.power}</dd>
            <dt>Control</dt>
            <dd>{p.control} ({p.kind === 'claim' ? 'claimed on paper' : 'held on the ground'})</dd>
            <dt>Dates</dt>
            <dd>{dateRange(p.start_date, p.end_date)}</dd>
            <dt>Line</dt>
            <dd>{p.precision}</dd>
          </dl>
          {p.note && <p class="note">{p.note}</p>}
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
