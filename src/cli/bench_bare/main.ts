/**
 * The benchmark's baseline: MapLibre with the explorer's basemap and nothing else (no geodata,
 * no controls, no panels), so that load_ratio measures what the app adds on top of the map.
 * Importing DEFAULT_BOUNDS from map_view.ts also runs its worker setup (setWorkerUrl) and loads
 * MapLibre's CSS exactly as the app does.
 */
import * as maplibregl from 'maplibre-gl';
import './bare.css';
import { basemapStyle } from '../../map/basemap_style.ts';
import { DEFAULT_BOUNDS } from '../../map/map_view.ts';
import { REGION } from '../../data/region.ts';

const [west, south, east, north] = REGION;
const map = new maplibregl.Map({
  container: 'map',
  style: basemapStyle(document.baseURI),
  bounds: DEFAULT_BOUNDS,
  maxBounds: [west, south, east, north],
  attributionControl: false,
  // As in the app: a preserved drawing buffer changes what every frame costs.
  canvasContextAttributes: { preserveDrawingBuffer: true },
});
window.explorerMap = map;
// The same signal the app gives on its first idle, so one wait serves both pages.
map.once('idle', () => (document.body.dataset.mapStatus = 'ready'));
