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
  'rumi-dates.json': '[{"lon": 43.1, "lat": 40.6, "date": "23.04.1336"}, {"lon": 41.28, "lat": 39.91}]',
  'skipped-date.json': '[{"lon": 43.1, "lat": 40.6, "date": "20 Şubat 1332"}]',
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
const OPTIONS = '--lon, --lat, --date, --calendar, --calendars, --layer, --kind, --claims, --batch, --json and --help';
const DATE = 'a date such as 1921-11-01, 1921-11, 1921, 25 October 1917 O.S. or 23 Nisan 1336';

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
  ['a date in no form', [...POINT, '--date', '13 Oct'], '--date "13 Oct" cannot be read as a date: give a day, a month and a year, such as 23 April 1920, 25 October 1917 O.S., 23 Nisan 1336 or 1 Muharram 1339 AH'],
  ['an empty date', [...POINT, '--date', ''], `--date is empty; it must be ${DATE}`],
  ['a Rumi day that the reform of 1917 skipped', [...POINT, '--date', '20 Şubat 1332'], '--date "20 Şubat 1332" never existed: by the law of 8 Şubat 1332, the day after 15 Şubat 1332 was 1 Mart 1333 (1 March 1917)'],
  ['a date read in a calendar it cannot be in', [...POINT, '--date', '23 Nisan 1336', '--calendar', 'hijri'], '--date "23 Nisan 1336" names a month of another calendar than the one it is read in'],
  ['an unknown calendar', [...POINT, '--calendar', 'coptic'], '--calendar must be gregorian, julian, rumi or hijri, not "coptic"'],
  ['a value for --calendars', [...POINT, '--calendars=rumi'], '--calendars takes no value; write --calendars alone'],
  ['an unknown layer', [...POINT, '--layer', 'events'], '--layer must be a layer with areas, one of kars-1921, sevres-1920, not "events"'],
  ['an unknown kind', [...POINT, '--kind', 'claims'], '--kind must be claim or control, not "claims"'],
  ['a value with a line break, kept to one line', [...POINT, '--kind', 'a\nb'], '--kind must be claim or control, not "a\\nb"'],
  ['claims without a day', [...POINT, '--claims'], '--claims asks about a day; give --date, as in --date 1920-08-10'],
  ['claims of one layer', [...POINT, '--date', '1920-08-10', '--claims', '--layer', 'sevres-1920', '--kind', 'claim'], '--claims counts every claim layer; leave out --layer and --kind'],
  ['claims for a batch entry without a date', ['--batch', 'points.json', '--claims'], '--claims asks about a day: points.json entry 0 has no date; give it one, or give --date'],
  ['a value for --claims', [...POINT, '--claims=yes'], '--claims takes no value; write --claims alone'],
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
  ['an entry with a date that is a number', ['--batch', 'number-date.json'], `number-date.json entry 0: date must be a string, ${DATE}`],
  ['an entry with a day that does not exist', ['--batch', 'impossible-date.json'], 'impossible-date.json entry 0: date "1921-02-30" is not a real date: 1921-02 has 28 days'],
  ['an entry with a Rumi day that never was', ['--batch', 'skipped-date.json'], 'skipped-date.json entry 0: date "20 Şubat 1332" never existed: by the law of 8 Şubat 1332, the day after 15 Şubat 1332 was 1 Mart 1333 (1 March 1917)'],
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
      calendars: false,
      claims: false,
    });
    expect(parse(['--lon=-3.5', '--lat', '-0'])).toEqual({ ok: true, help: false, points: [{ lon: -3.5, lat: -0 }], json: false, calendars: false, claims: false });
    expect(parse([...POINT, '--date', '1920-08-10', '--claims'])).toMatchObject({ ok: true, points: [{ day: dayOf('1920-08-10') }], claims: true });
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
      calendars: false,
      claims: false,
    });
  });

  it('reads --date and the batch\'s dates in any calendar, or in the one --calendar names', () => {
    const day = dayOf('1920-04-23');
    expect(parse([...POINT, '--date', '23 Nisan 1336', '--calendars'])).toMatchObject({ ok: true, points: [{ date: '23 Nisan 1336', day }], calendars: true });
    expect(parse([...POINT, '--date', '25 October 1917 O.S.'])).toMatchObject({ ok: true, points: [{ day: dayOf('1917-11-07') }] });
    expect(parse([...POINT, '--date', '1920-04-10', '--calendar', 'julian'])).toMatchObject({ ok: true, points: [{ day }] });
    expect(parse([...POINT, '--date', '4.8.1338', '--calendar', 'hijri'])).toMatchObject({ ok: true, points: [{ day }] });
    // The batch's own date in Rumi figures, and --date (Julian) for the entry without one.
    expect(parse(['--batch', 'rumi-dates.json', '--calendar', 'rumi', '--date', '23.04.1336'])).toMatchObject({ ok: true, points: [{ day }, { date: '23.04.1336', day }] });
  });

  it('answers --help before looking for mistakes', () => {
    expect(parse(['--foo', '-h'])).toEqual({ ok: true, help: true });
    expect(parse(['--help'])).toEqual({ ok: true, help: true });
  });

  it('never throws, whatever the arguments and the batch file', () => {
    const option = fc.constantFrom('--lon', '--lat', '--date', '--calendar', '--calendars', '--layer', '--kind', '--claims', '--batch', '--json', '--help', '-h', '--', '-', '--__proto__', '--constructor', '--toString');
    const value = fc.oneof(
      fc.string(),
      fc.double().map(String),
      fc.integer({ min: -400, max: 400 }).map(String),
      fc.constantFrom('', '1921', '1921-11', '1921-02-30', '1921-13', '23 Nisan 1336', '30 Şubat 1336', 'julian', 'rumi', 'hijri', 'claim', 'control', 'kars-1921', 'points.json', 'missing.json', 'locked.json'),
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

  it('answers a query dated in the Rumi calendar, and gives the day in every calendar on request', () => {
    const text = run('--lon', '32.85', '--lat', '39.92', '--date', '23 Nisan 1336', '--kind', 'control', '--calendars');
    expect(text.stderr).toBe('');
    expect(text.stdout.split(':')[0]).toBe('32.85, 39.92 on 23 Nisan 1336 (read as 1920-04-23) = 10 April 1920 (Julian, Old Style) = 23 Nisan 1336 (Rumi) = 4 Shaʻban 1338 (Hijri)');
    expect(text.stdout).toContain('control-1918-1923-tur--1920-04-23');
    const json = run('--lon', '32.85', '--lat', '39.92', '--date', '10.04.1920', '--calendar', 'julian', '--calendars', '--json');
    expect(json.status).toBe(0);
    const [answer] = JSON.parse(json.stdout) as { day: string; calendars: Record<string, unknown> }[];
    expect(answer!.day).toBe('1920-04-23');
    expect(answer!.calendars).toEqual({
      julian: { year: 1920, month: 4, day: 10, text: '10 April 1920' },
      rumi: { year: 1336, month: 4, day: 23, text: '23 Nisan 1336' },
      hijri: { year: 1338, month: 8, day: 4, text: '4 Shaʻban 1338' },
    });
  });

  it('says who claimed a place on a day and who held it: Smyrna on the day of Sevres', () => {
    const { status, stdout, stderr } = run('--lon', '27.14', '--lat', '38.42', '--date', '1920-08-10', '--claims');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    // Sevres leaves the Ottoman sovereignty over the Smyrna zone (art. 69) and gives Greece its
    // administration; the National Pact claims it for the Ankara government.
    expect(lines[0]).toBe('27.14, 38.42 on 1920-08-10: claimed by 3 parties');
    expect(lines.filter((l) => /^ {2}[A-Z]{3}$/.test(l)).map((l) => l.trim()).sort()).toEqual(['GRC', 'OTT', 'TUR']);
    expect(stdout).toMatch(/^ {4}sevres-1920 {2}\S+ {2}.*\(administration\); sources: treaty-sevres-1920 /m);
    expect(lines.find((l) => l.startsWith('  held: '))).toMatch(/^ {2}held: GRC occupation \(occupations-1918-1923 /);
    const [answer] = JSON.parse(run('--lon', '27.14', '--lat', '38.42', '--date', '1920-08-10', '--claims', '--json').stdout) as { parties: { power: string; claims: { layer: string }[] }[]; held: { power: string }[] }[];
    expect(answer!.parties.map((p) => p.power).sort()).toEqual(['GRC', 'OTT', 'TUR']);
    expect(answer!.held.map((h) => h.power)).toEqual(['GRC']);
  });
});
