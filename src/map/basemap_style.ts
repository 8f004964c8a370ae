import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { LABEL_FONT, glyphsUrl } from './fonts.ts';

/** The zoom at which the 1:10m basemap takes over from the 1:50m one. */
export const DETAIL_ZOOM = 5.5;

export const BASEMAP_COLORS = { sea: '#b9d3e0', land: '#f3eee2', border: '#8d8d8d', label: '#5b5b5b', seaLabel: '#4f7c96' } as const;

/** Ids of the layers that make up the toggleable "modern borders" reference. */
export const MODERN_BORDER_LAYERS = ['modern-borders-50m', 'modern-borders-10m', 'modern-country-labels'] as const;

/**
 * The offline basemap style: Natural Earth land, modern borders and labels from files served
 * beside the app, glyphs shipped with it (src/map/glyphs/), and no tile URL at all.
 *
 * @param baseUrl - the URL the app is served from; data files are resolved against it
 * Labels are in English until MapView.setLanguage says otherwise.
 */
export function basemapStyle(baseUrl: string): StyleSpecification {
  return {
    version: 8,
    name: 'Ottoman partition explorer basemap',
    glyphs: glyphsUrl(baseUrl),
    sources: {
      'ne-50m': { type: 'geojson', data: new URL('basemap/ne-50m.json', baseUrl).href, attribution: 'Natural Earth (public domain)' },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': BASEMAP_COLORS.sea } },
      ...scaleLayers('50m', 0, DETAIL_ZOOM),
      {
        id: 'modern-country-labels',
        type: 'symbol',
        source: 'ne-50m',
        filter: ['==', ['get', 'layer'], 'country-label'],
        layout: { 'text-field': labelField('en'), 'text-font': [LABEL_FONT], 'text-size': 11, 'text-letter-spacing': 0.08 },
        paint: { 'text-color': BASEMAP_COLORS.label, 'text-halo-color': BASEMAP_COLORS.land, 'text-halo-width': 1.2, 'text-opacity': 0.75 },
      },
      {
        id: 'sea-labels',
        type: 'symbol',
        source: 'ne-50m',
        filter: ['==', ['get', 'layer'], 'sea-label'],
        layout: { 'text-field': labelField('en'), 'text-font': [LABEL_FONT], 'text-size': 12, 'text-letter-spacing': 0.1 },
        paint: { 'text-color': BASEMAP_COLORS.seaLabel, 'text-halo-color': BASEMAP_COLORS.sea, 'text-halo-width': 1 },
      },
    ],
  };
}

/** The basemap's label layers, whose text follows the interface's language. */
export const BASEMAP_LABEL_LAYERS = ['modern-country-labels', 'sea-labels'] as const;

/** A label's text in a language, English where the basemap has none in it. */
export function labelField(language: string): ExpressionSpecification {
  return ['coalesce', ['get', `label:${language}`], ['get', 'label:en']];
}

/**
 * Land and modern-border layers for one Natural Earth scale, shown between two zooms. The
 * 1:10m source is added only when the user first zooms in, so it costs nothing at load.
 */
export function scaleLayers(scale: '50m' | '10m', minzoom: number, maxzoom: number): LayerSpecification[] {
  const source = `ne-${scale}`;
  return [
    // Colour, opacity and dashes are spelt per feature (the filters leave one kind each), so that
    // land and borders share their shader programs with the geodata's fills and outlines: each
    // program is compiled, in software here, while the page waits for its first map.
    { id: `land-${scale}`, type: 'fill', source, minzoom, maxzoom, filter: ['==', ['get', 'layer'], 'land'], paint: { 'fill-color': perFeature(BASEMAP_COLORS.land), 'fill-opacity': perFeature(1) } },
    {
      id: `modern-borders-${scale}`,
      type: 'line',
      source,
      minzoom,
      maxzoom,
      filter: ['==', ['get', 'layer'], 'border'],
      paint: { 'line-color': perFeature(BASEMAP_COLORS.border), 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 8, 1.2], 'line-dasharray': perFeature(['literal', [3, 2]]), 'line-opacity': perFeature(0.7) },
    },
  ];
}

/** `value` for every feature of the basemap's kinds, as an expression MapLibre evaluates per feature rather than folding into a constant. */
function perFeature<T>(value: T): ExpressionSpecification {
  return ['match', ['get', 'layer'], ['land', 'border'], value, value] as unknown as ExpressionSpecification;
}
