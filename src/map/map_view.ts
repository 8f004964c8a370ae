import * as maplibregl from 'maplibre-gl';
import type { DataDrivenPropertyValueSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Box } from '../data/meets_box.ts';
import { REGION } from '../data/region.ts';
import { BASEMAP_LABEL_LAYERS, DETAIL_ZOOM, MODERN_BORDER_LAYERS, basemapStyle, labelField, scaleLayers } from './basemap_style.ts';
import { drawWhenLoaded, HOLD_FIRST_DRAW_MS, type FirstFrameRelease } from './draw_when_loaded.ts';
import { DOT_RADIUS_PX, DOT_RING_PX, activeRoutesLayer, changedLayers, claimedGroundLayers, dotsImage, featureLabel, hatchImage, layerStyles, placeLayers, selectionLayer, styleLayerIds, userLayerStyles } from './layer_styles.ts';

maplibregl.setWorkerUrl(workerUrl);

/** Anatolia, the Straits, the Caucasus and the Levant in one screen. */
export const DEFAULT_BOUNDS: [number, number, number, number] = [24.5, 30.5, 50, 44];

/** Where the map looks: zoom and centre [lon, lat]. */
export interface Camera {
  zoom: number;
  center: [number, number];
}

/** What a click hit: the geodata layer and the feature's properties, topmost first. */
export interface MapHit {
  layer: string;
  properties: Record<string, unknown>;
}

export interface MapViewOptions {
  /** The URL the app is served from; data files are resolved against it. */
  baseUrl: string;
  /** MapLibre's own texts in the reader's language (see setLanguage), given at the start so that the controls are made once. */
  uiStrings?: Record<string, string>;
  camera?: Camera;
  onIdle?: () => void;
  onError?: (message: string) => void;
  onMoveEnd?: (camera: Camera) => void;
  /** Called on every camera change, for keeping another map in step. */
  onMove?: (camera: Camera) => void;
  onClick?: (hits: MapHit[], lngLat: [number, number]) => void;
  /** How the first frame was let through (the benchmark counts the loads released by the hold's timeout). */
  onFirstFrame?: (how: FirstFrameRelease) => void;
}

/** Web Mercator's circumference at the equator, as MapLibre uses it. */
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/** How near a place's dot (in screen pixels) a click that hits no area must fall to ask about the place. */
const PLACE_CLICK_PX = 12;

/** How long after the map first settles every layer gets its source with all its features. */
const FILL_SOURCES_DELAY_MS = 1000;

/**
 * The most features a layer's source holds all of, those out of force hidden. Every feature in a
 * source is drawn in every frame, hidden or not, and held in the tab's memory: a layer with more
 * keeps only the features in force, sent to the worker at each date change, which costs a round
 * trip but neither a frame that grows with the layer nor the tab's memory. The 100-fold copy of
 * the geodata (`npm run bench`) crashed the tab with every feature held, even with no layer drawn
 * (the layers' opacity 0); its repaint took 177 ms with the limit at 5,000 and 23-39 ms at 1,000,
 * the step 435 and 316-331 ms (scratch timings, 16 changes each). Today's largest layer has 158.
 */
const FILL_LIMIT = 1000;

/** The first label layer of the basemap: geodata layers are drawn below it. */
const BELOW = 'modern-country-labels';

/**
 * The one class that owns the MapLibre map. The UI talks to the map only through these
 * methods, so nothing outside `src/map/` imports maplibre-gl. Calls made before the style has
 * been read are queued and run in order once it has.
 */
