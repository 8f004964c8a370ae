import { useEffect, useRef } from 'preact/hooks';
import { useSignal, type Signal } from '@preact/signals';
import type { LayerComparison } from '../data/compare_layers.ts';
import type { Power } from '../data/contract.ts';
import { placeLabel } from '../data/gazetteer.ts';
import type { Camera, MapView } from '../map/map_view.ts';
import type { AppState, CompareMode } from './app_state.ts';
import { layerTitle, localized, term } from './catalog_text.ts';
import { formatNumber, language, mapUiStrings, t, type MessageKey } from './i18n.ts';

const MODES: [CompareMode, MessageKey][] = [['swipe', 'compare.swipe'], ['split', 'compare.split'], ['overlay', 'compare.overlay']];
const cache = new Map<string, Promise<LayerComparison>>();

/**
 * Two claim layers side by side: a swipe divider over one view (the two maps move together),
 * a split view, or one map colouring the ground that changed hands; and the figures, computed
 * with turf from the geodata when the pair is chosen.
 */
export function CompareView({ state }: { state: AppState }) {
  const geodata = state.geodata.value;
  const compare = state.compare.value;
  if (!geodata || !compare) return null;
  const claimLayers = geodata.catalog.layers.filter((l) => geodata.layers.get(l.id)!.collection.features.some((f) => f.properties.kind === 'claim'));
  const set = (patch: Partial<typeof compare>) => (state.compare.value = { ...compare, ...patch });
  const select = (label: string, value: string, onChange: (id: string) => void) => (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {claimLayers.map((l) => (
          <option key={l.id} value={l.id}>{localized(l, 'title')}</option>
        ))}
      </select>
    </label>
  );
  return (
    <div class="compare">
      <div class="compare-controls">
        {select(t('compare.left'), compare.a, (a) => set({ a }))}
        {select(t('compare.right'), compare.b, (b) => set({ b }))}
        <fieldset class="compare-modes">
          <legend>{t('compare.view')}</legend>
          {MODES.map(([mode, label]) => (
            <label key={mode}>
              <input type="radio" name="compare-mode" checked={compare.mode === mode} onChange={() => set({ mode })} /> {t(label)}
            </label>
          ))}
        </fieldset>
        <button type="button" onClick={() => (state.compare.value = null)}>{t('compare.close')}</button>
      </div>
      <CompareMaps key={compare.mode} state={state} />
    </div>
  );
}

function CompareMaps({ state }: { state: AppState }) {
  const left = useRef<HTMLDivElement>(null);
  const right = useRef<HTMLDivElement>(null);
  const views = useRef<MapView[]>([]);
  const shown = useRef<string[]>([]);
  const viewsReady = useSignal(0);
  const divider = useSignal(50);
  const result = useSignal<LayerComparison | null>(null);
  const compare = state.compare.value!;
  const geodata = state.geodata.value!;
  const mode = compare.mode;
  const mapLabel = (id: string) => t('compare.mapOf', { layer: layerTitle(geodata.catalog, id) });

  useEffect(() => {
    let disposed = false;
    import('../map/map_view.ts').then(({ openMapView }) => {
      if (disposed) return;
      let syncing = false;
      const follow = (from: number) => (camera: Camera) => {
        if (syncing) return;
        syncing = true;
        for (const [i, v] of views.current.entries()) if (i !== from) v.setCamera(camera);
        syncing = false;
      };
      const camera = state.camera.peek() ?? undefined;
      const containers = mode === 'overlay' ? [right.current!] : [left.current!, right.current!];
      views.current = containers.map((container, i) => openMapView(container, { baseUrl: document.baseURI, ...(camera ? { camera } : {}), onMove: follow(i) })).filter((v) => v !== null);
      (window as unknown as { explorerCompareMaps: unknown[] }).explorerCompareMaps = views.current.map((v) => v.map);
      shown.current = [];
      viewsReady.value++;
    });
    return () => {
      disposed = true;
      for (const v of views.current) v.destroy();
      views.current = [];
    };
  }, [mode, state]);

  // Each view shows one layer whole (a comparison ignores the date); the overlay shows only what changed.
  useEffect(() => {
    if (mode === 'overlay') return;
    const wanted = [compare.a, compare.b];
    views.current.forEach((view, i) => {
      const previous = shown.current[i];
      if (previous && previous !== wanted[i]) view.setLayerVisible(previous, false);
      const { features } = geodata.layers.get(wanted[i]!)!.collection;
      view.addGeodataLayers([{ id: wanted[i]!, features }], geodata.catalog.powerColors);
      view.setLayerFeatures(wanted[i]!, features);
      view.setLayerVisible(wanted[i]!, true);
    });
    shown.current = views.current.length ? wanted : [];
  }, [viewsReady.value, mode, compare.a, compare.b, geodata]);

  // The compare maps speak the interface's language too, switched as it is.
  const lang = language.value;
  useEffect(() => {
    for (const view of views.current) view.setLanguage(lang, mapUiStrings());
  }, [viewsReady.value, lang]);

  useEffect(() => {
    if (mode === 'overlay' && result.value) views.current[0]?.setChanged(result.value.changed, geodata.catalog.powerColors);
  }, [viewsReady.value, mode, result.value, geodata]);

  return (
    <div class={`compare-maps compare-maps--${mode}`}>
      {mode !== 'overlay' && <div class="compare-map compare-map--a" ref={left} aria-label={mapLabel(compare.a)} role="region" />}
      <div class="compare-map compare-map--b" ref={right} aria-label={mapLabel(compare.b)} role="region" style={mode === 'swipe' ? { clipPath: `inset(0 0 0 ${divider.value}%)` } : undefined} />
      {mode === 'swipe' && (
        <>
          <div class="swipe-line" style={{ left: `${divider.value}%` }} aria-hidden="true" />
          <input class="swipe-range" type="range" min={0} max={100} step={1} value={divider.value} aria-label={t('compare.swipeLabel')} onInput={(e) => (divider.value = Number(e.currentTarget.value))} />
        </>
      )}
      <Figures state={state} result={result} />
    </div>
  );
}

