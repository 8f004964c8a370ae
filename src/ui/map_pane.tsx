import { useEffect, useRef } from 'preact/hooks';
import { effect } from '@preact/signals';
import type { AppState } from './app_state.ts';
import { webglAvailable } from '../map/webgl_available.ts';

/** Debug and test handle: the live MapLibre map, as many map apps expose it. */
declare global {
  interface Window {
    explorerMap?: unknown;
  }
}

/**
 * The map, loaded as its own chunk so that the panels render before MapLibre arrives, and
 * replaced by a plain notice where the browser has no WebGL.
 */
export function MapPane({ state }: { state: AppState }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!webglAvailable()) {
      state.mapStatus.value = 'no-webgl';
      return;
    }
    let disposed = false;
    let cleanup = () => {};
    import('../map/map_view.ts').then(({ MapView }) => {
      if (disposed || !container.current) return;
      const view = new MapView(container.current, {
        baseUrl: document.baseURI,
        onIdle: () => (state.mapStatus.value = 'ready'),
        onError: (message) => {
          state.mapError.value = message;
          state.mapStatus.value = 'error';
        },
      });
      window.explorerMap = view.map;
      const stopBorders = effect(() => view.setModernBordersVisible(state.modernBorders.value));
      cleanup = () => {
        stopBorders();
        view.destroy();
      };
    });
    return () => {
      disposed = true;
      cleanup();
    };
  }, [state]);

  const status = state.mapStatus.value;
  return (
    <div class="map-pane" data-map-status={status}>
      {status === 'no-webgl' ? (
        <div class="map-notice" role="status">
          <p><strong>This browser cannot draw the map:</strong> WebGL is turned off or not available.</p>
          <p>The layer list and the excerpts still work. To see the map, use a current browser with hardware acceleration (or WebGL) enabled.</p>
        </div>
      ) : (
        <div class="map" ref={container} role="region" aria-label="Map of the region, 1914-1923" />
      )}
      {status === 'error' && <div class="map-notice map-notice--error" role="alert">{state.mapError.value}</div>}
    </div>
  );
}
