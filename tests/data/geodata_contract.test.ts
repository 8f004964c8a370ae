import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGeodata } from '../../src/cli/build_geodata.ts';
import { readSnapshot } from '../../src/cli/geodata_files.ts';
import { validateWaypoints } from '../../src/cli/validate_waypoints.ts';
import { validateGeodata, type GeodataSnapshot } from '../../src/data/validate_geodata.ts';
import { validateFeature } from '../../src/data/validate_feature.ts';
import { GEODATA_DIR } from './geodata_helpers.ts';

const snapshot = readSnapshot(GEODATA_DIR);
const copy = (): GeodataSnapshot => structuredClone(snapshot);
type Features = { features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[] };
const layer = (s: GeodataSnapshot, file: string) => s.layers[file] as Features;
const messages = (s: GeodataSnapshot) => validateGeodata(s).map((i) => `${i.file} [${i.featureId ?? ''}] ${i.message}`);

describe('the committed geodata', () => {
  it('passes validation: contract, geometry, ids, sources, catalogue, waypoints', () => {
    expect(messages(snapshot)).toEqual([]);
    expect(validateWaypoints(GEODATA_DIR)).toEqual([]);
  });

  it('is exactly what the recipes build (npm run build-geodata changes no byte)', () => {
    const built = buildGeodata(GEODATA_DIR);
    const onDisk = readdirSync(GEODATA_DIR).filter((n) => n.endsWith('.geojson') || n === 'datapackage.json');
    expect([...built.keys()].sort()).toEqual(onDisk.sort());
    for (const [name, content] of built) expect(content === readFileSync(join(GEODATA_DIR, name), 'utf8'), `${name} differs from a fresh build`).toBe(true);
  });

  it('keeps every coordinate to 5 decimals and one feature per line', () => {
    for (const file of Object.keys(snapshot.layers)) {
      const text = readFileSync(join(GEODATA_DIR, file), 'utf8');
      expect(text.match(/\d\.\d{6,}/), file).toBeNull();
      expect(text.split('\n').length, file).toBe(layer(snapshot, file).features.length + 3);
    }
  });
});

describe('validation holds each kind to its own rules, naming the property', () => {
  type Feature = Features['features'][number];
  // One feature checked alone (validateGeodata adds the feature's file and id, as the cases below show): the whole copy takes seconds a case.
  const sourceIds = new Set((snapshot.sources as { id: string }[]).map((s) => s.id));
  const cases: [string, string, (f: Feature) => void, string][] = [
    ['an event drawn as an area', 'events.geojson', (f) => (f.geometry = { type: 'Polygon', coordinates: [[[42, 40], [43, 40], [43, 41], [42, 41], [42, 40]]] }), 'geometry is a Polygon; a feature of kind "event" must be a Point'],
    ['an event that holds ground', 'events.geojson', (f) => (f.properties.control = 'sovereignty'), 'property "control" is not allowed on a feature of kind "event"'],
    ['an event of no known type', 'events.geojson', (f) => (f.properties.event_type = 'riot'), 'event_type "riot" is not one of'],
    ['an event without its Turkish name', 'events.geojson', (f) => delete f.properties['name:tr'], 'property "name:tr" is missing (a feature of kind "event" needs it)'],
    ['an event dated by a month', 'events.geojson', (f) => ((f.properties.start_date = '1918-10'), delete f.properties.end_date), 'start_date 1918-10 must be a day (YYYY-MM-DD)'],
    ['an event whose power takes no part', 'events.geojson', (f) => (f.properties.participants = ['GRC']), 'participants must include the feature\'s power'],
    ['a flow without its cargo', 'soviet-aid-1920-1922.geojson', (f) => delete f.properties.carries, 'property "carries" is missing (a feature of kind "flow" needs it)'],
    ['a flow carrying something unknown', 'soviet-aid-1920-1922.geojson', (f) => (f.properties.carries = ['tea']), 'carries[0] "tea" is not one of'],
    ['a control point', 'soviet-aid-1920-1922.geojson', (f) => ((f.properties.kind = 'control'), (f.properties.control = 'influence'), delete f.properties.carries), 'geometry is a LineString; a feature of kind "control" must be a Polygon or MultiPolygon'],
    ['a claim with an empty gloss', 'kars-1921.geojson', (f) => (f.properties['name:ru'] = ''), '"name:ru" must be a non-empty string'],
    ['a claim on a line', 'kars-1921.geojson', (f) => (f.geometry = { type: 'LineString', coordinates: [[42, 40], [43, 41]] }), 'geometry is a LineString; a feature of kind "claim" must be a Polygon or MultiPolygon'],
    ['an administrator that is no power', 'occupations-1918-1923.geojson', (f) => (f.properties.administered_by = 'Istanbul'), 'administered_by "Istanbul" is not one of'],
    ['an administrator that is the holder itself', 'occupations-1918-1923.geojson', (f) => (f.properties.administered_by = f.properties.power), 'administered_by "INT" is the feature\'s own power'],
    ['an administrator on a claim on paper', 'kars-1921.geojson', (f) => (f.properties.administered_by = 'OTT'), 'property "administered_by" is not allowed on a feature of kind "claim"'],
    ['a demilitarised zone with no sovereign', 'kars-1921.geojson', (f) => ((f.properties.control = 'demilitarised'), (f.properties.power = 'INT')), 'control "demilitarised" leaves the title with the feature\'s power'],
    ['a local authority claiming on paper', 'kars-1921.geojson', (f) => (f.properties.power = 'LOC'), 'power "LOC" is a local authority, not a state'],
  ];
  for (const [what, file, change, expected] of cases) {
    it(what, () => {
      const feature = structuredClone(layer(snapshot, file).features[0]!);
      expect(validateFeature(feature, sourceIds)).toEqual([]);
      change(feature);
      const found = validateFeature(feature, sourceIds);
      expect(found.some((m) => m.startsWith(expected)), found.join('\n')).toBe(true);
    });
  }
});

