import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importGeojson, MAX_IMPORT_BYTES } from '../../src/data/import_geojson.ts';
import { importProblemText } from '../../src/ui/import_panel.tsx';

const read = (value: unknown) => {
  const text = JSON.stringify(value);
  return importGeojson(text, text.length);
};
/** The problems as the import panel says them, in English. */
const said = (result: ReturnType<typeof importGeojson>) => result.problems.map(importProblemText);
const square = { type: 'Polygon', coordinates: [[[30, 38], [31, 38], [31, 39], [30, 39], [30, 38]]] };

describe('importing a GeoJSON file', () => {
  it('reads a FeatureCollection, a Feature and a bare geometry', () => {
    expect(read({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'A' }, geometry: square }] }).features).toHaveLength(1);
    expect(read({ type: 'Feature', properties: null, geometry: square }).features).toHaveLength(1);
    expect(read(square).features).toHaveLength(1);
  });
  it('holds a feature written to the contract to its kind\'s geometry, and leaves other files alone', () => {
    const result = read({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'Held', kind: 'control' }, geometry: square },
        { type: 'Feature', properties: { name: 'Held dot', kind: 'control' }, geometry: { type: 'Point', coordinates: [32.85, 39.92] } },
        { type: 'Feature', properties: { name: 'Battle', kind: 'event' }, geometry: { type: 'Point', coordinates: [32.14, 39.58] } },
        { type: 'Feature', properties: { name: 'Route', kind: 'flow' }, geometry: square },
        { type: 'Feature', properties: { name: 'Their own kind', kind: 'village' }, geometry: { type: 'Point', coordinates: [30, 38] } },
      ],
    });
    expect(result.features.map((f) => f.properties!.name)).toEqual(['Held', 'Battle', 'Their own kind']);
    expect(said(result)).toEqual(['Feature 2 ("Held dot"): its kind "control" needs a Polygon / MultiPolygon, not a Point.', 'Feature 4 ("Route"): its kind "flow" needs a LineString / MultiLineString, not a Polygon.']);
  });
  it('keeps the valid features of a mixed file and says what is wrong with each other one', () => {
    const result = read({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'Good' }, geometry: square },
        { type: 'Feature', properties: { name: 'Open ring' }, geometry: { type: 'Polygon', coordinates: [[[30, 38], [31, 38], [31, 39]]] } },
        { type: 'Feature', properties: { name: 'Off the globe' }, geometry: { type: 'Point', coordinates: [300, 38] } },
        { type: 'Feature', properties: { name: 'Backwards', start_date: '1922', end_date: '1920' }, geometry: square },
        { type: 'Feature', properties: { name: 'Bad date', start_date: 'spring 1920' }, geometry: square },
        { type: 'Feature', properties: {}, geometry: null },
        { type: 'Feature', properties: { name: 'No such day', start_date: '1921-02-30' }, geometry: square },
        { type: 'Feature', properties: { name: 'No such month', end_date: '1921-13' }, geometry: square },
      ],
    });
    expect(result.features.map((f) => f.properties!.name)).toEqual(['Good']);
    expect(result.refused).toBe(7);
    const problems = said(result);
    expect(problems[0]).toBe('Feature 2 ("Open ring"): a ring of its polygon does not end where it starts.');
    expect(problems).toContain('Feature 3 ("Off the globe"): the position [300, 38] is not a longitude and latitude.');
    expect(problems).toContain('Feature 4 ("Backwards"): start_date 1922 is not before end_date 1920.');
    expect(problems).toContain('Feature 5 ("Bad date"): start_date "spring 1920" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.');
    expect(problems).toContain('Feature 6: it has no geometry.');
    // A date of the right form that names no real day says why, rather than asking for the form it has.
    expect(problems).toContain('Feature 7 ("No such day"): start_date "1921-02-30" is not a real date: 1921-02 has 28 days.');
    expect(problems).toContain('Feature 8 ("No such month"): end_date "1921-13" is not a real date: months run from 01 to 12.');
    expect(new Set(result.problems.map((p) => p.feature?.number))).toEqual(new Set([2, 3, 4, 5, 6, 7, 8]));
  });
  it('says what geojson-validation finds in the reader\'s words, not the library\'s', () => {
    const result = read({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: square },
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: ['a', 38] } },
        { type: 'Feature', properties: {}, geometry: { type: 'Circle', coordinates: [30, 38] } },
      ],
    });
    expect(result.problems.map((p) => p.message)).toEqual([
      { key: 'import.missingMember', params: { member: 'properties' } },
      { key: 'import.positionNotNumbers' },
      { key: 'import.unknownType' },
    ]);
    expect(said(result)[0]).toBe('Feature 1: it lacks the member "properties" that GeoJSON requires.');
  });
  it('refuses malformed JSON, an empty file, non-GeoJSON and a file over 20 MB, in plain words', () => {
    expect(said(importGeojson('{"type": "Feature", ', 20))[0]).toMatch(/^The file is not valid JSON \(.+\)\.$/);
    expect(said(importGeojson('   ', 3))).toEqual(['The file is empty.']);
    expect(said(read({ hello: 'world' }))[0]).toContain('not GeoJSON');
    expect(said(importGeojson('{}', MAX_IMPORT_BYTES + 1 + 5 * 1024 * 1024))).toEqual(['The file is 25 MB; the explorer reads files up to 20 MB.']);
  });
  it('keeps property values as they are, HTML included (the UI shows them as text)', () => {
    const name = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    // Written as text: in an object literal "__proto__" sets the prototype, and JSON.stringify drops it.
    const text = `{"type": "Feature", "properties": {"name": ${JSON.stringify(name)}, "__proto__": {"polluted": 1}}, "geometry": ${JSON.stringify(square)}}`;
    const properties = importGeojson(text, text.length).features[0]!.properties!;
    expect(properties.name).toBe(name);
    expect(Object.keys(properties)).toEqual(['name', '__proto__']);
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    expect(properties.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('re-imports what it exports identically', () => {
    const exported = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'a', name: 'A', sources: [{ id: 's', locator: 'p. 1' }], layer: 'x', start_date: '1919-05-15' }, geometry: square }] };
    expect(read(exported).features).toEqual(exported.features);
  });
  it('never throws, whatever the text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => void importGeojson(text, text.length)), { numRuns: 2000 });
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(() => importGeojson(deep, deep.length)).not.toThrow();
  });
});
