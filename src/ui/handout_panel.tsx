import { useSignal } from '@preact/signals';
import type { CslItem } from '../data/contract.ts';
import { formatDay } from '../data/dates.ts';
import type { AppState } from './app_state.ts';
import { longDate } from './date_format.ts';
import { download } from './download.ts';
import { drawnFeatures } from './drawn_features.ts';
import { handoutImage, handoutLayout, type Paper } from './handout_image.ts';
import { legendEntries } from './legend_entries.ts';
import { LEGEND_KEY_TEXT } from './legend.tsx';
import { cslAuthor, cslYear } from './excerpt_citation.ts';
import { localized, powerTerm } from './catalog_text.ts';
import { t } from './i18n.ts';

/** Handouts: the view as a print-resolution PNG, the visible features as GeoJSON, their bibliography as CSL-JSON, or print. */
export function HandoutPanel({ state }: { state: AppState }) {
  const busy = useSignal(false);
  const paper = useSignal<Paper>(navigator.language === 'en-US' ? 'letter' : 'a4');
  const geodata = state.geodata.value;
  if (!geodata) return null;
  const stem = `ottoman-partition-${formatDay(state.day.value)}`;

  const features = () =>
    [...drawnFeatures(state).entries()].filter(([layer]) => geodata.layers.has(layer)).flatMap(([layer, s]) => s.features.map((f) => ({ type: 'Feature' as const, properties: { ...f.properties, layer }, geometry: f.geometry })));
  const citedSources = () => {
    const ids = new Set(features().flatMap((f) => f.properties.sources.map((s) => s.id)));
    return [...geodata.sources.values()].filter((s) => ids.has(s.id));
  };
  const citations = () =>
    geodata.catalog.layers
      .filter((l) => drawnFeatures(state).get(l.id)?.features.length)
      .map((l) => `${localized(l, 'title')}: ${l.sources.map((id) => geodata.sources.get(id)?.title ?? id).join('; ')}.`);

  const png = () => {
    const view = state.mapView.value;
    const entries = legendEntries(state);
    if (!view || !entries) return;
    busy.value = true;
    // Drawn after the "Drawing..." label has been painted: the map is redrawn synchronously.
    requestAnimationFrame(() => {
      try {
        const sources = citedSources().map(reference);
        const layout = handoutLayout(paper.value, sources.length);
        const { canvas, metersPerPixel } = view.drawnAt(layout.map.w / layout.map.h, layout.map.w);
        const image = handoutImage(canvas, metersPerPixel, layout, {
          title: t('app.title'),
          date: longDate(state.day.value),
          legendTitle: t('legend.heading'),
          powers: entries.powers.map(({ power, held, claimed, unclaimed }) => ({ color: geodata.catalog.powerColors[power], label: powerTerm(geodata.catalog.vocabulary, power, state.day.value), held, claimed, unclaimed })),
          keys: entries.keys.map((key) => ({ key, label: t(LEGEND_KEY_TEXT[key]) })),
          sourcesTitle: t('handout.sources'),
          sources,
          km: (km) => `${km} ${t('map.km')}`,
        });
        image.toBlob((blob) => blob && download(`${stem}-${paper.value}.png`, blob), 'image/png');
      } finally {
        busy.value = false;
      }
    });
  };
  const geojson = () => download(`${stem}.geojson`, new Blob([JSON.stringify({ type: 'FeatureCollection', features: features() })], { type: 'application/geo+json' }));
  const csl = () => download(`${stem}-sources.json`, new Blob([JSON.stringify(citedSources(), null, 2)], { type: 'application/vnd.citationstyles.csl+json' }));

  return (
    <section aria-labelledby="handouts-heading" class="handouts">
      <h2 id="handouts-heading">{t('handout.heading')}</h2>
      <div class="handout-buttons">
        <button type="button" onClick={png} disabled={busy.value || !state.mapView.value}>{busy.value ? t('handout.drawing') : t('handout.png')}</button>
        <label class="handout-paper">
          {t('handout.paper')}
          <select value={paper.value} onChange={(e) => (paper.value = e.currentTarget.value as Paper)}>
            <option value="a4">{t('handout.a4')}</option>
            <option value="letter">{t('handout.letter')}</option>
          </select>
        </label>
        <button type="button" onClick={geojson}>{t('handout.geojson')}</button>
        <button type="button" onClick={csl}>{t('handout.csl')}</button>
        <button type="button" onClick={() => print()}>{t('handout.print')}</button>
      </div>
      <ol class="print-citations">
        {citations().map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ol>
    </section>
  );
}

/** A source as one line of a handout: "Author, Title (year)". */
function reference(item: CslItem): string {
  const author = cslAuthor(item);
  const year = cslYear(item);
  return `${author ? `${author}, ` : ''}${item.title}${year ? ` (${year})` : ''}`;
}
