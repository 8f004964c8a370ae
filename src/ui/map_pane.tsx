import { CLAIMED_GROUND_PAINT } from '../data/claims_at.ts';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { effect } from '@preact/signals';
import type { AppState } from './app_state.ts';
import { select } from './app_actions.ts';
import { drawnFeatures } from './drawn_features.ts';
import { longDate } from './date_format.ts';
import { placeLabel } from '../data/gazetteer.ts';
import { localized } from './catalog_text.ts';
import { language, mapUiStrings, t } from './i18n.ts';

/** How much larger the map's labels are in large type, as the panels' text (app.css). */
const LARGE_TYPE_SCALE = 1.3;

/** The shape of the map's box in print (width / height), as the print stylesheet sets it (app.css). */
const PRINT_MAP_ASPECT = 4 / 3;

/** Which labels win when they collide (lower first), after the places the story turns on (rank 0). */
const PLACE_RANK: Record<string, number> = { city: 1, port: 2, town: 3, battlefield: 3, mountain: 4, region: 4 };

/** Debug and test handle: the live MapLibre map, as many map apps expose it. */
declare global {
  interface Window {
    explorerMap?: unknown;
    /** How the map's first frame was let through ('loaded', 'timeout' or 'unsupported'). */
    explorerFirstFrame?: string;
  }
}

/**
 * The map, loaded as its own chunk so that the panels render before MapLibre arrives, and
 * replaced by a plain notice where the browser has no WebGL. State flows one way: signals in,
 * MapView calls out; only the camera and clicks come back.
 */
