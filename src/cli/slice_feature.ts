import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import { bbox, difference } from '@turf/turf';
import type { LayerFeatureProperties } from '../data/contract.ts';
import { featureInterval, formatDay, type DayInterval } from '../data/dates.ts';

/** A built feature another one may be sliced by: its geometry and when it is in force. */
export interface Cutter {
  geometry: Geometry;
  interval: DayInterval;
}

/**
 * Splits a feature into the periods in which the set of cutters in force (and touching it) does
 * not change, each period's geometry being the feature minus those cutters (geodata/README.md,
 * "Sliced features"). Periods that come out identical are merged, empty ones dropped.
 */
export function sliceFeature(properties: LayerFeatureProperties, geometry: Geometry, cutters: Cutter[]): { properties: LayerFeatureProperties; geometry: Geometry }[] {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') throw new Error('only polygons can be sliced');
  const own = featureInterval(properties.start_date, properties.end_date);
  const box = bbox(geometry);
  const relevant = cutters.filter((c) => (c.geometry.type === 'Polygon' || c.geometry.type === 'MultiPolygon') && c.interval.start < own.end && own.start < c.interval.end && boxesMeet(box, bbox(c.geometry)));
  const cuts = [...new Set([own.start, own.end, ...relevant.flatMap((c) => [c.interval.start, c.interval.end])])].filter((d) => d >= own.start && d <= own.end).sort((a, b) => a - b);

  const slices: { start: number; end: number; geometry: Polygon | MultiPolygon; key: string }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!];
    const active = relevant.filter((c) => c.interval.start <= start && start < c.interval.end);
    const rest = active.length === 0 ? geometry : difference({ type: 'FeatureCollection', features: [geometry, ...active.map((c) => c.geometry)].map((g) => ({ type: 'Feature', properties: {}, geometry: g as Polygon | MultiPolygon })) })?.geometry;
    if (!rest) continue;
    const key = JSON.stringify(rest.coordinates);
    const last = slices[slices.length - 1];
    if (last && last.end === start && last.key === key) last.end = end;
    else slices.push({ start, end, geometry: rest, key });
  }
  return slices.map((s) => ({
    properties: {
      ...properties,
      id: `${properties.id}--${Number.isFinite(s.start) ? formatDay(s.start) : 'start'}`,
      ...(s.start === own.start ? {} : { start_date: formatDay(s.start) }),
      ...(s.end === own.end ? {} : { end_date: formatDay(s.end) }),
    },
    geometry: s.geometry,
  }));
}

function boxesMeet(a: number[], b: number[]): boolean {
  return a[0]! <= b[2]! && b[0]! <= a[2]! && a[1]! <= b[3]! && b[1]! <= a[3]!;
}
