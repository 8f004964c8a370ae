import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQueryArgs } from '../../src/cli/query_args.ts';
import { dayOf } from '../../src/data/dates.ts';

const LAYERS = Object.freeze(['kars-1921', 'sevres-1920']);
const FILES: Readonly<Record<string, string>> = Object.freeze({
  'points.json': '[{"lon": 43.1, "lat": 40.6}, {"lon": 41.28, "lat": 39.91, "date": "1914"}]',
  'truncated.json': '[{"lon": 43.1, "lat": 40.6},',
  'object.json': '{"points": [{"lon": 43.1, "lat": 40.6}]}',
  'not-object.json': '[{"lon": 43.1, "lat": 40.6}, 7]',
  'stray-key.json': '[{"lon": 43.1, "lat": 40.6, "dat": "1921"}]',
  'no-lon.json': '[{"lat": 40.6}]',
  'text-lat.json': '[{"lon": 43.1, "lat": 40.6}, {"lon": 43.1, "lat": 40.6}, {"lon": 43.1, "lat": 40.6}, {"lon": 43.1, "lat": "40.6"}]',
  'far-lat.json': '[{"lon": 43.1, "lat": 91}]',
  'number-date.json': '[{"lon": 43.1, "lat": 40.6, "date": 1921}]',
  'impossible-date.json': '[{"lon": 43.1, "lat": 40.6, "date": "1921-02-30"}]',
});
const fileError = (code: string) => Object.assign(new Error(`${code}: failed`), { code });
const readFake = (path: string): string => {
  if (path === 'locked.json') throw fileError('EACCES');
  const text = FILES[path];
  if (text === undefined) throw fileError('ENOENT');
  return text;
};
const parse = (argv: string[]) => parseQueryArgs(argv, readFake, LAYERS);
const POINT = ['--lon', '43.1', '--lat', '40.6'];
const OPTIONS = '--lon, --lat, --date, --layer, --kind, --batch, --json and --help';

