import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGazetteer, searchPlaces } from '../../src/data/gazetteer.ts';
import { inRegion } from '../../src/data/region.ts';
import { GEODATA_DIR } from './geodata_helpers.ts';

const read = (name: string) => JSON.parse(readFileSync(join(GEODATA_DIR, name), 'utf8'));
const raw = read('gazetteer.json') as { places: unknown[] };
const places = parseGazetteer(raw);
const sourceIds = new Set((read('sources.json') as { id: string }[]).map((s) => s.id));

describe('geodata/gazetteer.json', () => {
  it('has at least 60 sound places with unique ids, English, Turkish and Russian names and a sourced position', () => {
    expect(places.length).toBe(raw.places.length);
    expect(places.length).toBeGreaterThanOrEqual(60);
    expect(new Set(places.map((p) => p.id)).size).toBe(places.length);
    for (const p of places) {
      for (const key of ['name:en', 'name:tr', 'name:ru']) expect(p.names[key], `${p.id} ${key}`).toBeTruthy();
      expect(sourceIds.has(p.source.id), `${p.id}: ${p.source.id}`).toBe(true);
      expect([p.lon, p.lat].every((v) => Math.round(v * 1e5) / 1e5 === v), p.id).toBe(true);
    }
  });
  it('places everything inside the map region except Moscow, which the story reaches from outside it', () => {
    expect(places.filter((p) => !inRegion(p.lon, p.lat)).map((p) => p.id)).toEqual(['moscow']);
  });
  it('knows every place the excerpts speak of', () => {
    const ids = new Set(places.map((p) => p.id));
    const missing = (read('excerpts.json') as { excerpts: { places: string[] }[] }).excerpts.flatMap((e) => e.places).filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
  });
  it('finds the places of the story by their names of 1920', () => {
    for (const [query, id] of [['Smyrna', 'izmir'], ['Adrianople', 'edirne'], ['Angora', 'ankara'], ['Batum', 'batumi'], ['Alexandropol', 'gyumri'], ['Trebizond', 'trabzon']] as const) {
      expect(searchPlaces(places, query)[0]?.id, query).toBe(id);
    }
  });
});
