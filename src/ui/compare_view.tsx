import { useEffect, useRef } from 'preact/hooks';
import { signal, useSignal, type Signal } from '@preact/signals';
import type { LayerComparison } from '../data/compare_layers.ts';
import type { LayerCollection, LayerFeature, Power } from '../data/contract.ts';
import { dayOf, formatDay, type Day } from '../data/dates.ts';
import { placeLabel } from '../data/gazetteer.ts';
import type { Camera, MapView } from '../map/map_view.ts';
import type { AppState } from './app_state.ts';
import { HELD_GROUND, sideLayers, type CompareMode, type Comparison } from './comparison.ts';
import { FIRST_DAY, LAST_DAY } from './permalink.ts';
import { longDate } from './date_format.ts';
import { loadPreference, savePreference } from './preferences.ts';
import { layerTitle, localized, term } from './catalog_text.ts';
import { formatNumber, language, mapUiStrings, t, type MessageKey } from './i18n.ts';

const MODES: [CompareMode, MessageKey][] = [['swipe', 'compare.swipe'], ['split', 'compare.split'], ['overlay', 'compare.overlay']];
const cache = new Map<string, Promise<LayerComparison>>();

/**
 * Two layers side by side, each whole or as it stood on a day: a swipe divider over one view (the
 * two maps move together), a split view, or one map colouring the ground that changed hands; and
 * the figures, computed with turf from the geodata when the pair is chosen.
 */