/** The comparison's figures; computing them fills `result`, which the overlay map also draws. */
function Figures({ state, result }: { state: AppState; result: Signal<LayerComparison | null> }) {
  const geodata = state.geodata.value!;
  const compare = state.compare.value!;
  const error = useSignal<string | null>(null);
  useEffect(() => {
    result.value = null;
    const key = `${compare.a}|${compare.b}`;
    let current = true;
    if (!cache.has(key)) {
      const places = geodata.places.map((p) => ({ id: p.id, name: placeLabel(p), lon: p.lon, lat: p.lat }));
      cache.set(
        key,
        new Promise((resolve) => setTimeout(resolve, 30)).then(() =>
          import('../data/compare_layers.ts').then(({ compareLayers }) => compareLayers(geodata.layers.get(compare.a)!.collection, geodata.layers.get(compare.b)!.collection, places)),
        ),
      );
    }
    cache.get(key)!.then(
      (r) => {
        if (current) result.value = r;
      },
      (e: Error) => (error.value = e.message),
    );
    return () => {
      current = false;
    };
  }, [compare.a, compare.b]);

  const name = (p: Power | null) => (p ? term(geodata.catalog.vocabulary, 'power', p) : t('compare.notAssigned'));
  const km2 = (v: number) => t('compare.km2', { area: formatNumber(Math.round(v)) });
  const placeName = (id: string, fallback: string) => {
    const place = geodata.places.find((p) => p.id === id);
    return place ? placeLabel(place, language.value) : fallback;
  };
  const r = result.value;
  return (
    <details class="figures" open aria-busy={!r}>
      <summary><h2>{t('compare.figures')}</h2></summary>
      {error.value && <p role="alert">{error.value}</p>}
      {!r && !error.value && <p class="muted">{t('compare.computing')}</p>}
      {r && (
        <>
          <dl class="figures-turkey">
            <dt>{t('compare.turkeyLeft')}</dt>
            <dd data-figure="turkey-a">{km2(r.turkeyKm2[0])}</dd>
            <dt>{t('compare.turkeyRight')}</dt>
            <dd data-figure="turkey-b">{km2(r.turkeyKm2[1])}</dd>
            <dt>{t('compare.gained')}</dt>
            <dd data-figure="gained">{km2(r.gainedKm2)}</dd>
            <dt>{t('compare.lost')}</dt>
            <dd data-figure="lost">{km2(r.lostKm2)}</dd>
          </dl>
          <table class="figures-powers">
            <caption>{t('compare.byPower')}</caption>
            <thead>
              <tr><th scope="col">{t('compare.power')}</th><th scope="col">{t('compare.leftColumn')}</th><th scope="col">{t('compare.rightColumn')}</th></tr>
            </thead>
            <tbody>
              {r.powers.map((p) => (
                <tr key={p.power}>
                  <th scope="row"><span class="swatch" style={{ background: geodata.catalog.powerColors[p.power] }} aria-hidden="true" /> {name(p.power)}</th>
                  <td>{km2(p.km2[0])}</td>
                  <td>{km2(p.km2[1])}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('compare.places')}</h3>
          <ul class="figures-places">
            {r.places.map((p) => (
              <li key={p.id}>{placeName(p.id, p.name)}: {name(p.from)} → {name(p.to)}</li>
            ))}
          </ul>
          <p class="muted">{t('compare.method')}</p>
        </>
      )}
    </details>
  );
}
