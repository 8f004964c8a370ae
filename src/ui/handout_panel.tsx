import { useSignal } from '@preact/signals';
import { POWERS } from '../data/contract.ts';
import { formatDay } from '../data/dates.ts';
import type { AppState } from './app_state.ts';
import { longDate } from './date_format.ts';
import { download } from './download.ts';
import { drawnFeatures } from './drawn_features.ts';
import { handoutImage } from './handout_image.ts';
import { localized, term } from './catalog_text.ts';
import { t } from './i18n.ts';

/** Handouts: the view as a print-resolution PNG, the visible features as GeoJSON, their bibliography as CSL-JSON, or print. */
export function HandoutPanel({ state }: { state: AppState }) {
  const busy = useSignal(false);
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

  const png = async () => {
    const view = state.mapView.value;
    if (!view) return;
    busy.value = true;
    try {
      const list = features();
      const { canvas, metersPerCssPixel } = await view.snapshot(2);
      const ratio = canvas.width / view.cssWidth();
      const legend = POWERS.filter((p) => list.some((f) => f.properties.power === p)).map((p) => ({
        color: geodata.catalog.powerColors[p],
        label: term(geodata.catalog.vocabulary, 'power', p),
        hatched: list.every((f) => f.properties.power !== p || f.properties.kind === 'claim'),
      }));
      const image = handoutImage(canvas, ratio, { title: t('app.title'), date: longDate(state.day.value), legendTitle: t('legend.heading'), legend, citations: citations(), metersPerCssPixel, km: (km) => `${km} ${t('map.km')}` });
      image.toBlob((blob) => blob && download(`${stem}.png`, blob), 'image/png');
    } finally {
      busy.value = false;
    }
  };
  const geojson = () => download(`${stem}.geojson`, new Blob([JSON.stringify({ type: 'FeatureCollection', features: features() })], { type: 'application/geo+json' }));
  const csl = () => download(`${stem}-sources.json`, new Blob([JSON.stringify(citedSources(), null, 2)], { type: 'application/vnd.citationstyles.csl+json' }));

  return (
    <section aria-labelledby="handouts-heading" class="handouts">
      <h2 id="handouts-heading">{t('handout.heading')}</h2>
      <div class="handout-buttons">
        <button type="button" onClick={png} disabled={busy.value || !state.mapView.value}>{busy.value ? t('handout.drawing') : t('handout.png')}</button>
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
