import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { area, bbox, booleanPointInPolygon, difference, intersect, union } from '@turf/turf';
import { isArea, UNCLAIMED_CONTROLS, type AreaFeatureProperties, type Control, type LayerCollection, type Power } from './contract.ts';

type Areal = Polygon | MultiPolygon;

/**
 * Which feature says who holds a point when several cover it: the one closest to the ground.
 * Under Sevres Smyrna is Turkish in sovereignty but Greek in administration: Greek holds it;
 * the Kurdish area is Turkish in sovereignty but autonomous: the autonomy holds it.
 */
const HOLD_RANK: Record<Control, number> = { administration: 8, direct: 7, occupation: 6, autonomy: 5, sovereignty: 4, international: 3, influence: 2, plebiscite: 1, disputed: 0, 'self-determination': -1, recommended: -1, demilitarised: 4 };

/** The Ottoman Empire and the Turkish state that succeeded it: one holder, not a change of hands. */
const same = (x: Power | null, y: Power | null) => x === y || (x !== null && y !== null && [x, y].every((p) => p === 'OTT' || p === 'TUR'));

export interface ComparedPlace {
  id: string;
  name: string;
  from: Power | null;
  to: Power | null;
}

export interface LayerComparison {
  /** Turkey (Ottoman or Turkish sovereignty or autonomy) under each layer, km2. */
  turkeyKm2: [number, number];
  /** Turkish in the second layer and not in the first, and the reverse, km2. */
  gainedKm2: number;
  lostKm2: number;
  /** Per power, the area it holds under each layer, km2 (largest first). */
  powers: { power: Power; km2: [number, number] }[];
  /** Places whose holder differs between the layers (Ottoman to Turkish is no change). */
  places: ComparedPlace[];
  /** The ground that changed hands: one feature per (from, to) pair, `from`/`to` in properties. */
  changed: FeatureCollection<Areal, { from: Power | null; to: Power | null; km2: number }>;
}

/**
 * Compares two claim layers with turf: the area of Turkey under each, what Turkey gained and
 * lost, each power's holding, the places that change hands and the ground that did. "Holding"
 * follows {@link HOLD_RANK}, so each point has at most one holder per layer.
 */
export function compareLayers(a: LayerCollection, b: LayerCollection, places: { id: string; name: string; lon: number; lat: number }[] = []): LayerComparison {
  const turkeyA = unionOf(areal(a).filter(isTurkey));
  const turkeyB = unionOf(areal(b).filter(isTurkey));
  const holdersA = holdings(a);
  const holdersB = holdings(b);
  const powers = [...new Set([...holdersA.keys(), ...holdersB.keys()])]
    .map((power) => ({ power, km2: [km2(holdersA.get(power)), km2(holdersB.get(power))] as [number, number] }))
    .filter((p) => Math.max(...p.km2) >= 1)
    .sort((x, y) => Math.max(...y.km2) - Math.max(...x.km2));

  const changed: LayerComparison['changed']['features'] = [];
  for (const [from, geometryA] of holdersA) {
    for (const [to, geometryB] of holdersB) {
      if (same(from, to) || !boxesMeet(bbox(geometryA), bbox(geometryB))) continue;
      const both = intersection(geometryA, geometryB);
      if (both && km2(both) > 1) changed.push({ type: 'Feature', properties: { from, to, km2: km2(both) }, geometry: both });
    }
  }
  return {
    turkeyKm2: [km2(turkeyA), km2(turkeyB)],
    gainedKm2: km2(minus(turkeyB, turkeyA)),
    lostKm2: km2(minus(turkeyA, turkeyB)),
    powers,
    places: places
      .map((p) => ({ id: p.id, name: p.name, from: holderAt(holdersA, p.lon, p.lat), to: holderAt(holdersB, p.lon, p.lat) }))
      .filter((p) => !same(p.from, p.to)),
    changed: { type: 'FeatureCollection', features: changed.sort((x, y) => y.properties.km2 - x.properties.km2) },
  };
}

/** The layer's ground: claims and control as (Multi)Polygons; events and flows are not areas. */
function areal(collection: LayerCollection): Feature<Areal, AreaFeatureProperties>[] {
  return collection.features.filter((f): f is Feature<Areal, AreaFeatureProperties> => (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon') && isArea(f.properties));
}

function isTurkey(f: { properties: { power: Power; control: Control } }): boolean {
  return (f.properties.power === 'OTT' || f.properties.power === 'TUR') && (f.properties.control === 'sovereignty' || f.properties.control === 'autonomy');
}

/**
 * Each power's ground under a layer: features by rank, each minus what comes before it (what
 * outranks it). Only the features whose bounding boxes meet are subtracted, and each power's
 * pieces are joined once at the end: accumulating one union of everything taken so far made a
 * day of the control layers (dozens of coast-following features) take most of a minute.
 */
function holdings(layer: LayerCollection): Map<Power, Areal> {
  const ranked = areal(layer)
    // Ground a claimant left to its inhabitants (the National Pact's Arab lands) or a commission recommended is shown, not claimed: nobody holds it.
    .filter((f) => !UNCLAIMED_CONTROLS.includes(f.properties.control))
    .sort((x, y) => HOLD_RANK[y.properties.control] - HOLD_RANK[x.properties.control]);
  const boxes = ranked.map((f) => bbox(f.geometry));
  const pieces = new Map<Power, Areal[]>();
  ranked.forEach((f, i) => {
    const before = ranked.slice(0, i).filter((_, j) => boxesMeet(boxes[i]!, boxes[j]!));
    const free = before.length ? difference(collection([f.geometry, ...before.map((g) => g.geometry)]))?.geometry ?? null : f.geometry;
    if (free) pieces.set(f.properties.power, [...(pieces.get(f.properties.power) ?? []), free]);
  });
  return new Map([...pieces].map(([power, geometries]) => [power, unionOf(geometries.map((geometry) => ({ geometry })))!]));
}

function boxesMeet(a: number[], b: number[]): boolean {
  return a[0]! <= b[2]! && b[0]! <= a[2]! && a[1]! <= b[3]! && b[1]! <= a[3]!;
}

function holderAt(holders: Map<Power, Areal>, lon: number, lat: number): Power | null {
  for (const [power, geometry] of holders) if (booleanPointInPolygon([lon, lat], geometry)) return power;
  return null;
}

const collection = (geometries: Areal[]): FeatureCollection<Areal> => ({ type: 'FeatureCollection', features: geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry })) });

function unionOf(features: { geometry: Areal }[]): Areal | null {
  if (features.length === 0) return null;
  if (features.length === 1) return features[0]!.geometry;
  return union(collection(features.map((f) => f.geometry)))?.geometry ?? null;
}

function minus(a: Areal | null, b: Areal | null): Areal | null {
  if (!a) return null;
  if (!b) return a;
  return difference(collection([a, b]))?.geometry ?? null;
}

function intersection(a: Areal, b: Areal): Areal | null {
  return intersect(collection([a, b]))?.geometry ?? null;
}

function km2(geometry: Areal | null | undefined): number {
  return geometry ? area(geometry) / 1e6 : 0;
}
