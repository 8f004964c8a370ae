import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { dayOf, formatDay } from '../../src/data/dates.ts';
import type { LayerCollection } from '../../src/data/contract.ts';
import { createFeatureIndex, type FeatureIndex } from '../../src/data/feature_index.ts';
import { readSnapshot } from '../../src/cli/geodata_files.ts';

export const GEODATA_DIR = fileURLToPath(new URL('../../geodata', import.meta.url));

/**
 * The seed articles are not redistributed with the project: checks against their text read them
 * from SEEDS_DIR, or from shared/seeds beside the repository (where CI has them), and are skipped
 * with that reason where neither holds them.
 */
export const SEEDS_DIR = process.env.SEEDS_DIR ?? fileURLToPath(new URL('../../../shared/seeds', import.meta.url));
/** Each seed article's file, by its id in sources.json. */
export const SEED_FILES: Record<string, string> = { xoshgedem: '000_3cf1fd47c83241f0.txt', 'korkmaz-2018': '002_82059a2bf2d99f61.txt' };

/** Places the tests ask about, as [lon, lat] on Natural Earth 1:10m land. */
export const PLACES = {
  kars: [43.1, 40.6],
  ardahan: [42.7, 41.11],
  artvin: [41.82, 41.18],
  batumi: [41.65, 41.62],
  igdir: [44.04, 39.92],
  istanbul: [28.98, 41.01],
  izmir: [27.14, 38.42],
  edirne: [26.56, 41.68],
  tekirdag: [27.51, 40.98],
  erzurum: [41.28, 39.9],
  mosul: [43.13, 36.34],
  iskenderun: [36.17, 36.59],
  nakhchivan: [45.41, 39.21],
  beirut: [35.5, 33.89],
  adana: [35.32, 37.0],
  damascus: [36.29, 33.51],
  aleppo: [37.16, 36.2],
  baghdad: [44.36, 33.31],
  basra: [47.78, 30.51],
  jerusalem: [35.21, 31.78],
  haifa: [34.99, 32.79],
  antalya: [30.71, 36.89],
  trabzon: [39.72, 41.0],
  van: [43.38, 38.49],
} as const satisfies Record<string, readonly [number, number]>;

export type Place = keyof typeof PLACES;

let index: FeatureIndex | undefined;

/** One index over the real, committed geodata. */
export function realIndex(): FeatureIndex {
  index ??= createFeatureIndex(
    Object.entries(readSnapshot(GEODATA_DIR).layers).map(([file, collection]) => ({ id: file.replace(/\.geojson$/, ''), collection: collection as LayerCollection })),
  );
  return index;
}

/** "POWER control" of each feature of a layer at a place, e.g. ["TUR sovereignty"]. */
export function at(place: Place, layer: string): string[] {
  const [lon, lat] = PLACES[place];
  return realIndex()
    .query(lon, lat, { layer })
    .map((f) => `${f.properties.power} ${f.properties.control}`);
}

/** The layers that say who held the ground, 1914 to 1923. */
export const GROUND = new Set(['borders-1914', 'control-1914-1918', 'control-1918-1923', 'occupations-1918-1923']);

/** Who held a point on a day, as "POWER control" of each control feature of the ground layers there. */
export function holders(lon: number, lat: number, date: string): string[] {
  return realIndex()
    .query(lon, lat, { day: dayOf(date)!, kind: 'control' })
    .filter((f) => GROUND.has(f.layer))
    .map((f) => `${f.properties.power} ${f.properties.control}`);
}

/** A point, the day before a change and the day of it, and who held it on each. */
export type DayCase = [place: string, lon: number, lat: number, before: string, beforeHolder: string, after: string, afterHolder: string];

/** A test for each case: exactly its holder on the day before the change, and exactly the new one on the day. */
export function checkDays(cases: DayCase[]): void {
  for (const [place, lon, lat, before, beforeHolder, after, afterHolder] of cases) {
    it(`${place}: ${beforeHolder} on ${before}, ${afterHolder} on ${after}`, () => {
      expect(holders(lon, lat, before)).toEqual([beforeHolder]);
      expect(holders(lon, lat, after)).toEqual([afterHolder]);
    });
  }
}

/** A 0.5-degree grid of points to sample, and the layer whose features mark its land. */
export interface GridArea {
  west: number;
  east: number;
  south: number;
  north: number;
  land: string;
}

/** The region from the Aegean to the Caspian, its land being where borders-1914 draws anything. Off-round offsets: a grid point exactly on a shared edge would count as inside both sides. */
export const REGION_GRID: GridArea = { west: 26.1371, east: 50, south: 31.1129, north: 42, land: 'borders-1914' };

/**
 * Land points of a grid (by default the region from the Aegean to the Caspian) that do not have
 * exactly one holder in the ground layers on a day, unless marked disputed, as "day lon,lat: ids".
 */
export function holderProblems(day: number, area: GridArea = REGION_GRID): string[] {
  const problems: string[] = [];
  for (let lon = area.west; lon <= area.east; lon += 0.5) {
    for (let lat = area.south; lat <= area.north; lat += 0.5) {
      if (realIndex().query(lon, lat, { layer: area.land }).length === 0) continue; // sea
      const here = realIndex().query(lon, lat, { day, kind: 'control' }).filter((f) => GROUND.has(f.layer));
      if (here.length === 1 || (here.length > 1 && here.some((f) => f.properties.control === 'disputed'))) continue;
      problems.push(`${formatDay(day)} ${lon.toFixed(3)},${lat.toFixed(3)}: ${here.map((f) => f.properties.id).join(', ') || 'nobody'}`);
    }
  }
  return problems;
}
