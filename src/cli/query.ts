import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isArea, type LayerCollection, type LayerFeatureProperties } from '../data/contract.ts';
import { claimsAt } from '../data/claims_at.ts';
import { formatDay, type Day } from '../data/dates.ts';
import { OTHER_CALENDARS, toCalendarDate, type CalendarDate } from '../data/calendars.ts';
import { calendarDate, calendarName } from '../ui/date_format.ts';
import { createFeatureIndex, type IndexedFeature } from '../data/feature_index.ts';
import { readSnapshot } from './geodata_files.ts';
import { parseQueryArgs, QUERY_HELP, type QueryPoint } from './query_args.ts';
import { runAidQuery } from './aid_query.ts';
import { EVENT_QUERY_HELP, parseEventQueryArgs } from './event_query_args.ts';
import { chronology } from '../data/chronology.ts';

const geodataDir = fileURLToPath(new URL('../../geodata', import.meta.url));
// The aid ledger is not a layer: its question has options of its own and needs no feature index.
if (process.argv.includes('--aid')) process.exit(runAidQuery(process.argv.slice(2), geodataDir));
const snapshot = readSnapshot(geodataDir);
const layers = Object.entries(snapshot.layers).map(([file, collection]) => ({ id: file.replace(/\.geojson$/, ''), collection: collection as LayerCollection }));

// Events are asked about by period, not by place: a query of their own.
if (process.argv.includes('--events')) {
  const request = parseEventQueryArgs(process.argv.slice(2));
  if (!request.ok) {
    console.error(request.message);
    process.exit(2);
  }
  if (request.help) {
    console.log(EVENT_QUERY_HELP);
    process.exit(0);
  }
  const events = chronology(layers, request.filter).map(({ layer, properties: p, lonLat: [lon, lat] }) => ({ layer, id: p.id, name: p.name, 'name:tr': p['name:tr'], 'name:ru': p['name:ru'], event_type: p.event_type, power: p.power, participants: p.participants, start_date: p.start_date, end_date: p.end_date, lon, lat, sources: p.sources, ...(p.note ? { note: p.note } : {}) }));
  if (request.json) console.log(JSON.stringify(events, null, 2));
  else {
    console.log(`${events.length} event(s)`);
    for (const e of events) console.log(`  ${e.start_date}${e.end_date ? ` to ${e.end_date} (exclusive)` : ''}  ${e.id}  ${e.name}\n    ${e.event_type}; ${e.participants.join(', ')}; at ${e.lon}, ${e.lat}; sources: ${sources(e)}`);
  }
  process.exit(0);
}
const index = createFeatureIndex(layers);
// Only layers with areas can contain a point, so only they are worth offering to --layer.
const layerIds = [...new Set(index.features.map((f) => f.layer))];

const args = parseQueryArgs(process.argv.slice(2), (path) => readFileSync(path, 'utf8'), layerIds);
if (!args.ok) {
  console.error(args.message);
  process.exit(2);
}
if (args.help) {
  console.log(QUERY_HELP);
  process.exit(0);
}

if (args.claims) {
  const answers = args.points.map((p) => ({ point: p, ...claimsAt(index, p.lon, p.lat, p.day!) }));
  if (args.json) {
    console.log(JSON.stringify(answers.map(({ point: { day, ...point }, parties, held }) => ({ ...point, day: formatDay(day!), ...dayInCalendars(day!), parties: parties.map((p) => ({ power: p.power, claims: p.claims.map(described) })), held: held.map(described) })), null, 2));
  } else {
    for (const a of answers) {
      console.log(`${a.point.lon}, ${a.point.lat}${when(a.point, args.calendars)}: claimed by ${a.parties.length} ${a.parties.length === 1 ? 'party' : 'parties'}`);
      for (const party of a.parties) {
        console.log(`  ${party.power}`);
        for (const c of party.claims) console.log(`    ${c.layer}  ${c.properties.id}  ${c.properties.name} (${c.properties.control}); sources: ${sources(c.properties)}`);
      }
      console.log(a.held.length ? `  held: ${a.held.map((h) => `${h.properties.power} ${h.properties.control}${administrator(h.properties)} (${h.layer} ${h.properties.id})`).join('; ')}` : '  held: no layer says');
    }
  }
  process.exit(0);
}

const answers = args.points.map((p) => ({
  point: p,
  features: index.query(p.lon, p.lat, { ...(p.day === undefined ? {} : { day: p.day }), ...(args.layer ? { layer: args.layer } : {}), ...(args.kind ? { kind: args.kind } : {}) }),
}));

if (args.json) {
  console.log(JSON.stringify(answers.map(({ point: { day, ...point }, features }) => ({ ...point, ...(day === undefined ? {} : { day: formatDay(day), ...dayInCalendars(day) }), features: features.map(describe) })), null, 2));
} else {
  for (const a of answers) {
    console.log(`${a.point.lon}, ${a.point.lat}${when(a.point, args.calendars)}: ${a.features.length} feature(s)`);
    for (const f of a.features) {
      const d = describe(f);
      console.log(`  ${d.layer}  ${d.id}  ${d.name}\n    ${d.power} ${d.control}${administrator(d)} (${d.kind}), ${d.start_date ?? 'open'} to ${d.end_date ?? 'open'}; sources: ${sources(d)}`);
    }
  }
}

function describe(f: IndexedFeature) {
  return { ...described(f), first_day: Number.isFinite(f.interval.start) ? formatDay(f.interval.start) : null };
}

function described({ layer, properties }: { layer: string; properties: LayerFeatureProperties }) {
  const { id, name, power, control, kind, start_date, end_date, precision, sources } = properties;
  const administered_by = isArea(properties) ? properties.administered_by : undefined;
  // The glosses where the feature has them, as the events give their names.
  const glosses = Object.fromEntries((['name:tr', 'name:ru'] as const).flatMap((key) => (properties[key] ? [[key, properties[key]]] : [])));
  return { layer, id, name, ...glosses, power, control, kind, ...(administered_by ? { administered_by } : {}), start_date, end_date, precision, sources };
}

/** ", administered by OTT" where another government ran the holder's ground. */
function administrator(p: { administered_by?: string }): string {
  return p.administered_by ? `, administered by ${p.administered_by}` : '';
}

function sources(p: Pick<LayerFeatureProperties, 'sources'>): string {
  return p.sources.map((s) => `${s.id} ${s.locator}`).join('; ');
}

/** The JSON answer's `calendars` member, when asked for. */
function dayInCalendars(day: Day): { calendars?: Record<string, unknown> } {
  return args.ok && !args.help && args.calendars ? { calendars: Object.fromEntries(inCalendars(day).map(({ calendar, ...date }) => [calendar, date])) } : {};
}

function when(p: QueryPoint, calendars: boolean): string {
  if (p.day === undefined) return '';
  const day = formatDay(p.day);
  const also = calendars ? inCalendars(p.day).map((c) => ` = ${c.text} (${calendarName(c.calendar)})`).join('') : '';
  return `${day === p.date ? ` on ${day}` : ` on ${p.date} (read as ${day})`}${also}`;
}

/** A day in the Julian, Rumi and Hijri calendars, as figures and as the explorer writes it in English; a calendar that did not date the day is left out. */
function inCalendars(day: Day): (CalendarDate & { text: string })[] {
  return OTHER_CALENDARS.flatMap((calendar) => {
    const date = toCalendarDate(day, calendar);
    return date ? [{ ...date, text: calendarDate(day, calendar)! }] : [];
  });
}
