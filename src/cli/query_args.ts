import { parseArgs } from 'node:util';
import { AREA_KINDS, type AreaKind } from '../data/contract.ts';
import type { Day } from '../data/dates.ts';
import type { Calendar } from '../data/calendars.ts';
import { calendarOption, readQueryDate } from './query_date.ts';

/** One point to ask about; `day` is the day its date asks about, when it has one. */
export interface QueryPoint {
  lon: number;
  lat: number;
  date?: string;
  day?: Day;
}

/** What the query CLI was asked, checked. */
export interface QueryRequest {
  points: QueryPoint[];
  layer?: string;
  kind?: AreaKind;
  json: boolean;
  /** Whether the answer gives each point's day in every calendar. */
  calendars: boolean;
  /** Whether the answer is who claimed each point on its day, and who held it (every point has a day then). */
  claims: boolean;
}

/** The outcome of reading the command line: help, a checked request, or one line saying what is wrong and how to fix it. */
export type QueryArgs = { ok: true; help: true } | ({ ok: true; help: false } & QueryRequest) | { ok: false; message: string };

export const QUERY_HELP = `usage: npm run query -- --lon 41.28 --lat 39.91 [--date 1921-11-01] [--calendar julian|rumi|hijri] [--calendars] [--layer kars-1921] [--kind claim|control] [--json]
       npm run query -- --lon 41.28 --lat 39.91 --date 1920-08-10 --claims [--json]
       npm run query -- --batch points.json [--date ...] [--calendar ...] [--calendars] [--layer ...] [--kind ...] [--claims] [--json]
       npm run query -- --events [--from 1921-01-01] [--to 1921-12-31] [--type battle] [--power SOV] [--json]   (--events --help: its options)

Lists every claim and control area that covers a point, with its dates and sources.
  --lon, --lat  the point in degrees: lon -180 to 180, lat -90 to 90
  --date        only what was in force on a day: YYYY-MM-DD, or YYYY-MM or YYYY, which stand for
                their first day, as start_date and end_date do in the geodata (1921-11 asks about
                1921-11-01, 1921 about 1921-01-01); or a whole date in any calendar, 1900-1930:
                "25 October 1917 O.S.", "23 Nisan 1336" (Rumi), "4 Şaban 1338" (Hijri), "23.04.1920";
                without it, every period
  --calendar    read --date and the batch's dates in this calendar: gregorian, julian, rumi or hijri
  --calendars   give each point's day in the Julian, Rumi and Hijri calendars too
  --layer       only this layer (a wrong id lists the ones there are)
  --kind        only claims or only control: claim or control
  --claims      who claimed the point on the day of --date, party by party, on what authority, and
                who held it: every claim layer counts, and a party with two papers counts once
  --batch       a JSON file with an array of points, such as [{"lon": 41.28, "lat": 39.91, "date": "1921-11"}];
                date is optional, and --date stands in for it in the points that have none;
                a bad point is named by its index, counting from 0
  --json        answer in JSON
  -h, --help    this text`;