export class MapView {
  readonly map: maplibregl.Map;
  private readonly baseUrl: string;
  /** Told what the reader asked about, by a click or by Enter at the crosshair. */
  private readonly onPick: MapViewOptions['onClick'];
  /** The catalogue's layers in drawing order (bottom first), with all their features, and the colours of its powers. */
  private catalogue: { layers: Map<string, Feature[]>; powerColors: Record<string, string> } = { layers: new Map(), powerColors: {} };
  /** The layers with a source on the map (catalogue and user layers), for clicks. */
  private readonly geodataLayers: string[] = [];
  /** The ids of the features each catalogue layer's source holds now, and of those the ones hidden by feature state. */
  private readonly sourcedIds = new Map<string, Set<string>>();
  private readonly hiddenIds = new Map<string, Set<string>>();
  /** Layers the UI has hidden, kept for catalogue layers whose source is made later. */
  private readonly hiddenLayers = new Set<string>();
  private detailAdded = false;
  /** Timers that fill sources (one per addGeodataLayers call: the compare maps make several), cleared with the map. */
  private readonly fillTimers: ReturnType<typeof setTimeout>[] = [];
  private readonly stopHoldingFirstDraw: () => void;
  private readonly stopKeepingEven: () => void;
  private ready = false;
  private queue: (() => void)[] = [];
  private modernBordersVisible = true;
  /** The style each user layer was last drawn with, by layer id. */
  private readonly userStyles = new Map<string, string>();
  /** How much larger than designed the labels are drawn (large type for a projector). */
  private textScale = 1;
  /** The language the labels speak, for the events' names on layers added later. */
  private language = 'en';
  /** Each symbol layer's designed text size, kept so that scaling never compounds. */
  private readonly designedTextSizes = new Map<string, unknown>();
  /** MapLibre's own controls, kept so that they can be added again in another language. */
  private readonly controls: [maplibregl.IControl, maplibregl.ControlPosition][] = [
    [new maplibregl.NavigationControl({ showCompass: false }), 'top-right'],
    [new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left'],
    [new maplibregl.AttributionControl({ compact: true }), 'bottom-right'],
  ];

  constructor(container: HTMLElement, options: MapViewOptions) {
    const [west, south, east, north] = REGION;
    this.baseUrl = options.baseUrl;
    this.onPick = options.onClick;
    this.map = new maplibregl.Map({
      container,
      style: basemapStyle(options.baseUrl),
      ...(options.camera ? { zoom: options.camera.zoom, center: options.camera.center } : { bounds: DEFAULT_BOUNDS }),
      maxBounds: [west, south, east, north],
      minZoom: 2.5,
      maxZoom: 11,
      attributionControl: false,
      ...(options.uiStrings ? { locale: options.uiStrings } : {}),
      canvasContextAttributes: { preserveDrawingBuffer: true },
      // Labels appear with the date they belong to: a 300 ms fade at every date change kept the
      // map drawing frame after frame (a date change to idle took twice as long at the 90th percentile).
      fadeDuration: 0,
      // North stays up, as on the period's maps and the handout's north arrow: no rotating or tilting.
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxPitch: 0,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.stopHoldingFirstDraw = drawWhenLoaded(this.map, HOLD_FIRST_DRAW_MS, options.onFirstFrame);
    this.stopKeepingEven = keepEvenSize(container);
    for (const [control, position] of this.controls) this.map.addControl(control, position);
    // The style is given inline, so it is ready long before the basemap's data: geodata added
    // then is tiled alongside the basemap instead of after its first full render.
    this.map.once('style.load', () => {
      this.ready = true;
      this.setModernBordersVisible(this.modernBordersVisible);
      this.addDetailWhenNeeded();
      for (const run of this.queue.splice(0)) run();
    });
    this.map.on('zoom', () => this.addDetailWhenNeeded());
    this.map.on('idle', () => options.onIdle?.());
    this.map.on('error', (event) => options.onError?.(event.error?.message ?? ''));
    this.map.on('moveend', () => options.onMoveEnd?.(this.getCamera()));
    this.map.on('move', () => options.onMove?.(this.getCamera()));
    this.map.on('click', (event) => this.pick(event.point, [event.lngLat.lng, event.lngLat.lat]));
    // The keyboard's click: Enter on the focused map asks about the crosshair at its centre (app.css draws it).
    this.map.getCanvas().addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      const canvas = this.map.getCanvas();
      const centre = new maplibregl.Point(canvas.clientWidth / 2, canvas.clientHeight / 2);
      const lngLat = this.map.unproject(centre);
      this.pick(centre, [lngLat.lng, lngLat.lat]);
    });
    this.map.on('mousemove', (event) => {
      const layers = this.geodataLayers.map((id) => `${id}:fill`).filter((id) => this.map.getLayer(id));
      this.map.getCanvas().style.cursor = layers.length && this.shownFeaturesAt(event.point, layers).length ? 'pointer' : '';
    });
  }

  /** What the reader asked about at a point of the canvas: the features shown there, or the place by it. */
  private pick(point: maplibregl.Point, lngLat: [number, number]): void {
    const layers = this.geodataLayers.flatMap((id) => styleLayerIds(id)).filter((id) => this.map.getLayer(id));
    const hits = this.shownFeaturesAt(point, layers).map((f) => ({ layer: f.layer.id.split(':')[0]!, properties: f.properties }));
    const unique = hits.filter((h, i) => hits.findIndex((o) => o.properties.id === h.properties.id) === i);
    // A click on no area (the sea, a route line) that falls by a place (Batum on its coast, at a small scale) asks about the place.
    const onArea = this.shownFeaturesAt(point, this.geodataLayers.map((id) => `${id}:fill`).filter((id) => this.map.getLayer(id))).length > 0;
    const place = onArea ? null : this.placeNear(point, PLACE_CLICK_PX);
    this.onPick?.(unique, place ?? lngLat);
  }

  /** Draws every label `scale` times its designed size (1 = as designed), now and on layers added later. */
  setTextScale(scale: number): void {
    this.textScale = scale;
    this.whenReady(() => this.applyTextScale());
  }

  private applyTextScale(): void {
    if (this.textScale === 1 && this.designedTextSizes.size === 0) return;
    for (const layer of this.map.getStyle().layers) {
      if (layer.type !== 'symbol') continue;
      if (!this.designedTextSizes.has(layer.id)) this.designedTextSizes.set(layer.id, this.map.getLayoutProperty(layer.id, 'text-size') ?? 16);
      this.map.setLayoutProperty(layer.id, 'text-size', scaledTextSize(this.designedTextSizes.get(layer.id), this.textScale));
    }
  }

  /** The basemap's labels, and MapLibre's own texts (zoom buttons, attribution, the scale's units), in another language. */
  setLanguage(language: string, uiStrings: Record<string, string>): void {
    this.whenReady(() => {
      for (const layer of BASEMAP_LABEL_LAYERS) this.map.setLayoutProperty(layer, 'text-field', labelField(language));
      for (const id of this.geodataLayers) if (this.map.getLayer(`${id}:label`)) this.map.setLayoutProperty(`${id}:label`, 'text-field', featureLabel(language));
    });
    this.language = language;
    const changed = Object.entries(uiStrings).some(([key, text]) => this.map._locale[key] !== text);
    Object.assign(this.map._locale, uiStrings);
    // Controls read their texts when they are added, so they are added again; the scale reads its
    // units on every update. Not at the start in English: adding a control measures the page's layout.
    if (changed) {
      for (const [control, position] of this.controls) {
        this.map.removeControl(control);
        this.map.addControl(control, position);
      }
    }
    this.map.getCanvas().setAttribute('aria-label', this.map._getUIString('Map.Title'));
  }

  /**
   * Makes the catalogue's layers drawable, given in drawing order (bottom first) with all their
   * features, which decide the style layers each needs. A layer given features (setLayerFeatures)
   * gets its source made with them. A moment after the map has first settled, every layer gets
   * its source with all its features, those out of force hidden by feature state: the first
   * look at the map does not wait for features it does not show, nor for a dozen sources (their
   * tiles in the worker, a clipping mask each in every frame), and a date change seldom has to
   * make a source (a source and its style layers made during a change cost several frames).
   * Claims are hatched, and ground claimed by nobody dotted, with patterns per power drawn here so
   * that nothing is fetched.
   */
  addGeodataLayers(layers: { id: string; features: Feature[] }[], powerColors: Record<string, string>): void {
    this.whenReady(() => {
      for (const [power, color] of Object.entries(powerColors)) {
        if (!this.map.hasImage(`hatch-${power}`)) this.map.addImage(`hatch-${power}`, hatchImage(color));
        if (!this.map.hasImage(`dots-${power}`)) this.map.addImage(`dots-${power}`, dotsImage(color));
      }
      for (const { id, features } of layers) this.catalogue.layers.set(id, features);
      this.catalogue.powerColors = powerColors;
      this.map.once('idle', () => {
        this.fillTimers.push(setTimeout(() => {
          for (const { id } of layers) {
            if (!this.map.getSource(id)) this.addCatalogueLayer(id, []);
            if (this.holdsAll(id)) this.fillSource(id);
          }
        }, FILL_SOURCES_DELAY_MS));
      });
    });
  }

  /**
   * Labels the places of the story (name then / now) above everything else, larger places first.
   */
  setPlaces(places: { id: string; label: string; lon: number; lat: number; rank: number }[]): void {
    this.whenReady(() => {
      const data: FeatureCollection = { type: 'FeatureCollection', features: places.map((p) => ({ type: 'Feature', properties: { id: p.id, label: p.label, rank: p.rank, lon: p.lon, lat: p.lat }, geometry: { type: 'Point', coordinates: [p.lon, p.lat] } })) };
      const source = this.map.getSource('places') as maplibregl.GeoJSONSource | undefined;
      if (source) return void source.setData(data);
      if (places.length === 0) return;
      this.map.addSource('places', { type: 'geojson', data });
      for (const layer of placeLayers()) this.map.addLayer(layer);
      this.applyTextScale();
    });
  }

  /** Colours the ground that changed hands between two layers by its new holder (compare overlay). */
  setChanged(changed: FeatureCollection, powerColors: Record<string, string>): void {
    this.whenReady(() => {
      for (const [power, color] of Object.entries(powerColors)) if (!this.map.hasImage(`hatch-${power}`)) this.map.addImage(`hatch-${power}`, hatchImage(color));
      const source = this.map.getSource('changed') as maplibregl.GeoJSONSource | undefined;
      if (source) return void source.setData(changed);
      this.map.addSource('changed', { type: 'geojson', data: changed });
      for (const layer of changedLayers(powerColors)) this.map.addLayer(layer, BELOW);
    });
  }

  /** Draws the ground each party claimed, one feature per party, in one translucent paint (or nothing). */
  setClaimedGround(features: Feature[], paint: { color: string; opacity: number }): void {
    this.whenReady(() => {
      const data: FeatureCollection = { type: 'FeatureCollection', features };
      const source = this.map.getSource('claimed') as maplibregl.GeoJSONSource | undefined;
      if (source) return void source.setData(data);
      if (features.length === 0) return;
      this.map.addSource('claimed', { type: 'geojson', data, tolerance: 1, buffer: 64 });
      for (const layer of claimedGroundLayers(paint)) this.map.addLayer(layer, BELOW);
    });
  }

  /**
   * Marks supply routes (line features of the catalogue, by id) with a band under the labels, or
   * clears the marks; the routes' own layer is drawn as ever, whatever the date and whether shown.
   */
  setActiveRoutes(ids: readonly string[]): void {
    this.whenReady(() => {
      const wanted = new Set(ids);
      const features = [...this.catalogue.layers.values()].flat().filter((f) => wanted.has(f.properties?.id as string) && f.geometry.type === 'LineString');
      const data: FeatureCollection = { type: 'FeatureCollection', features };
      const source = this.map.getSource('aid-routes') as maplibregl.GeoJSONSource | undefined;
      if (source) return void source.setData(data);
      if (features.length === 0) return;
      this.map.addSource('aid-routes', { type: 'geojson', data });
      this.map.addLayer(activeRoutesLayer() as maplibregl.LayerSpecification, BELOW);
    });
  }

  /** Marks the selected point (or clears the mark). */
  setSelection(lngLat: [number, number] | null): void {
    this.whenReady(() => {
      const data: FeatureCollection = { type: 'FeatureCollection', features: lngLat ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: lngLat } }] : [] };
      const source = this.map.getSource('selection') as maplibregl.GeoJSONSource | undefined;
      if (source) return void source.setData(data);
      if (!lngLat) return;
      this.map.addSource('selection', { type: 'geojson', data });
      this.map.addLayer(selectionLayer());
    });
  }

  /**
   * Adds (or restyles) a layer the user imported: one colour, or a colour per value of one
   * property (the twelve commonest values; the rest grey). Its features come through
   * setLayerFeatures, like any layer's.
   */
  setUserLayer(layerId: string, features: Feature[], styleBy: string | null): void {
    this.whenReady(() => {
      const key = `${styleBy}`;
      if (this.userStyles.get(layerId) === key) return;
      this.userStyles.set(layerId, key);
      for (const id of styleLayerIds(layerId)) if (this.map.getLayer(id)) this.map.removeLayer(id);
      if (!this.map.getSource(layerId)) this.map.addSource(layerId, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      for (const layer of userLayerStyles(layerId, styleBy, features)) this.map.addLayer(layer, BELOW);
      this.applyTextScale();
      if (!this.geodataLayers.includes(layerId)) this.geodataLayers.push(layerId);
    });
  }

  /** Takes away the user layers that were removed. */
  removeUserLayersExcept(keep: string[]): void {
    this.whenReady(() => {
      for (const id of [...this.userStyles.keys()].filter((id) => !keep.includes(id))) {
        for (const layer of styleLayerIds(id)) if (this.map.getLayer(layer)) this.map.removeLayer(layer);
        if (this.map.getSource(id)) this.map.removeSource(id);
        this.userStyles.delete(id);
        this.geodataLayers.splice(this.geodataLayers.indexOf(id), 1);
      }
    });
  }

  /**
   * Replaces the features a layer draws (the features in force on the current date). A
   * catalogue layer's source is made with its first features; after that, its features having
   * unique ids, the ones that went stay in the source, hidden by feature state, and only the ones
   * never sent before are sent. Once the source holds all of them (see fillSource), a date change
   * redraws one frame, instead of waiting for the worker to cut features into every tile they
   * touch and for the tiles to come back.
   */
  setLayerFeatures(layerId: string, features: Feature[]): void {
    this.whenReady(() => {
      const source = this.map.getSource(layerId) as maplibregl.GeoJSONSource | undefined;
      if (!source && this.catalogue.layers.has(layerId)) return void (features.length && this.addCatalogueLayer(layerId, features));
      const sourced = this.sourcedIds.get(layerId);
      const hidden = this.hiddenIds.get(layerId);
      if (!sourced || !hidden) return void source?.setData({ type: 'FeatureCollection', features });
      const wanted = new Set(features.map((f) => f.properties!.id as string));
      const add = features.filter((f) => !sourced.has(f.properties!.id as string));
      for (const id of sourced) if (wanted.has(id) === hidden.has(id)) this.setHidden(layerId, id, !wanted.has(id));
      for (const f of add) sourced.add(f.properties!.id as string);
      if (add.length) source?.updateData({ add });
    });
  }

  /**
   * Puts all of a layer's features into its source, in the file's order (where features meet,
   * the same outline is on top whatever dates were shown before), those not in force hidden.
   */
  private fillSource(layerId: string): void {
    const sourced = this.sourcedIds.get(layerId)!;
    const features = this.catalogue.layers.get(layerId)!;
    for (const id of features.map((f) => f.properties!.id as string)) {
      if (sourced.has(id)) continue;
      sourced.add(id);
      this.setHidden(layerId, id, true);
    }
    (this.map.getSource(layerId) as maplibregl.GeoJSONSource).setData({ type: 'FeatureCollection', features });
  }

  /** Whether a catalogue layer's source holds all its features, those out of force hidden (see FILL_LIMIT). */
  private holdsAll(layerId: string): boolean {
    return this.catalogue.layers.get(layerId)!.length <= FILL_LIMIT;
  }

  private setHidden(layerId: string, id: string, hide: boolean): void {
    const hidden = this.hiddenIds.get(layerId)!;
    if (hide) hidden.add(id);
    else hidden.delete(id);
    this.map.setFeatureState({ source: layerId, id }, { hidden: hide });
  }

  setLayerVisible(layerId: string, visible: boolean): void {
    this.whenReady(() => {
      if (visible) this.hiddenLayers.delete(layerId);
      else this.hiddenLayers.add(layerId);
      for (const id of styleLayerIds(layerId)) this.showLayer(id, visible);
    });
  }

  /** Shows or hides the faint modern borders and country names. */
  setModernBordersVisible(visible: boolean): void {
    this.modernBordersVisible = visible;
    this.whenReady(() => {
      for (const id of MODERN_BORDER_LAYERS) this.showLayer(id, visible);
    });
  }

  /**
   * Shows or hides a style layer if it exists and is not so already: any change of visibility
   * makes the map cut its source's tiles again, the basemap's included.
   */
  private showLayer(id: string, visible: boolean): void {
    const visibility = visible ? 'visible' : 'none';
    if (this.map.getLayer(id) && (this.map.getLayoutProperty(id, 'visibility') ?? 'visible') !== visibility) this.map.setLayoutProperty(id, 'visibility', visibility);
  }

  getCamera(): Camera {
    const { lng, lat } = this.map.getCenter();
    return { zoom: this.map.getZoom(), center: [lng, lat] };
  }

  /** Moves the camera; `animate` flies there, as for an excerpt or a tour step. */
  /**
   * Moves to a camera. `covered`: pixels of the map hidden under a card on its left or bottom;
   * the camera's centre goes to the middle of the map left free, zoomed out so that the free part
   * shows what the whole map would have shown.
   */
  setCamera(camera: Camera, animate = false, covered: { left: number; bottom: number } = { left: 0, bottom: 0 }): void {
    const { clientWidth: width, clientHeight: height } = this.map.getContainer();
    const free = Math.min((width - covered.left) / width, (height - covered.bottom) / height);
    const target = { ...camera, zoom: camera.zoom + (free > 0.2 && free < 1 ? Math.log2(free) : 0), padding: { left: covered.left, bottom: covered.bottom, top: 0, right: 0 } };
    if (animate) this.map.flyTo({ ...target, essential: true, duration: 1200 });
    else this.map.jumpTo(target);
  }

  /**
   * The view drawn now at `aspect` (width / height) within the view on screen (whose tiles are
   * loaded), `width` device pixels wide (twice the screen's resolution if not given), copied into
   * a plain canvas, and the map put back as it was; with the ground distance of one pixel of the
   * copy at its centre, for a scale bar. Synchronous because a print shows a WebGL canvas's last
   * presented frame, and no frame is presented between `beforeprint` and the printing.
   */
  drawnAt(aspect: number, width?: number): { canvas: HTMLCanvasElement; metersPerPixel: number } {
    const container = this.map.getContainer();
    const ratio = this.map.getPixelRatio();
    const { clientWidth, clientHeight } = container;
    const [keptWidth, keptHeight] = [container.style.width, container.style.height];
    const [fittedWidth, fittedHeight] = (clientWidth / clientHeight > aspect ? [clientHeight * aspect, clientHeight] : [clientWidth, clientWidth / aspect]).map(Math.floor) as [number, number];
    const drawRatio = width ? width / fittedWidth : ratio * 2;
    container.style.width = `${fittedWidth}px`;
    container.style.height = `${fittedHeight}px`;
    this.map.setPixelRatio(drawRatio);
    this.map.resize();
    this.map.redraw();
    const canvas = copyOf(this.map.getCanvas());
    const { lat } = this.map.getCenter();
    const metersPerCssPixel = (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** this.map.getZoom());
    [container.style.width, container.style.height] = [keptWidth, keptHeight];
    this.map.setPixelRatio(ratio);
    this.map.resize();
    this.map.triggerRepaint();
    return { canvas, metersPerPixel: metersPerCssPixel / drawRatio };
  }

  /**
   * The box of longitude and latitude within which a feature draws on the map: the view (north is
   * always up) grown by the furthest any mark reaches beyond its coordinates, an event's dot.
   */
  drawnBox(): Box {
    const reach = DOT_RADIUS_PX + DOT_RING_PX;
    const canvas = this.map.getCanvas();
    const southWest = this.map.unproject([-reach, canvas.clientHeight + reach]);
    const northEast = this.map.unproject([canvas.clientWidth + reach, -reach]);
    return [southWest.lng, southWest.lat, northEast.lng, northEast.lat];
  }

  /** Waits until the map has drawn everything it was asked to. */
  settled(): Promise<void> {
    return new Promise((resolve) => {
      if (this.ready && this.map.loaded() && !this.map.isMoving()) resolve();
      else this.map.once('idle', () => resolve());
    });
  }

  destroy(): void {
    for (const timer of this.fillTimers) clearTimeout(timer);
    this.stopHoldingFirstDraw();
    this.stopKeepingEven();
    this.map.remove();
  }

  /**
   * A catalogue layer's source, made with the features it draws now, and its style layers, under
   * the next catalogue layer already on the map (or under the user's layers and the labels).
   */
  private addCatalogueLayer(layerId: string, features: Feature[]): void {
    const order = [...this.catalogue.layers.keys()];
    const above = new Set([...order.slice(order.indexOf(layerId) + 1), ...this.userStyles.keys()]);
    const before = this.map.getLayersOrder().find((id) => above.has(id.split(':')[0]!)) ?? BELOW;
    // Simplified to a whole pixel (not 0.375) at each zoom, with a narrower tile buffer: the
    // 1:10m coasts otherwise give the worker thousands of sub-pixel vertices to triangulate per
    // tile at every date change, for a drawing no eye can tell apart.
    this.map.addSource(layerId, { type: 'geojson', data: { type: 'FeatureCollection', features }, promoteId: 'id', tolerance: 1, buffer: 64 });
    const visibility = this.hiddenLayers.has(layerId) ? 'none' : 'visible';
    for (const layer of layerStyles(layerId, this.catalogue.powerColors, this.catalogue.layers.get(layerId)!, this.language)) this.map.addLayer({ ...layer, layout: { ...layer.layout, visibility } } as maplibregl.LayerSpecification, before);
    this.geodataLayers.push(layerId);
    if (this.holdsAll(layerId)) {
      this.sourcedIds.set(layerId, new Set(features.map((f) => f.properties!.id as string)));
      this.hiddenIds.set(layerId, new Set());
    }
    this.applyTextScale();
  }

  /** The coordinates of the place drawn nearest a point of the screen, within `radius` pixels, or null. */
  private placeNear(point: maplibregl.Point, radius: number): [number, number] | null {
    if (!this.map.getLayer('places:dot')) return null;
    const near = this.map.queryRenderedFeatures([[point.x - radius, point.y - radius], [point.x + radius, point.y + radius]], { layers: ['places:dot'] });
    const distance = (f: maplibregl.MapGeoJSONFeature) => this.map.project((f.geometry as Point).coordinates as [number, number]).dist(point);
    const nearest = near.filter((f) => distance(f) <= radius).sort((a, b) => distance(a) - distance(b))[0];
    // The place's own coordinates: a tile's are rounded to its grid.
    return nearest ? [Number(nearest.properties.lon), Number(nearest.properties.lat)] : null;
  }

  /** The features drawn at a point: those hidden by feature state are still in their tiles. */
  private shownFeaturesAt(point: maplibregl.PointLike, layers: string[]): maplibregl.MapGeoJSONFeature[] {
    return this.map.queryRenderedFeatures(point, { layers }).filter((f) => !f.state.hidden);
  }

  private whenReady(run: () => void): void {
    if (this.ready) run();
    else this.queue.push(run);
  }

  private addDetailWhenNeeded(): void {
    if (this.detailAdded || !this.ready || this.map.getZoom() < DETAIL_ZOOM - 0.5) return;
    this.detailAdded = true;
    this.map.addSource('ne-10m', { type: 'geojson', data: new URL('basemap/ne-10m.json', this.baseUrl).href });
    // Under the lowest overlay below the labels: every layer the explorer adds has a colon in its id.
    const order = this.map.getLayersOrder();
    const lowest = order.slice(0, order.indexOf(BELOW)).find((id) => id.includes(':')) ?? BELOW;
    for (const layer of scaleLayers('10m', DETAIL_ZOOM, 24)) this.map.addLayer(layer, lowest);
    this.setModernBordersVisible(this.modernBordersVisible);
  }
}

