import type { Map as MapLibreMap } from 'maplibre-gl';

/** How long a new map waits for all its data before it draws what it has (the browser test of the first frame allows for it). */
export const HOLD_FIRST_DRAW_MS = 3000;

/**
 * How a new map's first frame was let through: the map had loaded (as it should), the hold's
 * timeout fired first, or this MapLibre has no `painter.render` to hold (its internals changed:
 * the map then draws as MapLibre alone would).
 */
export type FirstFrameRelease = 'loaded' | 'timeout' | 'unsupported';

/** The WebGL calls that put pixels in the drawing buffer. */
const DRAWING_CALLS = ['drawElements', 'drawArrays', 'clear'] as const;

/**
 * Holds back a new map's drawing until its style and every source have loaded, or `timeoutMs`
 * has passed, so that its first frame shows the whole map. Left alone, MapLibre draws a frame
 * each time a tile arrives: the basemap's coasts, then its labels, then the overlays layer by
 * layer. Where WebGL runs in software (a laptop without a GPU driver, the tests here) each of
 * those frames costs 50-100 ms of the cores the load itself needs.
 *
 * The frames held back still run MapLibre's drawing code, with the calls that draw switched
 * off: the shaders each layer needs are compiled, and each tile's buffers uploaded, as the tiles
 * arrive, instead of all in the first frame, where every compile waited for the work queued
 * before it (a first frame of 80-130 ms, and 15 ms with this). That is sound only while no layer
 * keeps what it drew for later frames: a hillshade draws each tile's relief once, so a style
 * with one is simply held back.
 *
 * Only the first load is held back; after it the map draws whenever MapLibre asks. `onRelease`
 * hears once how the first frame was let through. Returns a function that stops holding.
 *
 * This replaces a private method (`painter.render`), written for MapLibre 6.17: package.json pins
 * that minor version, and the browser test of the first frame fails if a load is not released
 * by 'loaded'.
 */
export function drawWhenLoaded(map: MapLibreMap, timeoutMs: number, onRelease: (how: FirstFrameRelease) => void = () => {}): () => void {
  const painter = map.painter;
  if (typeof painter?.render !== 'function' || !painter.context?.gl) {
    onRelease('unsupported');
    return () => {};
  }
  const render = painter.render.bind(painter);
  let held = true;
  const stop = (how?: FirstFrameRelease) => {
    clearTimeout(timer);
    painter.render = render;
    if (held && how) onRelease(how);
    held = false;
  };
  // A source that never loads must not leave the map blank.
  const timer = setTimeout(() => (stop('timeout'), map.triggerRepaint()), timeoutMs);
  painter.render = (...args) => {
    // MapLibre has cleared its dirty flags by now: loaded() tells whether this frame would be the whole map.
    if (map.loaded()) {
      stop('loaded');
      render(...args);
    } else if (!map.getLayersOrder().some((id) => map.getLayer(id)?.type === 'hillshade')) {
      renderWithoutDrawing(painter.context.gl, () => render(...args));
    }
  };
  return stop;
}

function renderWithoutDrawing(gl: WebGLRenderingContext | WebGL2RenderingContext, render: () => void): void {
  const own = gl as unknown as Record<(typeof DRAWING_CALLS)[number], unknown>;
  for (const call of DRAWING_CALLS) own[call] = () => {};
  try {
    render();
  } finally {
    // Deleting the own properties brings back the context's methods.
    for (const call of DRAWING_CALLS) delete own[call];
  }
}
