import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Feature } from 'geojson';
import { UNCLAIMED_CONTROLS } from '../data/contract.ts';
import { LABEL_FONT } from './fonts.ts';

/** Ids of the map layers drawing one geodata layer, in drawing order. */
/** An event's dot and the white ring round it, in pixels: the mark that reaches furthest from its feature's coordinates. */
export const DOT_RADIUS_PX = 6;
export const DOT_RING_PX = 1.5;

export function styleLayerIds(layerId: string): string[] {
  return ['fill', 'hatch', 'outline', 'point', 'label'].map((part) => `${layerId}:${part}`);
}

/** The MapLibre colour expression for a feature's power (or another property holding a power code). */
export function powerColor(colors: Record<string, string>, property = 'power'): ExpressionSpecification {
  return ['match', ['get', property], ...Object.entries(colors).flat(), '#777777'] as unknown as ExpressionSpecification;
}

/** How opaque held ground's fill is: the basemap's borders and names show through it. */
export const HELD_FILL_OPACITY = 0.5;

/**
 * How a geodata layer looks. Control (who held the ground) is a solid tint; a claim (what a text
 * assigned) is an outline and a hatch of white-edged stripes with no tint of its own, so that the
 * ground held beneath shows between the stripes in its own colour and the stripes keep theirs:
 * paper and ground differ at a glance, in grey too (see hatchImage). Ground shown but claimed by
 * nobody (left to its inhabitants' vote, or recommended by a commission) is dotted instead of
 * striped (see dotsImage): on the map, not a claim.
 * The outline (and a route: a flow) shows precision: solid for surveyed, dashed for described,
 * dotted for schematic; an event is a dot with its name in the reader's language. Only the style
 * layers that `features` (all of the layer's) need are made:
 * each costs work in every tile and every frame even when it draws nothing.
 */
