import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { REGION } from '../data/region.ts';
import { DETAIL_ZOOM, MODERN_BORDER_LAYERS, basemapStyle, scaleLayers } from './basemap_style.ts';

maplibregl.setWorkerUrl(workerUrl);

/** Anatolia, the Straits, the Caucasus and the Levant in one screen. */
export const DEFAULT_BOUNDS: [number, number, number, number] = [24.5, 30.5, 50, 44];

export interface MapViewOptions {
  /** The URL the app is served from; data files are resolved against it. */
  baseUrl: string;
  /** Called once the map is first fully drawn, and on every later `idle`. */
  onIdle?: () => void;
  /** Called with a message when the map fails (e.g. the WebGL context is lost for good). */
  onError?: (message: string) => void;
}

/**
 * The one class that owns the MapLibre map. The UI talks to the map only through its methods,
 * so nothing outside `src/map/` imports maplibre-gl.
 */
export class MapView {
  readonly map: maplibregl.Map;
  private readonly baseUrl: string;
  private detailAdded = false;
  /** Set on `load`: from then on sources and layers can be added and changed. */
  private styleReady = false;
  private modernBordersVisible = true;

  constructor(container: HTMLElement, options: MapViewOptions) {
    const [west, south, east, north] = REGION;
    this.baseUrl = options.baseUrl;
    this.map = new maplibregl.Map({
      container,
      style: basemapStyle(options.baseUrl),
      bounds: DEFAULT_BOUNDS,
      maxBounds: [west, south, east, north],
      minZoom: 2.5,
      maxZoom: 11,
      attributionControl: { compact: true },
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.map.once('load', () => {
      this.styleReady = true;
      this.setModernBordersVisible(this.modernBordersVisible);
      this.addDetailWhenNeeded();
    });
    this.map.on('zoom', () => this.addDetailWhenNeeded());
    this.map.on('idle', () => options.onIdle?.());
    this.map.on('error', (event) => options.onError?.(event.error?.message ?? 'The map reported an error.'));
  }

  /** Shows or hides the faint modern borders and country names. */
  setModernBordersVisible(visible: boolean): void {
    this.modernBordersVisible = visible;
    if (!this.styleReady) return;
    for (const id of MODERN_BORDER_LAYERS) {
      if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    }
  }

  destroy(): void {
    this.map.remove();
  }

  private addDetailWhenNeeded(): void {
    if (this.detailAdded || !this.styleReady || this.map.getZoom() < DETAIL_ZOOM - 0.5) return;
    this.detailAdded = true;
    this.map.addSource('ne-10m', { type: 'geojson', data: new URL('basemap/ne-10m.json', this.baseUrl).href });
    for (const layer of scaleLayers('10m', DETAIL_ZOOM, 24)) this.map.addLayer(layer, 'modern-country-labels');
    this.setModernBordersVisible(this.modernBordersVisible);
  }
}
