import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCatalog, parseLayer } from '../../src/data/catalog.ts';
import { dayOf, featureInterval, formatDay, isActiveOn, parsePartialDate } from '../../src/data/dates.ts';
import { parseExcerpts } from '../../src/data/excerpts.ts';
import { parseGazetteer } from '../../src/data/gazetteer.ts';
import { validateFeature } from '../../src/data/validate_feature.ts';
import { formatHash, parseHash, FIRST_DAY, LAST_DAY, type View } from '../../src/ui/permalink.ts';
import { LANGUAGES } from '../../src/data/contract.ts';
import { OTHER_CALENDARS } from '../../src/data/calendars.ts';
import { say } from '../../src/ui/i18n.ts';
import { CATALOGS } from '../fixtures/catalogs.ts';

const RUNS = { numRuns: 2000 };
const KNOWN = new Set(['sevres-1920', 'lausanne-1923', 'kars-1921']);
const DEFAULTS: View = Object.freeze({ day: dayOf('1920-08-10')!, layers: ['sevres-1920'], pinned: [], camera: null, selection: null, compare: null, tour: null, language: 'en', calendars: [], claims: false }) as View;
const NASTY = fc.oneof(
  fc.string(),
  fc.constantFrom('tr', 'ru', 'en', 'EN', 'de', '__proto__', 'constructor', 'prototype', '<img src=x onerror=alert(1)>', '%', '%E0%A4%A', '\u0000', '#', '&&&', '=', '1920-02-30', 'julian,rumi', 'hijri,julian,julian', 'gregorian', ',', '9999-99-99', 'NaN', 'Infinity', '-0'),
);
/** Any JSON, deeply nested, with prototype-pollution keys among the others. */
const HOSTILE_JSON = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.jsonValue(), fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'resources', 'excerpts', 'places', 'features', 'type')), tie('value'), { maxKeys: 5 })),
})).value;
/**
 * `{"resources": [...], "__proto__": {"polluted": true}}` nested `depth` deep, parsed from text: in
 * an object literal `__proto__` would set the prototype instead of making a key a loader could copy.
 */
const deep = (depth: number): unknown => JSON.parse(`${'{"resources": ['.repeat(depth)}{}${'], "__proto__": {"polluted": true}}'.repeat(depth)}`);
/** A view as the app can be in: each of its parts valid, each optional part present or not, pinned layers among those shown. */
const VALID_VIEW: fc.Arbitrary<View> = fc.record({
  day: fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
  layers: fc.subarray([...KNOWN]),
  pinned: fc.constant([] as string[]),
  camera: fc.option(fc.record({ zoom: fc.double({ min: 0, max: 22, noNaN: true }), center: fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -85, max: 85, noNaN: true })) })),
  selection: fc.option(fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }))),
  compare: fc.option(fc.record({ a: fc.constantFrom(...KNOWN), b: fc.constantFrom(...KNOWN), mode: fc.constantFrom('swipe' as const, 'split' as const, 'overlay' as const), on: fc.tuple(fc.option(fc.integer({ min: FIRST_DAY, max: LAST_DAY })), fc.option(fc.integer({ min: FIRST_DAY, max: LAST_DAY }))) })),
  tour: fc.option(fc.record({ id: fc.stringMatching(/^[a-z0-9-]{1,80}$/), step: fc.integer({ min: 0, max: 999 }) })),
  language: fc.constantFrom(...LANGUAGES),
  calendars: fc.subarray([...OTHER_CALENDARS]),
  claims: fc.boolean(),
}).chain((view) => fc.subarray(view.layers).map((pinned) => ({ ...view, pinned })));
/** A view as the link keeps it: zoom to 2 decimals, the centre to 3, the selected point to 4. */
const rounded = (view: View): View => ({
  ...view,
  camera: view.camera && { zoom: Number(view.camera.zoom.toFixed(2)), center: [Number(view.camera.center[0].toFixed(3)), Number(view.camera.center[1].toFixed(3))] },
  selection: view.selection && [Number(view.selection[0].toFixed(4)), Number(view.selection[1].toFixed(4))],
});
const PROBLEM_KEYS = Object.keys(CATALOGS.en).filter((key) => key.startsWith('link.'));