export function layerStyles(layerId: string, colors: Record<string, string>, features: Feature[], language = 'en'): LayerSpecification[] {
  const [fill, hatch, outline, point, label] = styleLayerIds(layerId) as [string, string, string, string, string];
  const color = powerColor(colors);
  const isClaim: ExpressionSpecification = ['==', ['get', 'kind'], 'claim'];
  const isUnclaimed: ExpressionSpecification = ['in', ['get', 'control'], ['literal', [...UNCLAIMED_CONTROLS]]];
  const areal: ExpressionSpecification = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
  const types = new Set(features.map((f) => f.geometry.type));
  const has = (...kinds: string[]) => kinds.some((k) => types.has(k as Feature['geometry']['type']));
  const hasClaims = features.some((f) => f.properties?.kind === 'claim' && f.geometry.type.endsWith('Polygon'));
  const styles: (LayerSpecification | false)[] = [
    // No antialiasing: the outline layer draws every edge, and each antialiased fill would cost
    // another shader program to compile at load and another pass in every frame.
    has('Polygon', 'MultiPolygon') && { id: fill, type: 'fill', source: layerId, filter: areal, paint: { 'fill-color': color, 'fill-opacity': shown(['case', isClaim, 0, HELD_FILL_OPACITY]), 'fill-antialias': false } },
    // One style layer for stripes and dots: a pattern chosen per feature costs nothing more per frame.
    hasClaims && { id: hatch, type: 'fill', source: layerId, filter: ['all', areal, isClaim], paint: { 'fill-pattern': ['concat', ['case', isUnclaimed, 'dots-', 'hatch-'], ['get', 'power']], 'fill-opacity': shown(1), 'fill-antialias': false } },
    has('Polygon', 'MultiPolygon', 'LineString', 'MultiLineString') && {
      id: outline,
      type: 'line',
      source: layerId,
      filter: ['!=', ['geometry-type'], 'Point'],
      paint: { 'line-color': color, 'line-opacity': shown(1), 'line-width': ['interpolate', ['linear'], ['zoom'], 3, shown(1), 8, shown(2.5)], 'line-dasharray': ['match', ['get', 'precision'], 'described', ['literal', [4, 2]], 'schematic', ['literal', [1, 2]], ['literal', [1, 0]]] },
    },
    has('Point') && { id: point, type: 'circle', source: layerId, filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-color': color, 'circle-opacity': shown(1), 'circle-stroke-opacity': shown(1), 'circle-radius': DOT_RADIUS_PX, 'circle-stroke-color': '#fff', 'circle-stroke-width': DOT_RING_PX } },
    has('Point') && {
      id: label,
      type: 'symbol',
      source: layerId,
      filter: ['==', ['geometry-type'], 'Point'],
      // A hidden label is still placed: it must take no room from the labels shown.
      layout: { 'text-field': featureLabel(language), 'text-font': [LABEL_FONT], 'text-size': 12, 'text-offset': [0, 1.1], 'text-anchor': 'top', 'text-optional': true, 'text-ignore-placement': true },
      paint: { 'text-color': '#222', 'text-opacity': shown(1), 'text-halo-color': '#fff', 'text-halo-width': 1.2 },
    },
  ];
  return styles.filter((style) => style !== false);
}

/** A feature's label in a language: its `name:tr` or `name:ru` (an event's name, a prose name's gloss), else its English name; the map's counterpart of featureName (src/data/feature_name.ts). */
export function featureLabel(language: string): ExpressionSpecification {
  return ['coalesce', ['get', `name:${language}`], ['get', 'name']];
}

/**
 * An opacity (or a line's width), or none for a feature hidden by feature state (out of force, but
 * kept in its source: see MapView). A line of width 0 has no area, so it costs no pixels to draw;
 * a fill at opacity 0 still does.
 */
function shown(opacity: number | ExpressionSpecification): ExpressionSpecification {
  return ['case', ['boolean', ['feature-state', 'hidden'], false], 0, opacity];
}

/**
 * A 14x14 RGBA tile of diagonal stripes in a colour, for claim hatching: each stripe opaque and
 * edged in white, the rest clear. A translucent stripe took on the colour of the fill beneath (a
 * green claim over red-held ground read as brown); an opaque one keeps its own, and the white
 * edge parts it from any fill, whatever their colours' lightness, so the hatch shows in grey.
 */
export function hatchImage(hex: string): { width: number; height: number; data: Uint8Array } {
  const size = 14;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const across = (x + y) % size;
      const pixel = across >= 1 && across <= 3 ? [r, g, b, 255] : across === 0 || across === 4 ? [255, 255, 255, 255] : [0, 0, 0, 0];
      data.set(pixel, (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

/**
 * A 14x14 RGBA tile of sparse dots in a colour, for ground shown but claimed by nobody: four dots
 * of 3x3 opaque pixels, each ringed in white, the rest clear. Dots, not stripes, so that such
 * ground never reads as a claim, in colour or in grey, and the ground held beneath shows through.
 */
export function dotsImage(hex: string): { width: number; height: number; data: Uint8Array } {
  const size = 14;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Chebyshev distance to the nearest dot centre, the centres 7 pixels apart.
      const d = Math.max(Math.abs((x % 7) - 3), Math.abs((y % 7) - 3));
      const pixel = d <= 1 ? [r, g, b, 255] : d === 2 ? [255, 255, 255, 255] : [0, 0, 0, 0];
      data.set(pixel, (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

/** Places of the story: a dot and "Smyrna / Izmir", cities before towns when labels collide. */
export function placeLayers(): LayerSpecification[] {
  return [
    // Cities darker than towns. A colour per feature, and opacities that heed feature state (no
    // place is ever hidden), let the dots share their shader program with the events' (a
    // program per combination costs a compile at load).
    { id: 'places:dot', type: 'circle', source: 'places', paint: { 'circle-radius': 2.5, 'circle-color': ['match', ['get', 'rank'], [0, 1], '#222', '#555'], 'circle-opacity': shown(1), 'circle-stroke-opacity': shown(1), 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 } },
    placeLabels('places:label', ['>', ['get', 'rank'], 0]),
    // The places the story turns on, in a layer of their own above the others, drawn even where
    // they crowd (on a phone's opening view, Angora lost its label to nothing the map drew): a sort
    // key orders labels only within a tile. They still keep the other labels off their ground.
    placeLabels('places:key-label', ['==', ['get', 'rank'], 0], true),
  ];
}

/** Place names under or beside their dots; `always`: drawn even over other labels. */
function placeLabels(id: string, filter: FilterSpecification, always = false): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: 'places',
    filter,
    layout: {
      'text-field': ['get', 'label'],
      'text-font': [LABEL_FONT],
      'text-size': ['interpolate', ['linear'], ['zoom'], 4, 10, 8, 13],
      // Below the dot if there is room, else above or beside it: a crowded coast keeps more names.
      'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
      'text-radial-offset': 0.6,
      'symbol-sort-key': ['get', 'rank'],
      'text-allow-overlap': always,
    },
    paint: { 'text-color': '#222', 'text-halo-color': '#fffdf8', 'text-halo-width': 1.4 },
  };
}

/**
 * The ground each party claimed (one feature per party): one translucent colour, so that where n
 * parties' claims overlap the paint lies n times and the place darkens with the count.
 */
export function claimedGroundLayers(paint: { color: string; opacity: number }): LayerSpecification[] {
  return [
    { id: 'claimed:fill', type: 'fill', source: 'claimed', paint: { 'fill-color': paint.color, 'fill-opacity': paint.opacity } },
    { id: 'claimed:outline', type: 'line', source: 'claimed', paint: { 'line-color': paint.color, 'line-width': 0.8, 'line-opacity': 0.6 } },
  ];
}

/** The selected point: a ring that stays visible over any fill. */
export function selectionLayer(): LayerSpecification {
  return { id: 'selection', type: 'circle', source: 'selection', paint: { 'circle-radius': 8, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#111', 'circle-stroke-width': 2.5 } };
}

/** Ground that changed hands: hatched in the new holder's colour, outlined in the old one's. */
export function changedLayers(colors: Record<string, string>): LayerSpecification[] {
  return [
    { id: 'changed:hatch', type: 'fill', source: 'changed', paint: { 'fill-pattern': ['concat', 'hatch-', ['get', 'to']], 'fill-antialias': false } },
    { id: 'changed:outline', type: 'line', source: 'changed', paint: { 'line-color': powerColor(colors, 'from'), 'line-width': 2.5, 'line-dasharray': [2, 1] } },
  ];
}

/** Colours for a user's layer, told apart by hue and lightness. */
const USER_PALETTE = ['#6a3d9a', '#ff7f00', '#1f78b4', '#33a02c', '#e31a1c', '#b15928', '#a6cee3', '#fb9a99', '#b2df8a', '#fdbf6f', '#cab2d6', '#444444'];

/** A user's layer: fill, outline, points and lines, coloured by one property's commonest values. */
export function userLayerStyles(layerId: string, styleBy: string | null, features: Feature[]): LayerSpecification[] {
  const [fill, , outline, point, label] = styleLayerIds(layerId) as [string, string, string, string, string];
  let color: ExpressionSpecification | string = USER_PALETTE[0]!;
  if (styleBy) {
    const counts = new Map<string, number>();
    for (const f of features) {
      const value = f.properties?.[styleBy];
      if (value !== undefined && value !== null) counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
    }
    const values = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, USER_PALETTE.length - 1).map(([v]) => v);
    if (values.length) color = ['match', ['to-string', ['get', styleBy]], ...values.flatMap((v, i) => [v, USER_PALETTE[i]!]), '#999999'] as unknown as ExpressionSpecification;
  }
  const areal: ExpressionSpecification = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
  return [
    { id: fill, type: 'fill', source: layerId, filter: areal, paint: { 'fill-color': color, 'fill-opacity': 0.35, 'fill-antialias': false } },
    { id: outline, type: 'line', source: layerId, filter: ['!=', ['geometry-type'], 'Point'], paint: { 'line-color': color, 'line-width': 2 } },
    { id: point, type: 'circle', source: layerId, filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-color': color, 'circle-radius': 5, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 } },
    {
      id: label,
      type: 'symbol',
      source: layerId,
      filter: ['==', ['geometry-type'], 'Point'],
      layout: { 'text-field': ['to-string', ['coalesce', ['get', 'name'], '']], 'text-font': [LABEL_FONT], 'text-size': 11, 'text-offset': [0, 1], 'text-anchor': 'top', 'text-optional': true },
      paint: { 'text-color': '#222', 'text-halo-color': '#fff', 'text-halo-width': 1.2 },
    },
  ];
}

/** The supply routes in use on the day, under a wide amber band that leaves each route's own line and dashes to be read through it. */
export function activeRoutesLayer(): LayerSpecification {
  return { id: 'aid-routes:active', type: 'line', source: 'aid-routes', layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': '#f2a900', 'line-opacity': 0.55, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 5, 8, 12] } };
}