const BAD: [string, string[], string][] = [
  ['an unknown option', ['--foo', ...POINT], `unknown option --foo; the options are ${OPTIONS}`],
  ['an unknown short option', ['-x', ...POINT], `unknown option -x; the options are ${OPTIONS}`],
  ['a stray argument', [...POINT, 'kars'], 'unexpected argument "kars"; each value follows its option, as in --lon 41.28'],
  ['an option given twice', [...POINT, '--lon', '44'], '--lon is given twice; give it once'],
  ['a value for --json', [...POINT, '--json=yes'], '--json takes no value; write --json alone'],
  ['an option without its value at the end', ['--lat', '40.6', '--lon'], '--lon has no value; it must be a number between -180 and 180'],
  ['an option followed by another', ['--lon', '--lat', '40.6'], '--lon has no value; it must be a number between -180 and 180'],
  ['an empty longitude', ['--lon', '', '--lat', '40.6'], '--lon is empty; it must be a number between -180 and 180'],
  ['an empty latitude', ['--lon', '43.1', '--lat='], '--lat is empty; it must be a number between -90 and 90'],
  ['a longitude that is not a number', ['--lon', '43.1E', '--lat', '40.6'], '--lon must be a number between -180 and 180, not "43.1E"'],
  ['a hexadecimal longitude', ['--lon', '0x2b', '--lat', '40.6'], '--lon must be a number between -180 and 180, not "0x2b"'],
  ['a longitude out of range', ['--lon', '181', '--lat', '40.6'], '--lon must be a number between -180 and 180, not "181"'],
  ['a latitude out of range', ['--lon', '43.1', '--lat', '-90.5'], '--lat must be a number between -90 and 90, not "-90.5"'],
  ['a missing latitude', ['--lon', '43.1'], '--lat is missing; give a point as --lon 41.28 --lat 39.91, or points as --batch points.json'],
  ['a missing longitude', ['--lat', '40.6', '--json'], '--lon is missing; give a point as --lon 41.28 --lat 39.91, or points as --batch points.json'],
  ['no point at all', [], '--lon and --lat are missing; give a point as --lon 41.28 --lat 39.91, or points as --batch points.json'],
  ['a day that does not exist', [...POINT, '--date', '1921-02-30'], '--date "1921-02-30" is not a real date: 1921-02 has 28 days'],
  ['a month that does not exist', [...POINT, '--date', '1921-13'], '--date "1921-13" is not a real date: months run from 01 to 12'],
  ['a date in another form', [...POINT, '--date', '13/10/1921'], '--date "13/10/1921" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
  ['an empty date', [...POINT, '--date', ''], '--date is empty; it must be a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
  ['an unknown layer', [...POINT, '--layer', 'events'], '--layer must be a layer with areas, one of kars-1921, sevres-1920, not "events"'],
  ['an unknown kind', [...POINT, '--kind', 'claims'], '--kind must be claim or control, not "claims"'],
  ['a value with a line break, kept to one line', [...POINT, '--kind', 'a\nb'], '--kind must be claim or control, not "a\\nb"'],
  ['a point and a batch file', ['--batch', 'points.json', '--lat', '40.6'], '--batch reads the points from its file; leave out --lat'],
  ['an empty batch path', ['--batch', ''], '--batch is empty; it must be the path of a JSON file of points'],
  ['a missing batch file', ['--batch', 'missing.json'], 'batch file missing.json does not exist; give the path of a JSON file of points'],
  ['an unreadable batch file', ['--batch', 'locked.json'], 'batch file locked.json cannot be read (EACCES); give the path of a readable JSON file of points'],
  ['a batch file that is not JSON', ['--batch', 'truncated.json'], 'batch file truncated.json is not valid JSON (Unexpected end of JSON input)'],
  ['a batch file that is not an array', ['--batch', 'object.json'], 'batch file object.json is not a JSON array; write the points as [{"lon": 41.28, "lat": 39.91, "date": "1921-11"}, ...]'],
  ['an entry that is not an object', ['--batch', 'not-object.json'], 'not-object.json entry 1: must be an object such as {"lon": 41.28, "lat": 39.91}'],
  ['an entry with a misspelt key', ['--batch', 'stray-key.json'], 'stray-key.json entry 0: unknown key "dat"; an entry has lon, lat and optionally date'],
  ['an entry without lon', ['--batch', 'no-lon.json'], 'no-lon.json entry 0: lon must be a number between -180 and 180'],
  ['an entry with lat as text', ['--batch', 'text-lat.json'], 'text-lat.json entry 3: lat must be a number between -90 and 90'],
  ['an entry with lat out of range', ['--batch', 'far-lat.json'], 'far-lat.json entry 0: lat must be a number between -90 and 90'],
  ['an entry with a date that is a number', ['--batch', 'number-date.json'], 'number-date.json entry 0: date must be a string, a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
  ['an entry with a day that does not exist', ['--batch', 'impossible-date.json'], 'impossible-date.json entry 0: date "1921-02-30" is not a real date: 1921-02 has 28 days'],
];

describe('query arguments: every mistake is one line naming the problem and its fix', () => {
  it.each(BAD)('%s', (_what, argv, message) => {
    expect(parse(argv)).toEqual({ ok: false, message });
  });

  it('reads a point, with a partial date standing for its first day as in the geodata', () => {
    expect(parse([...POINT, '--date', '1921-11', '--kind', 'control', '--layer', 'kars-1921', '--json'])).toEqual({
      ok: true,
      help: false,
      points: [{ lon: 43.1, lat: 40.6, date: '1921-11', day: dayOf('1921-11-01') }],
      layer: 'kars-1921',
      kind: 'control',
      json: true,
    });
    expect(parse(['--lon=-3.5', '--lat', '-0'])).toEqual({ ok: true, help: false, points: [{ lon: -3.5, lat: -0 }], json: false });
    expect(parse(['--lon', '-3.5', '--lat', '+.5'])).toMatchObject({ ok: true, points: [{ lon: -3.5, lat: 0.5 }] });
  });

  it('gives --date to the batch entries that have no date of their own', () => {
    expect(parse(['--batch', 'points.json', '--date', '1921-11-01'])).toEqual({
      ok: true,
      help: false,
      points: [
        { lon: 43.1, lat: 40.6, date: '1921-11-01', day: dayOf('1921-11-01') },
        { lon: 41.28, lat: 39.91, date: '1914', day: dayOf('1914-01-01') },
      ],
      json: false,
    });
  });

  it('answers --help before looking for mistakes', () => {
    expect(parse(['--foo', '-h'])).toEqual({ ok: true, help: true });
    expect(parse(['--help'])).toEqual({ ok: true, help: true });
  });

  it('never throws, whatever the arguments and the batch file', () => {
    const option = fc.constantFrom('--lon', '--lat', '--date', '--layer', '--kind', '--batch', '--json', '--help', '-h', '--', '-', '--__proto__', '--constructor', '--toString');
    const value = fc.oneof(
      fc.string(),
      fc.double().map(String),
      fc.integer({ min: -400, max: 400 }).map(String),
      fc.constantFrom('', '1921', '1921-11', '1921-02-30', '1921-13', 'claim', 'control', 'kars-1921', 'points.json', 'missing.json', 'locked.json'),
    );
    const argv = fc.array(fc.oneof(fc.string().map((s) => [s]), option.map((o) => [o]), fc.tuple(option, value), fc.tuple(option, value).map(([o, v]) => [`${o}=${v}`]))).map((parts) => parts.flat());
    const entry = fc.record({ lon: fc.oneof(fc.double(), fc.jsonValue()), lat: fc.oneof(fc.double(), fc.jsonValue()), date: fc.oneof(fc.string(), fc.jsonValue()) }, { requiredKeys: [] });
    const content = fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v)), fc.array(fc.oneof(entry, fc.jsonValue())).map((a) => JSON.stringify(a)));
    const reader = fc.oneof(
      content.map((text) => () => text),
      fc.anything().map((thrown) => () => {
        throw thrown;
      }),
    );
    fc.assert(
      fc.property(argv, reader, (args, readFile) => {
        const result = parseQueryArgs(args, readFile, LAYERS);
        if (!result.ok) {
          expect(result.message).not.toBe('');
          expect(result.message).not.toContain('\n');
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the query CLI', { timeout: 60_000 }, () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const run = (...args: string[]) => spawnSync('npx', ['tsx', 'src/cli/query.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 50_000 });

  it('exits 2 with one line and no stack trace on an unknown option', () => {
    const { status, stderr, stdout } = run('--lon', '41.28', '--lat', '39.91', '--kidn', 'control');
    expect(status).toBe(2);
    expect(stderr).toBe(`unknown option --kidn; the options are ${OPTIONS}\n`);
    expect(stdout).toBe('');
  });

  it('exits 2 with one line naming the file and the entry on a bad batch file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'query-'));
    try {
      const file = join(dir, 'points.json');
      writeFileSync(file, '[{"lon": 41.28, "lat": 39.91}, {"lon": 41.28, "lat": 139.91}]');
      const { status, stderr } = run('--batch', file);
      expect(status).toBe(2);
      expect(stderr).toBe(`${file} entry 1: lat must be a number between -90 and 90\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers a real query: Erzurum, in November 1921, held by the Ankara government', () => {
    const { status, stdout, stderr } = run('--lon', '41.28', '--lat', '39.91', '--date', '1921-11', '--kind', 'control');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('41.28, 39.91 on 1921-11 (read as 1921-11-01): 1 feature(s)');
    expect(lines[1]).toContain('control-1918-1923-tur--1921-09-13');
    // The slice ends wherever the next occupation starts or ends (geodata/README.md, "Sliced features"): any day.
    expect(lines[2]).toMatch(/^ {4}TUR sovereignty \(control\), 1921-09-13 to \d{4}-\d{2}-\d{2}; sources: /);
  });
});