export function MapPane({ state, children }: { state: AppState; children?: ComponentChildren }) {
  const container = useRef<HTMLDivElement>(null);
  const printed = useRef<HTMLDivElement>(null);
  // A layout effect, so that the map starts as soon as its chunk is in, not after the first paint.
  useLayoutEffect(() => {
    let disposed = false;
    let cleanup = () => {};
    import('../map/map_view.ts').then(({ openMapView }) => {
      if (disposed || !container.current) return;
      const view = openMapView(container.current, {
        baseUrl: document.baseURI,
        uiStrings: mapUiStrings(),
        ...(state.flyTo.peek() ? { camera: state.flyTo.peek()!.camera } : {}),
        onIdle: () => {
          if (!state.geodata.peek()) return;
          state.mapStatus.value = 'ready';
          // The legend lists what the features drawn in this box are (src/ui/legend_entries.ts).
          const bounds = view!.drawnBox();
          if (bounds.join() !== state.viewBounds.peek()?.join()) state.viewBounds.value = bounds;
        },
        onError: (message) => {
          state.mapError.value = message;
          state.mapStatus.value = 'error';
        },
        onMoveEnd: (camera) => (state.camera.value = camera),
        onFirstFrame: (how) => (window.explorerFirstFrame = how),
        onClick: (hits, lngLat) => select(state, { lngLat, points: hits.map((h) => String(h.properties.id)) }),
      });
      if (!view) {
        state.mapStatus.value = 'no-webgl';
        return;
      }
      state.flyTo.value = null;
      window.explorerMap = view.map;
      state.mapView.value = view;
      const drawnKeys = new Map<string, string>();
      const stops = [
        effect(() => view.setModernBordersVisible(state.modernBorders.value)),
        effect(() => view.setLanguage(language.value, mapUiStrings())),
        effect(() => view.setTextScale(state.largeType.value ? LARGE_TYPE_SCALE : 1)),
        effect(() => {
          const geodata = state.geodata.value;
          if (geodata) view.addGeodataLayers(geodata.catalog.layers.map((l) => ({ id: l.id, features: geodata.layers.get(l.id)!.collection.features })), geodata.catalog.powerColors);
        }),
        effect(() => {
          const geodata = state.geodata.value;
          if (!geodata) return;
          // User layers get their style layers first, so that their features have somewhere to go.
          for (const [id, layer] of state.userLayers.value) view.setUserLayer(id, layer.features, layer.styleBy);
          view.removeUserLayersExcept([...state.userLayers.value.keys()]);
          for (const id of drawnKeys.keys()) if (!geodata.layers.has(id) && !state.userLayers.value.has(id)) drawnKeys.delete(id);
          const drawn = drawnFeatures(state);
          // Counting claims, the map shows the claimed ground alone: the layers' own fills would muddy the count.
          const counting = state.claimsMode.value;
          for (const id of [...geodata.layers.keys(), ...state.userLayers.value.keys()]) {
            const selection = drawn.get(id);
            view.setLayerVisible(id, selection !== undefined && !counting);
            if (selection && drawnKeys.get(id) !== selection.key) {
              view.setLayerFeatures(id, selection.features);
              drawnKeys.set(id, selection.key);
            }
          }
          view.map.triggerRepaint();
        }),
        effect(() => {
          const places = state.geodata.value?.places ?? [];
          const lang = language.value;
          view.setPlaces(places.map((p) => ({ id: p.id, label: placeLabel(p, lang), lon: p.lon, lat: p.lat, rank: p.key ? 0 : (PLACE_RANK[p.kind] ?? 4) })));
        }),
        effect(() => {
          const geodata = state.geodata.value;
          const day = state.day.value;
          if (!geodata || !state.claimsMode.value) return view.setClaimedGround([], CLAIMED_GROUND_PAINT);
          void import('../data/claimed_ground.ts').then(({ claimedGround }) => {
            // The reader may have moved on while the module came.
            if (state.claimsMode.peek() && state.day.peek() === day) view.setClaimedGround(claimedGround(geodata.index, day), CLAIMED_GROUND_PAINT);
          });
        }),
        effect(() => view.setSelection(state.selection.value?.lngLat ?? null)),
        effect(() => {
          // The catalogue's features must be known to the map before routes can be found among them.
          if (state.geodata.value) view.setActiveRoutes(state.aidRoutes.value);
        }),
        effect(() => {
          const target = state.flyTo.value;
          if (target) {
            state.flyTo.value = null;
            // A tour's card is drawn after the step that opens it: the camera waits a frame to measure it
            // (and a card still on the page after the tour has ended is not measured).
            if (state.tour.peek()) requestAnimationFrame(() => view.setCamera(target.camera, target.animate, coveredBy(container.current!, document.querySelector('.tour'))));
            else view.setCamera(target.camera, target.animate);
          }
        }),
      ];
      // The print shows a copy of the map drawn for it, in the print stylesheet's box.
      const beforePrint = () => printed.current?.replaceChildren(view.drawnAt(PRINT_MAP_ASPECT).canvas);
      const afterPrint = () => printed.current?.replaceChildren();
      addEventListener('beforeprint', beforePrint);
      addEventListener('afterprint', afterPrint);
      cleanup = () => {
        removeEventListener('beforeprint', beforePrint);
        removeEventListener('afterprint', afterPrint);
        for (const stop of stops) stop();
        view.destroy();
      };
    }).catch((error: Error) => {
      // The map's code did not arrive (or failed to start): the panels work without it.
      if (disposed) return;
      state.mapError.value = error.message;
      state.mapStatus.value = 'error';
    });
    return () => {
      disposed = true;
      cleanup();
    };
  }, [state]);

  const status = state.mapStatus.value;
  return (
    <div
      class="map-pane"
      data-map-status={status}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        const file = e.dataTransfer?.files[0];
        if (file) state.importFile.value?.(file);
      }}
    >
      <div class="map-print" ref={printed} aria-hidden="true" />
      {status === 'no-webgl' ? (
        <div class="map-notice" role="status">
          <p><strong>{t('map.noWebglTitle')}</strong> {t('map.noWebglReason')}</p>
          <p>{t('map.noWebglAdvice')}</p>
        </div>
      ) : (
        <div class="map" ref={container} role="region" aria-label={mapDescription(state)} />
      )}
      {status === 'error' && <div class="map-notice map-notice--error" role="alert">{t('map.error', { detail: state.mapError.value ?? '' })}</div>}
      {children}
    </div>
  );
}

/** The map's text alternative: the date and the visible layers. */
function mapDescription(state: AppState): string {
  const titles = (state.geodata.value?.catalog.layers ?? []).filter((l) => state.drawn.value.includes(l.id)).map((l) => localized(l, 'title'));
  const date = longDate(state.day.value);
  return titles.length ? t('map.description', { date, layers: titles.join('; ') }) : t('map.descriptionEmpty', { date });
}

/**
 * How much of the map a card over it covers, as camera padding: a tour's card on the left of a
 * wide map, or across the bottom of a phone's, so that the step is framed in the map left free.
 */
function coveredBy(map: HTMLElement, card: Element | null): { left: number; bottom: number } | undefined {
  if (!card) return undefined;
  const m = map.getBoundingClientRect();
  const c = card.getBoundingClientRect();
  const sheet = c.width > m.width * 0.8;
  return sheet ? { left: 0, bottom: Math.max(0, m.bottom - c.top) } : { left: Math.max(0, c.right - m.left), bottom: 0 };
}
