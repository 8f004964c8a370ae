import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Kind, LayerCollection } from '../data/contract.ts';
import { dayOf, formatDay } from '../data/dates.ts';
import { createFeatureIndex, type IndexedFeature } from '../data/feature_index.ts';
import { readSnapshot } from './geodata_files.ts';

const USAGE = 'usage: npm run query -- --lon 27.14 --lat 38.42 [--date 1920-09-01] [--layer sevres-1920] [--kind claim|control] [--json]\n       npm run query -- --batch points.json [--json]   (a JSON array of {lon, lat, date?})';

interface Point {
  lon: number;
  lat: number;
  date?: string;
}

const { values } = parseArgs({
  options: { lon: { type: 'string' }, lat: { type: 'string' }, date: { type: 'string' }, layer: { type: 'string' }, kind: { type: 'string' }, json: { type: 'boolean' }, batch: { type: 'string' }, help: { type: 'boolean' } },
});
const fail = (message: string): never => {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
};
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (values.kind !== undefined && values.kind !== 'claim' && values.kind !== 'control') fail(`--kind must be claim or control, not "${values.kind}"`);

const points: Point[] = values.batch ? (JSON.parse(readFileSync(values.batch, 'utf8')) as Point[]) : [{ lon: Number(values.lon), lat: Number(values.lat), ...(values.date ? { date: values.date } : {}) }];
for (const p of points) {
  if (!Number.isFinite(p.lon) || !Number.isFinite(p.lat)) fail(`--lon and --lat must be numbers (got ${JSON.stringify(p)})`);
  if (p.date !== undefined && dayOf(p.date) === null) fail(`--date must be YYYY-MM-DD (got "${p.date}")`);
}

const snapshot = readSnapshot(fileURLToPath(new URL('../../geodata', import.meta.url)));
const index = createFeatureIndex(Object.entries(snapshot.layers).map(([file, collection]) => ({ id: file.replace(/\.geojson$/, ''), collection: collection as LayerCollection })));
if (values.layer !== undefined && !index.features.some((f) => f.layer === values.layer)) fail(`no layer "${values.layer}"`);

const answers = points.map((p) => ({
  point: p,
  features: index.query(p.lon, p.lat, { ...(p.date ? { day: dayOf(p.date)! } : {}), ...(values.layer ? { layer: values.layer } : {}), ...(values.kind ? { kind: values.kind as Kind } : {}) }),
}));

if (values.json) {
  console.log(JSON.stringify(answers.map((a) => ({ ...a.point, features: a.features.map(describe) })), null, 2));
} else {
  for (const a of answers) {
    console.log(`${a.point.lon}, ${a.point.lat}${a.point.date ? ` on ${a.point.date}` : ''}: ${a.features.length} feature(s)`);
    for (const f of a.features) {
      const d = describe(f);
      console.log(`  ${d.layer}  ${d.id}  ${d.name}\n    ${d.power} ${d.control} (${d.kind}), ${d.start_date ?? 'open'} to ${d.end_date ?? 'open'}; sources: ${d.sources.map((s) => `${s.id} ${s.locator}`).join('; ')}`);
    }
  }
}

function describe(f: IndexedFeature) {
  const { id, name, power, control, kind, start_date, end_date, precision, sources } = f.properties;
  return { layer: f.layer, id, name, power, control, kind, start_date, end_date, precision, sources, first_day: Number.isFinite(f.interval.start) ? formatDay(f.interval.start) : null };
}