export function CompareView({ state }: { state: AppState }) {
  const geodata = state.geodata.value;
  const compare = state.compare.value;
  if (!geodata || !compare) return null;
  // Every layer with ground in it: the treaties' zones, the claims, and the ground held.
  const areaLayers = geodata.catalog.layers.filter((l) => geodata.layers.get(l.id)!.collection.features.some((f) => f.properties.kind === 'claim' || f.properties.kind === 'control'));
  const set = (patch: Partial<Comparison>) => (state.compare.value = { ...compare, ...patch });
  const side = (index: 0 | 1, label: string) => {
    const layer = index === 0 ? compare.a : compare.b;
    const day = compare.on[index];
    const setSide = (id: string, on: Day | null) => set({ [index === 0 ? 'a' : 'b']: id, on: index === 0 ? [on, compare.on[1]] : [compare.on[0], on] });
    // Ground held means nothing without a day: choosing such a layer shows it on the slider's day.
    const heldOnly = (id: string) => id === HELD_GROUND || geodata.layers.get(id)!.collection.features.every((f) => f.properties.kind !== 'claim');
    return (
      <fieldset class="compare-side">
        <legend>{label}</legend>
        <select aria-label={t('compare.layerOf', { side: label })} value={layer} onChange={(e) => setSide(e.currentTarget.value, heldOnly(e.currentTarget.value) ? (day ?? state.day.value) : day)}>
          <option value={HELD_GROUND}>{t('compare.heldGround')}</option>
          {areaLayers.map((l) => (
            <option key={l.id} value={l.id}>{localized(l, 'title')}</option>
          ))}
        </select>
        <label>
          <input type="checkbox" checked={day !== null} disabled={heldOnly(layer) && day !== null} onChange={(e) => setSide(layer, e.currentTarget.checked ? state.day.value : null)} /> {t('compare.onDay')}
        </label>
        {day !== null && (
          <input
            type="date"
            aria-label={t('compare.dayOf', { side: label })}
            min={formatDay(FIRST_DAY)}
            max={formatDay(LAST_DAY)}
            value={formatDay(day)}
            onChange={(e) => {
              const picked = dayOf(e.currentTarget.value);
              if (picked !== null && picked >= FIRST_DAY && picked <= LAST_DAY) setSide(layer, picked);
            }}
          />
        )}
      </fieldset>
    );
  };
  return (
    <div class="compare">
      <div class="compare-controls">
        {side(0, t('compare.left'))}
        {side(1, t('compare.right'))}
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

/** A side's features, of all its layers, for the figures. */
function sideFeatures(state: AppState, layer: string, day: Day | null): LayerFeature[] {
  return sideLayers(state.geodata.value!, layer, day).flatMap((l) => l.features);
}

/** "Treaty of Sevres (1920)" or "Who held the ground, 1918-1923, on 1 January 1920". */
function sideTitle(state: AppState, layer: string, day: Day | null): string {
  const title = layer === HELD_GROUND ? t('compare.heldGround') : layerTitle(state.geodata.value!.catalog, layer);
  return day === null ? title : t('compare.sideOnDay', { layer: title, date: longDate(day) });
}

function CompareMaps({ state }: { state: AppState }) {
  const left = useRef<HTMLDivElement>(null);
  const right = useRef<HTMLDivElement>(null);
  const views = useRef<MapView[]>([]);
  /** The layers each view shows now. */
  const shown = useRef<string[][]>([]);
  const viewsReady = useSignal(0);
  const divider = useSignal(50);
  const result = useSignal<LayerComparison | null>(null);
  const compare = state.compare.value!;
  const geodata = state.geodata.value!;
  const mode = compare.mode;
  const mapLabel = (index: 0 | 1) => t('compare.mapOf', { layer: sideTitle(state, index === 0 ? compare.a : compare.b, compare.on[index]) });

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
      const layers = sideLayers(geodata, wanted[i]!, compare.on[i]!);
      for (const id of shown.current[i] ?? []) if (!layers.some((l) => l.id === id)) view.setLayerVisible(id, false);
      view.addGeodataLayers(layers.map(({ id }) => ({ id, features: geodata.layers.get(id)!.collection.features })), geodata.catalog.powerColors);
      for (const { id, features } of layers) {
        view.setLayerFeatures(id, features);
        view.setLayerVisible(id, true);
      }
      shown.current[i] = layers.map((l) => l.id);
    });
  }, [viewsReady.value, mode, compare.a, compare.b, compare.on[0], compare.on[1], geodata]);

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
      {mode !== 'overlay' && <div class="compare-map compare-map--a" ref={left} aria-label={mapLabel(0)} role="region" />}
      <div class="compare-map compare-map--b" ref={right} aria-label={mapLabel(1)} role="region" style={mode === 'swipe' ? { clipPath: `inset(0 0 0 ${divider.value}%)` } : undefined} />
      {mode === 'swipe' && <SwipeHandle divider={divider} />}
      {mode === 'overlay' && result.value && <ChangedKey state={state} result={result.value} />}
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
    const key = `${compare.a}@${compare.on[0]}|${compare.b}@${compare.on[1]}`;
    let current = true;
    if (!cache.has(key)) {
      const places = geodata.places.map((p) => ({ id: p.id, name: placeLabel(p), lon: p.lon, lat: p.lat }));
      cache.set(
        key,
        new Promise((resolve) => setTimeout(resolve, 30)).then(() =>
          import('../data/compare_layers.ts').then(({ compareLayers }) => compareLayers(collection(sideFeatures(state, compare.a, compare.on[0])), collection(sideFeatures(state, compare.b, compare.on[1])), places)),
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
  }, [compare.a, compare.b, compare.on[0], compare.on[1]]);

  const name = (p: Power | null) => (p ? term(geodata.catalog.vocabulary, 'power', p) : t('compare.notAssigned'));
  const km2 = (v: number) => t('compare.km2', { area: formatNumber(Math.round(v)) });
  const placeName = (id: string, fallback: string) => {
    const place = geodata.places.find((p) => p.id === id);
    return place ? placeLabel(place, language.value) : fallback;
  };
  const r = result.value;
  return (
    <details class="figures" open={figuresOpen.value} onToggle={(e) => rememberFiguresOpen(e.currentTarget.open)} aria-busy={!r}>
      <summary><h2>{t('compare.figures')}</h2></summary>
      <p class="figures-sides">{sideTitle(state, compare.a, compare.on[0])} → {sideTitle(state, compare.b, compare.on[1])}</p>
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

/** Whether the figures box is open: the reader's choice, kept across views and visits. */
const figuresOpen = signal(loadPreference('compareFigures') !== 'closed');
function rememberFiguresOpen(open: boolean) {
  if (figuresOpen.value === open) return;
  figuresOpen.value = open;
  savePreference('compareFigures', open ? 'open' : 'closed');
}

const collection = (features: LayerFeature[]): LayerCollection => ({ type: 'FeatureCollection', features });

/** How far a key press moves the swipe divider, in percent of the width (Shift: ten times). */
const SWIPE_STEP = 1;

/**
 * The swipe divider itself, dragged by mouse, pen or touch anywhere along its height, and moved
 * by the arrow keys (Home and End to the edges), as a slider.
 */
function SwipeHandle({ divider }: { divider: Signal<number> }) {
  const follow = (e: PointerEvent) => {
    const box = (e.currentTarget as HTMLElement).parentElement!.getBoundingClientRect();
    divider.value = Math.round(Math.min(100, Math.max(0, ((e.clientX - box.left) / box.width) * 100)));
  };
  return (
    <div
      class="swipe-line"
      role="slider"
      tabIndex={0}
      aria-label={t('compare.swipeLabel')}
      aria-orientation="horizontal"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={divider.value}
      aria-valuetext={`${divider.value}%`}
      style={{ left: `${divider.value}%` }}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        follow(e);
      }}
      onPointerMove={(e) => e.currentTarget.hasPointerCapture(e.pointerId) && follow(e)}
      onKeyDown={(e) => {
        const step = e.shiftKey ? SWIPE_STEP * 10 : SWIPE_STEP;
        const next = { ArrowRight: divider.value + step, ArrowUp: divider.value + step, ArrowLeft: divider.value - step, ArrowDown: divider.value - step, Home: 0, End: 100 }[e.key];
        if (next === undefined) return;
        e.preventDefault();
        divider.value = Math.min(100, Math.max(0, next));
      }}
    />
  );
}

/** The key to "what changed hands": hatched in the colour of the power that gained, outlined in the colour of the one that lost. */
function ChangedKey({ state, result }: { state: AppState; result: LayerComparison }) {
  const geodata = state.geodata.value!;
  const name = (p: Power | null) => (p ? term(geodata.catalog.vocabulary, 'power', p) : t('compare.notAssigned'));
  const colour = (p: Power | null) => (p ? geodata.catalog.powerColors[p] : '#888');
  return (
    <section class="changed-key" aria-labelledby="changed-key-heading">
      <h2 id="changed-key-heading">{t('compare.changedKey')}</h2>
      <p class="muted">{t('compare.changedHow')}</p>
      <ul>
        {result.changed.features.slice(0, CHANGED_SHOWN).map(({ properties: { from, to, km2 } }) => (
          <li key={`${from}-${to}`}>
            <span class="swatch swatch--changed" style={{ '--to': colour(to), '--from': colour(from) }} aria-hidden="true" />
            {t('compare.changedPair', { from: name(from), to: name(to), area: formatNumber(Math.round(km2)) })}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The largest changes listed in the key; the figures list every place. */
const CHANGED_SHOWN = 8;
