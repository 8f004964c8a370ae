import { featureCollection, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Power } from './contract.ts';
import { isActiveOn, type Day } from './dates.ts';
import type { FeatureIndex, IndexedFeature } from './feature_index.ts';
import { isClaimed } from './claims_at.ts';

// A module of its own, loaded when the reader first asks for the count: polygon clipping weighs
// more than the rest of the app's first load would gain from it.

/**
 * The ground each party claimed on a day, one (multi)polygon per power: drawn translucent in one
 * colour, n overlapping parties darken a place as n layers of paint would, so the map counts
 * distinct parties, never papers.
 */
export function claimedGround(index: FeatureIndex, day: Day): ClaimedGround[] {
  const active = index.features.filter((f) => isClaimed(f) && isActiveOn(f.interval, day));
  // The claims in force change a few dozen times in ten years: a union is computed once per set.
  const key = active.map((f) => f.properties.id).join(' ');
  const known = unions.get(index);
  if (known?.key === key) return known.ground;
  const byPower = new Map<Power, IndexedFeature[]>();
  for (const f of active) byPower.get(f.properties.power)?.push(f) ?? byPower.set(f.properties.power, [f]);
  const ground = [...byPower].flatMap(([power, features]) => {
    const parts = features.map((f) => ({ type: 'Feature' as const, properties: {}, geometry: f.geometry }));
    const merged = parts.length === 1 ? parts[0]! : union(featureCollection(parts));
    return merged ? [{ type: 'Feature' as const, properties: { power }, geometry: merged.geometry }] : [];
  });
  unions.set(index, { key, ground });
  return ground;
}

type ClaimedGround = Feature<Polygon | MultiPolygon, { power: Power }>;
const unions = new WeakMap<FeatureIndex, { key: string; ground: ClaimedGround[] }>();