describe('validation rejects a broken copy for the right reason', () => {
  const file = 'kars-1921.geojson';
  const mutate = (change: (f: Features['features'][number], s: GeodataSnapshot) => void) => {
    const s = copy();
    change(layer(s, file).features[0]!, s);
    return messages(s);
  };
  const id = String(layer(snapshot, file).features[0]!.properties.id);
  const cases: [string, (f: Features['features'][number], s: GeodataSnapshot) => void, string][] = [
    ['an unknown power', (f) => (f.properties.power = 'USA'), `power "USA" is not one of`],
    ['an unknown control', (f) => (f.properties.control = 'protectorate'), 'control "protectorate" is not one of'],
    ['a missing kind', (f) => delete f.properties.kind, 'property "kind" is missing'],
    ['a stray property', (f) => (f.properties.colour = 'red'), 'property "colour" is not in the contract'],
    ['an unreadable date', (f) => (f.properties.start_date = '13/10/1921'), 'start_date "13/10/1921" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
    ['a day that does not exist', (f) => (f.properties.start_date = '1921-02-30'), 'start_date "1921-02-30" is not a real date: 1921-02 has 28 days'],
    ['a month that does not exist', (f) => (f.properties.end_date = '1921-13'), 'end_date "1921-13" is not a real date: months run from 01 to 12'],
    ['an end before its start', (f) => (f.properties.end_date = '1921-01-01'), 'start_date 1921-10-13 is not before end_date 1921-01-01'],
    ['an unknown source', (f) => (f.properties.sources = [{ id: 'wikipedia-somewhere', locator: 'p. 1' }]), 'sources[0].id "wikipedia-somewhere" is not in sources.json'],
    ['a source without locator', (f) => (f.properties.sources = [{ id: 'treaty-kars-1921' }]), 'sources[0] must be {id, locator}'],
    ['a point outside the region', (f) => (f.geometry = { type: 'Point', coordinates: [2.21, 48.82] }), 'coordinate [2.21, 48.82] lies outside the region'],
    ['a clockwise outer ring', (f) => (f.geometry = { type: 'Polygon', coordinates: [[[42, 40], [42, 41], [43, 41], [43, 40], [42, 40]]] }), 'ring 0 is wound clockwise'],
    ['an unclosed ring', (f) => (f.geometry = { type: 'Polygon', coordinates: [[[42, 40], [43, 40], [43, 41], [42, 41]]] }), 'not valid GeoJSON'],
    ['a bow-tie polygon', (f) => (f.geometry = { type: 'Polygon', coordinates: [[[42, 40], [43, 41], [43, 40], [42, 41], [42, 40]]] }), 'self-intersects'],
    ['a duplicate id', (f, s) => (f.properties.id = layer(s, 'moscow-1921.geojson').features[0]!.properties.id), 'id is also used in'],
  ];
  for (const [what, change, expected] of cases) {
    it(`${what}`, () => {
      const found = mutate(change);
      expect(found.length, found.join('\n')).toBeGreaterThan(0);
      expect(found.some((m) => (m.startsWith(`${file} [`) || what === 'a duplicate id') && m.includes(expected)), found.join('\n')).toBe(true);
      if (!what.includes('duplicate') && !what.includes('missing kind')) expect(found.some((m) => m.includes(`[${id}]`))).toBe(true);
    });
  }
  it('an original date that is not the day of the source or the excerpt it is on', () => {
    const s = copy();
    const sources = s.sources as { id: string; original_date?: unknown }[];
    sources.find((item) => item.id === 'tbmm-zabit-ceridesi-1-1')!.original_date = { calendar: 'rumi', text: '23 Nisan 1336' };
    sources.find((item) => item.id === 'decree-calendar-1918')!.original_date = { calendar: 'julian', text: '6 February 1918' };
    const excerpt = (s.excerpts as { excerpts: { id: string; original_date?: unknown }[] }).excerpts.find((e) => e.id === 'we-dont-want-the-dardanelles')!;
    excerpt.original_date = { calendar: 'julian', text: '7 November 1917' };
    expect(messages(s)).toEqual([
      'sources.json [decree-calendar-1918] original_date "6 February 1918" (julian) is 1918-02-19, not 1918-02-06 (issued)',
      'sources.json [tbmm-zabit-ceridesi-1-1] original_date "23 Nisan 1336" (rumi) is 1920-04-23, not 1920-04-24 (issued)',
      'excerpts.json [we-dont-want-the-dardanelles] original_date "7 November 1917" (julian) is 1917-11-20, not 1917-03 or 1917-11-07 (dates)',
    ]);
  });
  it('a layer file with no catalogue entry, and an entry with no file', () => {
    const s = copy();
    s.layers['extra-1920.geojson'] = { type: 'FeatureCollection', features: [] };
    delete s.layers[file];
    const found = messages(s);
    expect(found).toContain('extra-1920.geojson [] has no entry in datapackage.json');
    expect(found.some((m) => m.includes('resource kars-1921') && m.includes('lists "kars-1921.geojson", which is not in geodata/'))).toBe(true);
  });
  it('a term of the vocabulary without a name in one language, and a translation into an unknown one', () => {
    const s = copy();
    const catalogue = s.datapackage as { vocabulary: Record<string, Record<string, Record<string, string>>>; resources: { name: string; translations?: Record<string, unknown> }[] };
    delete catalogue.vocabulary.power!.OTT!.tr;
    catalogue.resources.find((r) => r.name === 'kars-1921')!.translations = { de: { title: 'Vertrag von Kars' } };
    const found = messages(s);
    expect(found).toContain('datapackage.json [vocabulary] power "OTT" has no name in "tr"');
    expect(found.some((m) => m.includes('resource kars-1921') && m.includes('translations."de" is not one of tr, ru'))).toBe(true);
  });
  it('a treaty marked never in force whose life cycle has it in force, and a mark that is not true', () => {
    const s = copy();
    const resources = (s.datapackage as { resources: { name: string; never_in_force?: unknown }[] }).resources;
    resources.find((r) => r.name === 'kars-1921')!.never_in_force = true;
    resources.find((r) => r.name === 'sevres-1920')!.never_in_force = 'yes';
    const found = messages(s);
    expect(found.some((m) => m.includes('resource kars-1921') && m.includes('never_in_force contradicts a ratified or in_force stage'))).toBe(true);
    expect(found.some((m) => m.includes('resource sevres-1920') && m.includes('never_in_force, where present, must be true'))).toBe(true);
  });
});