describe('fuzzing the boundaries: no input throws past them, bad input is refused plainly', () => {
  it('the permalink parser never throws on any text, and says what it could not read in words the catalog has', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('date', 'layers', 'pin', 'map', 'at', 'compare', 'tour', 'step', 'cal', 'claims', 'lang', 'x', '__proto__'), NASTY)), (pairs) => {
        const hash = `#${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`;
        const { view, problems } = parseHash(hash, KNOWN, DEFAULTS);
        expect(view.day).toBeGreaterThanOrEqual(FIRST_DAY);
        expect(view.day).toBeLessThanOrEqual(LAST_DAY);
        expect(view.layers.every((l) => KNOWN.has(l))).toBe(true);
        expect(problems.filter((p) => !PROBLEM_KEYS.includes(p.key))).toEqual([]);
        // Whatever it made of the text, it writes a link that reads back as the same view, with no problem.
        expect(parseHash(formatHash(view), KNOWN, DEFAULTS)).toEqual({ view: rounded(view), problems: [] });
      }),
      RUNS,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the permalink round-trips every valid view: date, layers, camera, selection, compare, tour, calendars and language', () => {
    const seen = { camera: 0, selection: 0, compare: 0, tour: 0, noLayers: 0, calendars: 0 };
    fc.assert(
      fc.property(VALID_VIEW, (view) => {
        seen.camera += view.camera ? 1 : 0;
        seen.selection += view.selection ? 1 : 0;
        seen.compare += view.compare ? 1 : 0;
        seen.tour += view.tour ? 1 : 0;
        seen.noLayers += view.layers.length === 0 ? 1 : 0;
        seen.calendars += view.calendars.length > 0 ? 1 : 0;
        const hash = formatHash(view);
        const read = parseHash(hash, KNOWN, DEFAULTS);
        expect(read).toEqual({ view: rounded(view), problems: [] });
        // Opened and shared again, the link settles at once: its second writing reads back as the same
        // text. (The first may differ: a coordinate just below 0 is written "-0.0000", then "0.0000".)
        const again = formatHash(read.view);
        expect(formatHash(parseHash(again, KNOWN, DEFAULTS).view)).toBe(again);
      }),
      RUNS,
    );
    // The generator reaches every part (fc.option gives null about one time in six).
    for (const [part, count] of Object.entries(seen)) expect(count, part).toBeGreaterThan(RUNS.numRuns / 20);
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
    // Nested 5000 deep with a real "__proto__" key at every level: each loader answers plainly, and
    // neither what it returns nor any other object gains a property.
    const nested = deep(5000);
    expect(Object.keys(nested as object)).toEqual(['resources', '__proto__']);
    expect(parseCatalog(nested)).toMatchObject({ catalog: { layers: [], tours: [] }, problems: [{ key: 'problem.layerIncomplete', params: { layer: '(unnamed)' } }] });
    expect(() => parseLayer('x', nested)).toThrow('Layer "x"');
    expect(parseExcerpts(nested).excerpts).toEqual([]);
    expect(parseGazetteer(nested)).toEqual([]);
    expect(validateFeature(nested, new Set()).length).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('permalinks, by example', () => {
  const read = (hash: string) => parseHash(hash, KNOWN, DEFAULTS);
  /** What the reader is told about a link, in English. */
  const told = (hash: string) => read(hash).problems.map(say);

  it('writes every part of a view, in the documented form, and reads it back', () => {
    const view: View = {
      day: dayOf('1921-10-13')!,
      layers: ['kars-1921', 'sevres-1920'],
      pinned: ['sevres-1920'],
      camera: { zoom: 5.2, center: [35, 39.1] },
      selection: [27.14, 38.42],
      compare: { a: 'sevres-1920', b: 'lausanne-1923', mode: 'overlay', on: [null, null] },
      tour: { id: 'sevres-to-lausanne', step: 3 },
      language: 'tr',
      calendars: ['julian', 'rumi'],
      claims: true,
    };
    const hash = '#date=1921-10-13&layers=kars-1921,sevres-1920&pin=sevres-1920&map=5.20/39.100/35.000&compare=sevres-1920,lausanne-1923,overlay&tour=sevres-to-lausanne&step=4&at=38.4200/27.1400&cal=julian,rumi&claims=1&lang=tr';
    expect(formatHash(view)).toBe(hash);
    expect(read(hash)).toEqual({ view, problems: [] });
  });

  it('leaves out what the view does not have, and reads a link without it as the defaults', () => {
    expect(formatHash(DEFAULTS)).toBe('#date=1920-08-10&layers=sevres-1920&lang=en');
    expect(read('')).toEqual({ view: DEFAULTS, problems: [] });
    // "layers=" with nothing after it is every layer switched off, not the default layers.
    expect(read('#layers=').view.layers).toEqual([]);
    // A step without a number is the first; a compare without a mode is a swipe.
    expect(read('#tour=sevres-to-lausanne').view.tour).toEqual({ id: 'sevres-to-lausanne', step: 0 });
    expect(read('#compare=sevres-1920,kars-1921').view.compare).toEqual({ a: 'sevres-1920', b: 'kars-1921', mode: 'swipe', on: [null, null] });
    // A side may be a layer on a day: the ground held on two dates, or a treaty against the ground held.
    expect(read('#compare=sevres-1920,sevres-1920@1920-08-10,overlay').view.compare).toEqual({ a: 'sevres-1920', b: 'sevres-1920', mode: 'overlay', on: [null, dayOf('1920-08-10')] });
    expect(read('#compare=sevres-1920@1930-01-01,kars-1921').problems).toEqual([{ key: 'link.badCompare' }]);
    // Calendars in any order, or twice, are shown once each in the order of the date bar; "cal=" is none.
    expect(read('#cal=hijri,julian,hijri').view.calendars).toEqual(['julian', 'hijri']);
    expect(read('#cal=').view.calendars).toEqual([]);
  });

  it('keeps what it can read of a bad link and says, once per part, what it could not', () => {
    expect(told('#date=1999-01-01')).toEqual(['The date "1999-01-01" is not a day between 1914 and 1923.']);
    expect(told('#date=1920-02-30')).toEqual(['The date "1920-02-30" is not a day between 1914 and 1923.']);
    expect(told('#layers=kars-1921,no-such,other')).toEqual(['Unknown layers left out: no-such, other.']);
    expect(told('#layers=no-such')).toEqual(['Unknown layer left out: no-such.']);
    expect(read('#layers=kars-1921,no-such').view.layers).toEqual(['kars-1921']);
    for (const map of ['oops', '5/39', '23/39/35', '5/86/35', '5/39/181', '5/NaN/35']) expect(told(`#map=${map}`), map).toEqual(['The map position in the link could not be read.']);
    for (const at of ['oops', '91/27', '38/181', '38']) expect(told(`#at=${at}`), at).toEqual(['The selected point in the link could not be read.']);
    for (const tour of ['tour=Bad_Id', 'tour=ok&step=0', 'tour=ok&step=1001', 'tour=ok&step=1.5']) expect(told(`#${tour}`), tour).toEqual(['The tour in the link could not be read.']);
    for (const compare of ['sevres-1920', 'sevres-1920,no-such', ',lausanne-1923']) expect(told(`#compare=${compare}`), compare).toEqual(['The layers to compare in the link are not known.']);
    expect(told('#lang=de')).toEqual(['The language "de" in the link is not one the explorer speaks.']);
    for (const cal of ['gregorian', 'julian,coptic', 'Julian']) expect(told(`#cal=${cal}`), cal).toEqual([`The calendars "${cal}" in the link are not ones the explorer shows (julian, rumi, hijri).`]);
    // Every part wrong: the defaults, and one message for each part.
    const { view, problems } = read('#date=x&layers=y&map=z&at=w&tour=!&compare=v&lang=u');
    expect(view).toEqual({ ...DEFAULTS, layers: [] });
    expect(problems.map((p) => p.key)).toEqual(['link.badDate', 'link.unknownLayers', 'link.badCamera', 'link.badSelection', 'link.badTour', 'link.badCompare', 'link.badLanguage']);
  });

  it('quotes no more than a short piece of a hostile link back to the reader', () => {
    const long = 'x'.repeat(500);
    const [date, layers] = read(`#date=${long}&layers=${Array.from({ length: 9 }, (_, i) => `${long}${i}`).join(',')}`).problems.map(say);
    expect(date).toBe(`The date "${'x'.repeat(20)}" is not a day between 1914 and 1923.`);
    // At most five unknown names, each cut to 40 characters; the count is of all of them.
    expect(layers).toBe(`Unknown layers left out: ${Array(5).fill('x'.repeat(40)).join(', ')}.`);
    expect(read(`#layers=${long}`).problems[0]!.params).toMatchObject({ count: 1 });
  });
});