/**
 * Keeps the map's box an even number of pixels wide and high, a pixel short of its layout's where
 * that is odd: at an odd size the map's centre falls between two pixels, every pattern is drawn
 * half a pixel off and each claim's stripe blurs over two pixels (its pure colour fell from 14% to
 * 7% of a hatched block, measured at 602 and 601 pixels high). Measured again whenever the box
 * the map sits in changes size.
 */
function keepEvenSize(container: HTMLElement): () => void {
  const parent = container.parentElement;
  if (!parent) return () => {};
  const fit = () => {
    container.style.width = container.style.height = '';
    const { clientWidth: width, clientHeight: height } = container;
    if (width % 2) container.style.width = `${width - 1}px`;
    if (height % 2) container.style.height = `${height - 1}px`;
  };
  const observer = new ResizeObserver(fit);
  observer.observe(parent);
  return () => observer.disconnect();
}

/** A plain canvas with what a WebGL canvas shows now (read before the next frame clears it). */
function copyOf(source: HTMLCanvasElement): HTMLCanvasElement {
  const copy = document.createElement('canvas');
  copy.width = source.width;
  copy.height = source.height;
  copy.getContext('2d')!.drawImage(source, 0, 0);
  return copy;
}

/**
 * A map in the container, or null where the browser cannot give MapLibre a WebGL 2 context.
 * MapLibre's own attempt is the test: a separate probe would create a second context, which
 * costs about half a second in a software renderer.
 */
export function openMapView(container: HTMLElement, options: MapViewOptions): MapView | null {
  try {
    return new MapView(container, options);
  } catch (error) {
    if (error instanceof maplibregl.GPUInitializationError) return null;
    throw error;
  }
}

/**
 * A text size times `scale`: a number, or a zoom interpolation whose stops are scaled (a zoom
 * expression must stay at the top, so it cannot simply be multiplied).
 */
function scaledTextSize(size: unknown, scale: number): DataDrivenPropertyValueSpecification<number> {
  if (typeof size === 'number') return size * scale;
  if (Array.isArray(size) && size[0] === 'interpolate') return [...size.slice(0, 3), ...size.slice(3).map((v, i) => (i % 2 === 1 && typeof v === 'number' ? v * scale : v))] as DataDrivenPropertyValueSpecification<number>;
  return size as DataDrivenPropertyValueSpecification<number>;
}
