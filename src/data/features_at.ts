import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';

/** The areal features (of any properties, e.g. a user's layer) that contain a point. */
export function featuresAt(features: readonly Feature[], lon: number, lat: number): Feature[] {
  return features.filter((f) => (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon') && booleanPointInPolygon([lon, lat], f.geometry as Polygon | MultiPolygon));
}
