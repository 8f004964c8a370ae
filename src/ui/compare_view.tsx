import { useEffect, useRef } from 'preact/hooks';
import { useSignal, type Signal } from '@preact/signals';
import type { LayerComparison } from '../data/compare_layers.ts';
import type { Power } from '../data/contract.ts';
import { placeLabel } from '../data/gazetteer.ts';
import type { Camera, MapView } from '../map/map_view.ts';
import type { AppState, CompareMode } from './app_state.ts';

const MODES: [CompareMode, string][] = [['swipe', 'Swipe'], ['split', 'Side by side'], ['overlay', 'What changed hands']];
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
          <option key={l.id} value={l.id}>{l.title}</option>
        ))}
      </select>
    </label>
  );
  return (
    <div class="compare">
      <div class="compare-controls">
        {select('Left / before', compare.a, (a) => set({ a }))}
        {select('Right / after', compare.b, (b) => set({ b }))}
        <fieldset class="compare-modes">
          <legend>View</legend>
          {MODES.map(([mode, label]) => (
            <label key={mode}>
              <input type="radio" name="compare-mode" checked={compare.mode === mode} onChange={() => set({ mode })} /> {label}
            </label>
          ))}
        </fieldset>
        <button type="button" onClick={() => (state.compare.value = null)}>Close comparison</button>
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

  useEffect(() => {
    let disposed = false;
    import('../map/map_view.ts').then(({ MapView }) => {
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
      views.current = containers.map((container, i) => new MapView(container, { baseUrl: document.baseURI, ...(camera ? { camera } : {}), onMove: follow(i) }));
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
      view.addGeodataLayers([wanted[i]!], geodata.catalog.powerColors);
      view.setLayerFeatures(wanted[i]!, geodata.layers.get(wanted[i]!)!.collection.features);
      view.setLayerVisible(wanted[i]!, true);
    });
    shown.current = views.current.length ? wanted : [];
  }, [viewsReady.value, mode, compare.a, compare.b, geodata]);

  useEffect(() => {
    if (mode === 'overlay' && result.value) views.current[0]?.setChanged(result.value.changed, geodata.catalog.powerColors);
  }, [viewsReady.value, mode, result.value, geodata]);

  return (
    <div class={`compare-maps compare-maps--${mode}`}>
      {mode !== 'overlay' && <div class="compare-map compare-map--a" ref={left} aria-label={`Map of ${compare.a}`} role="region" />}
      <div class="compare-map compare-map--b" ref={right} aria-label={`Map of ${compare.b}`} role="region" style={mode === 'swipe' ? { clipPath: `inset(0 0 0 ${divider.value}%)` } : undefined} />
      {mode === 'swipe' && (
        <>
          <div class="swipe-line" style={{ left: `${divider.value}%` }} aria-hidden="true" />
          <input class="swipe-range" type="range" min={0} max={100} step={1} value={divider.value} aria-label="Swipe between the two layers" onInput={(e) => (divider.value = Number(e.currentTarget.value))} />
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

  const name = (p: Power | null) => (p ? geodata.catalog.powerNames[p] : 'not assigned');
  const km2 = (v: number) => `${Math.round(v).toLocaleString('en-GB')} km²`;
  const r = result.value;
  return (
    <details class="figures" open aria-busy={!r}>
      <summary><h2>Figures</h2></summary>
      {error.value && <p role="alert">{error.value}</p>}
      {!r && !error.value && <p class="muted">Computing the figures from the geodata...</p>}
      {r && (
        <>
          <dl class="figures-turkey">
            <dt>Turkey, left</dt>
            <dd data-figure="turkey-a">{km2(r.turkeyKm2[0])}</dd>
            <dt>Turkey, right</dt>
            <dd data-figure="turkey-b">{km2(r.turkeyKm2[1])}</dd>
            <dt>Gained</dt>
            <dd data-figure="gained">{km2(r.gainedKm2)}</dd>
            <dt>Lost</dt>
            <dd data-figure="lost">{km2(r.lostKm2)}</dd>
          </dl>
          <table class="figures-powers">
            <caption>Ground held or assigned, by power</caption>
            <thead>
              <tr><th scope="col">Power</th><th scope="col">Left</th><th scope="col">Right</th></tr>
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
          <h3>Places that change hands</h3>
          <ul class="figures-places">
            {r.places.map((p) => (
              <li key={p.id}>{p.name}: {name(p.from)} → {name(p.to)}</li>
            ))}
          </ul>
          <p class="muted">Turkey counts Ottoman or Turkish sovereignty and autonomy; a place's holder is the power closest to the ground (administration before sovereignty). Ottoman to Turkish is not a change of hands.</p>
        </>
      )}
    </details>
  );
}
