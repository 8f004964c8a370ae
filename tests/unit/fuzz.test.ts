import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCatalog, parseLayer } from '../../src/data/catalog.ts';
import { dayOf, featureInterval, formatDay, isActiveOn, parsePartialDate } from '../../src/data/dates.ts';
import { parseExcerpts } from '../../src/data/excerpts.ts';
import { parseGazetteer } from '../../src/data/gazetteer.ts';
import { validateFeature } from '../../src/data/validate_feature.ts';
import { formatHash, parseHash, FIRST_DAY, LAST_DAY, type View } from '../../src/ui/permalink.ts';

const RUNS = { numRuns: 2000 };
const KNOWN = new Set(['sevres-1920', 'lausanne-1923', 'kars-1921']);
const DEFAULTS: View = Object.freeze({ day: dayOf('1920-08-10')!, layers: ['sevres-1920'], camera: null, selection: null, compare: null, tour: null, language: 'en' }) as View;
const NASTY = fc.oneof(
  fc.string(),
  fc.constantFrom('tr', 'ru', 'en', 'EN', 'de', '__proto__', 'constructor', 'prototype', '<img src=x onerror=alert(1)>', '%', '%E0%A4%A', '\u0000', '#', '&&&', '=', '1920-02-30', '9999-99-99', 'NaN', 'Infinity', '-0'),
);
/** Any JSON, deeply nested, with prototype-pollution keys among the others. */
const HOSTILE_JSON = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.jsonValue(), fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'resources', 'excerpts', 'places', 'features', 'type')), tie('value'), { maxKeys: 5 })),
})).value;
const deep = (depth: number): unknown => (depth === 0 ? {} : { resources: [deep(depth - 1)], __proto__: { polluted: true } });

describe('fuzzing the boundaries: no input throws past them, bad input is refused plainly', () => {
  it('the permalink parser never throws, always returns a usable view, and round-trips what it writes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('date', 'layers', 'map', 'at', 'compare', 'tour', 'step', 'lang', 'x', '__proto__'), NASTY)), (pairs) => {
        const hash = `#${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`;
        const { view, problems } = parseHash(hash, KNOWN, DEFAULTS);
        expect(view.day).toBeGreaterThanOrEqual(FIRST_DAY);
        expect(view.day).toBeLessThanOrEqual(LAST_DAY);
        expect(view.layers.every((l) => KNOWN.has(l))).toBe(true);
        expect(Array.isArray(problems)).toBe(true);
        expect(parseHash(formatHash(view), KNOWN, DEFAULTS).view).toEqual({ ...view, camera: view.camera && { zoom: Number(view.camera.zoom.toFixed(2)), center: [Number(view.camera.center[0].toFixed(3)), Number(view.camera.center[1].toFixed(3))] }, selection: view.selection && [Number(view.selection[0].toFixed(4)), Number(view.selection[1].toFixed(4))] });
      }),
      RUNS,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('partial dates: any string is read or refused, never thrown on; real days round-trip', () => {
    fc.assert(fc.property(NASTY, (text) => void parsePartialDate(text)), RUNS);
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const text = date.toISOString().slice(0, 10);
        expect(formatDay(dayOf(text)!)).toBe(text);
        expect(parsePartialDate(text.slice(0, 7))!.start).toBeLessThanOrEqual(dayOf(text)!);
        expect(parsePartialDate(text.slice(0, 4))!.end).toBeGreaterThan(dayOf(text)!);
      }),
      RUNS,
    );
  });

  it('intervals: a feature is there on its start day and gone on its end day, for any dates', () => {
    const day = fc.integer({ min: -50_000, max: 50_000 });
    fc.assert(
      fc.property(day, day, day, (a, b, probe) => {
        const [start, end] = [Math.min(a, b), Math.max(a, b)];
        const interval = featureInterval(formatDay(start), formatDay(end));
        expect(isActiveOn(interval, probe)).toBe(probe >= start && probe < end);
      }),
      RUNS,
    );
  });

  it('the catalogue, layer, excerpt and gazetteer loaders refuse bad JSON with a message, never a crash', () => {
    fc.assert(
      fc.property(HOSTILE_JSON, (json) => {
        try {
          const { catalog, problems } = parseCatalog(json);
          expect(Array.isArray(catalog.layers) && Array.isArray(problems)).toBe(true);
        } catch (error) {
          expect((error as Error).message).toMatch(/datapackage\.json/);
        }
        try {
          parseLayer('x', json);
        } catch (error) {
          expect((error as Error).message).toContain('Layer "x"');
        }
        expect(Array.isArray(parseExcerpts(json).excerpts)).toBe(true);
        expect(Array.isArray(parseGazetteer(json))).toBe(true);
        expect(Array.isArray(validateFeature(json, new Set()))).toBe(true);
      }),
      RUNS,
    );
    expect(() => parseCatalog(deep(5000))).not.toThrow(RangeError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
