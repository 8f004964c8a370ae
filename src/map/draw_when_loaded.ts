import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Holds back a new map's drawing until its style and every source have loaded, or `timeoutMs`
 * has passed, so that its first frame shows the whole map. Left alone, MapLibre draws a frame
 * each time a tile arrives: the basemap's coasts, then its labels, then the overlays layer by
 * layer. Where WebGL runs in software (a laptop without a GPU driver, the tests here) each of
 * those frames costs 50-100 ms of the cores the load itself needs. Only the first load is held
 * back; after it the map draws whenever MapLibre asks. Returns a function that stops holding.
 */
export function drawWhenLoaded(map: MapLibreMap, timeoutMs: number): () => void {
  const painter = map.painter;
  const render = painter.render.bind(painter);
  const stop = () => {
    clearTimeout(timer);
    painter.render = render;
  };
  // A source that never loads must not leave the map blank.
  const timer = setTimeout(() => (stop(), map.triggerRepaint()), timeoutMs);
  painter.render = (...args) => {
    // MapLibre has cleared its dirty flags by now: loaded() tells whether this frame would be the whole map.
    if (!map.loaded()) return;
    stop();
    render(...args);
  };
  return stop;
}