const OPTIONS = {
  lon: { type: 'string' },
  lat: { type: 'string' },
  date: { type: 'string' },
  layer: { type: 'string' },
  kind: { type: 'string' },
  batch: { type: 'string' },
  json: { type: 'boolean' },
  calendars: { type: 'boolean' },
  claims: { type: 'boolean' },
  calendar: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type OptionName = keyof typeof OPTIONS;
type StringOption = { [K in OptionName]: (typeof OPTIONS)[K]['type'] extends 'string' ? K : never }[OptionName];

const OPTION_LIST = '--lon, --lat, --date, --calendar, --calendars, --layer, --kind, --claims, --batch, --json and --help';
const LON = 'a number between -180 and 180';
const LAT = 'a number between -90 and 90';
const DATE = 'a date such as 1921-11-01, 1921-11, 1921, 25 October 1917 O.S. or 23 Nisan 1336';
const ENTRY_KEYS = new Set(['lon', 'lat', 'date']);

/**
 * Reads and checks the query CLI's arguments, batch file included. It never throws: every
 * mistake comes back as one line naming the problem and its fix.
 *
 * @param argv - the arguments after the script name
 * @param readFile - reads a batch file as text (may throw, as readFileSync does)
 * @param layerIds - the layers `--layer` may name
 * @example
 * parseQueryArgs(['--lon', '43.1', '--lat', '40.6', '--date', '1921-11'], readText, ids);
 * // { ok: true, help: false, points: [{ lon: 43.1, lat: 40.6, date: '1921-11', day: -17593 }], json: false }
 */
export function parseQueryArgs(argv: string[], readFile: (path: string) => string, layerIds: readonly string[]): QueryArgs {
  // Not strict: node's strict mode throws on an unknown option and refuses `--lon -3.5`.
  const { tokens } = parseArgs({ args: argv, options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  if (tokens.some((t) => t.kind === 'option' && t.name === 'help')) return { ok: true, help: true };
  const values: Partial<Record<StringOption, string>> = {};
  const flags = { json: false, calendars: false, claims: false };
  for (const token of tokens) {
    if (token.kind === 'positional') return fail(`unexpected argument ${JSON.stringify(token.value)}; each value follows its option, as in --lon 41.28`);
    if (token.kind !== 'option') continue;
    const name = token.name;
    if (!Object.hasOwn(OPTIONS, name)) return fail(`unknown option ${shown(token.rawName)}; the options are ${OPTION_LIST}`);
    if (name === 'json' || name === 'calendars' || name === 'claims') {
      if (token.value !== undefined) return fail(`--${name} takes no value; write --${name} alone`);
      flags[name] = true;
      continue;
    }
    const option = name as StringOption;
    if (values[option] !== undefined) return fail(`--${option} is given twice; give it once`);
    // Without strict mode a missing value takes the next option as the value: `--lon --lat 40`.
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) return fail(`--${option} has no value; it must be ${expected(option, layerIds)}`);
    if (token.value === '') return fail(`--${option} is empty; it must be ${expected(option, layerIds)}`);
    values[option] = token.value;
  }

  const lon = values.lon === undefined ? undefined : coordinate(values.lon, 180);
  if (lon === null) return fail(`--lon must be ${LON}, not ${JSON.stringify(values.lon)}`);
  const lat = values.lat === undefined ? undefined : coordinate(values.lat, 90);
  if (lat === null) return fail(`--lat must be ${LAT}, not ${JSON.stringify(values.lat)}`);
  const calendar = values.calendar === undefined ? undefined : calendarOption(values.calendar);
  if (calendar === null) return fail(`--calendar must be ${expected('calendar', layerIds)}, not ${JSON.stringify(values.calendar)}`);
  const date = values.date === undefined ? undefined : readQueryDate(values.date, calendar);
  if (date && 'problem' in date) return fail(`--date ${date.problem}`);
  if (values.layer !== undefined && !layerIds.includes(values.layer)) return fail(`--layer must be ${expected('layer', layerIds)}, not ${JSON.stringify(values.layer)}`);
  if (values.kind !== undefined && !(AREA_KINDS as readonly string[]).includes(values.kind)) return fail(`--kind must be claim or control, not ${JSON.stringify(values.kind)}`);
  if (flags.claims && (values.layer !== undefined || values.kind !== undefined)) return fail(`--claims counts every claim layer; leave out ${[values.layer === undefined ? [] : ['--layer'], values.kind === undefined ? [] : ['--kind']].flat().join(' and ')}`);
  const filters = { ...(values.layer === undefined ? {} : { layer: values.layer }), ...(values.kind === undefined ? {} : { kind: values.kind as AreaKind }), ...flags };
  const undated = (points: QueryPoint[]) => (flags.claims ? points.findIndex((p) => p.day === undefined) : -1);

  if (values.batch !== undefined) {
    const given = [values.lon === undefined ? [] : ['--lon'], values.lat === undefined ? [] : ['--lat']].flat();
    if (given.length > 0) return fail(`--batch reads the points from its file; leave out ${given.join(' and ')}`);
    const points = readBatch(values.batch, readFile, values.date, date?.day, calendar);
    if (typeof points === 'string') return fail(points);
    if (undated(points) >= 0) return fail(`--claims asks about a day: ${shown(values.batch)} entry ${undated(points)} has no date; give it one, or give --date`);
    return { ok: true, help: false, points, ...filters };
  }
  if (lon === undefined || lat === undefined) {
    const missing = [lon === undefined ? ['--lon'] : [], lat === undefined ? ['--lat'] : []].flat();
    return fail(`${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing; give a point as --lon 41.28 --lat 39.91, or points as --batch points.json`);
  }
  const points = [point(lon, lat, values.date, date?.day)];
  if (undated(points) >= 0) return fail('--claims asks about a day; give --date, as in --date 1920-08-10');
  return { ok: true, help: false, points, ...filters };
}

/** The points of a batch file, `defaultDate` (the day `defaultDay`) given to those without a date, or what is wrong with it; dates are read in `calendar`, if given. */
function readBatch(path: string, readFile: (path: string) => string, defaultDate: string | undefined, defaultDay: Day | undefined, calendar: Calendar | undefined): QueryPoint[] | string {
  const file = shown(path);
  let text: string;
  try {
    text = readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown } | null | undefined)?.code;
    if (code === 'ENOENT') return `batch file ${file} does not exist; give the path of a JSON file of points`;
    return `batch file ${file} cannot be read${typeof code === 'string' ? ` (${code})` : ''}; give the path of a readable JSON file of points`;
  }
  let entries: unknown;
  try {
    entries = JSON.parse(text);
  } catch (error) {
    // The parser's words point at the mistake; the excerpt of the file they may quote is kept to one line.
    return `batch file ${file} is not valid JSON (${String((error as Error).message).replace(/[\s\p{Cc}]+/gu, ' ')})`;
  }
  if (!Array.isArray(entries)) return `batch file ${file} is not a JSON array; write the points as [{"lon": 41.28, "lat": 39.91, "date": "1921-11"}, ...]`;
  const points: QueryPoint[] = [];
  for (const [index, entry] of entries.entries()) {
    const at = `${file} entry ${index}:`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return `${at} must be an object such as {"lon": 41.28, "lat": 39.91}`;
    const stray = Object.keys(entry).find((key) => !ENTRY_KEYS.has(key));
    if (stray !== undefined) return `${at} unknown key ${JSON.stringify(stray)}; an entry has lon, lat and optionally date`;
    const { lon, lat, date } = entry as Record<string, unknown>;
    if (!inRange(lon, 180)) return `${at} lon must be ${LON}`;
    if (!inRange(lat, 90)) return `${at} lat must be ${LAT}`;
    if (date !== undefined && typeof date !== 'string') return `${at} date must be a string, ${DATE}`;
    const read = date === undefined ? undefined : readQueryDate(date, calendar);
    if (read && 'problem' in read) return `${at} date ${read.problem}`;
    points.push(date === undefined ? point(lon, lat, defaultDate, defaultDay) : point(lon, lat, date, read?.day));
  }
  return points;
}

function point(lon: number, lat: number, date: string | undefined, day: Day | undefined): QueryPoint {
  return date === undefined || day === undefined ? { lon, lat } : { lon, lat, date, day };
}

/** A coordinate written as a plain decimal within ±limit, or null. */
function coordinate(text: string, limit: number): number | null {
  const value = /^[-+]?(?:\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : NaN;
  return inRange(value, limit) ? value : null;
}

function inRange(value: unknown, limit: number): value is number {
  return typeof value === 'number' && value >= -limit && value <= limit;
}

function expected(option: StringOption, layerIds: readonly string[]): string {
  const phrases: Record<StringOption, string> = { lon: LON, lat: LAT, date: DATE, calendar: 'gregorian, julian, rumi or hijri', layer: `a layer with areas, one of ${layerIds.join(', ')}`, kind: 'claim or control', batch: 'the path of a JSON file of points' };
  return phrases[option];
}

/** A name from the command line as it was typed, quoted when it holds anything but plain path characters. */
function shown(text: string): string {
  return /^[\w./@+,:~-]+$/.test(text) ? text : JSON.stringify(text);
}

function fail(message: string): QueryArgs {
  return { ok: false, message };
}
