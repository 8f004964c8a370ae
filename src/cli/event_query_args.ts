import { parseArgs } from 'node:util';
import { EVENT_TYPES, POWERS, type EventType, type Power } from '../data/contract.ts';
import type { ChronologyFilter } from '../data/chronology.ts';
import { readQueryDate } from './query_date.ts';

/** What `npm run query -- --events` was asked, checked. */
export interface EventQuery {
  filter: ChronologyFilter;
  json: boolean;
}

export type EventQueryArgs = { ok: true; help: true } | ({ ok: true; help: false } & EventQuery) | { ok: false; message: string };

export const EVENT_QUERY_HELP = `usage: npm run query -- --events [--from 1921-01-01] [--to 1921-12-31] [--type battle] [--power SOV] [--json]

Lists the events (kind event) in date order, with their places, parties and sources.
  --from, --to  only events with a day in this period (both days included): YYYY-MM-DD, YYYY-MM or
                YYYY (their first day), or a whole date in any calendar ("23 Nisan 1336")
  --type        only events of this type: ${EVENT_TYPES.join(', ')}
  --power       only events this power acted in or took part in: ${POWERS.join(', ')}
  --json        answer in JSON
  -h, --help    this text`;

const OPTIONS = { events: { type: 'boolean' }, from: { type: 'string' }, to: { type: 'string' }, type: { type: 'string' }, power: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

/**
 * Reads the arguments of an events query (`--events` among them). It never throws: a mistake
 * comes back as one line naming the problem and its fix, as the point queries' do.
 *
 * @example
 * parseEventQueryArgs(['--events', '--from', '1921-01-01', '--to', '1921-12-31']);
 * // { ok: true, help: false, filter: { from: -17897, to: -17533 }, json: false }
 */
export function parseEventQueryArgs(argv: string[]): EventQueryArgs {
  const { tokens } = parseArgs({ args: argv, options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  if (tokens.some((t) => t.kind === 'option' && t.name === 'help')) return { ok: true, help: true };
  const values: Partial<Record<'from' | 'to' | 'type' | 'power', string>> = {};
  let json = false;
  for (const token of tokens) {
    if (token.kind === 'positional') return fail(`unexpected argument ${JSON.stringify(token.value)}; each value follows its option, as in --from 1921-01-01`);
    if (token.kind !== 'option' || token.name === 'events') continue;
    if (token.name === 'json') {
      json = true;
      continue;
    }
    const name = token.name;
    if (name !== 'from' && name !== 'to' && name !== 'type' && name !== 'power') return fail(`unknown option ${token.rawName} with --events; the options are --from, --to, --type, --power, --json and --help`);
    if (values[name] !== undefined) return fail(`--${name} is given twice; give it once`);
    if (token.value === undefined || token.value === '' || (!token.inlineValue && token.value.startsWith('--'))) return fail(`--${name} has no value`);
    values[name] = token.value;
  }
  const filter: ChronologyFilter = {};
  for (const bound of ['from', 'to'] as const) {
    if (values[bound] === undefined) continue;
    const read = readQueryDate(values[bound], undefined);
    if ('problem' in read) return fail(`--${bound} ${read.problem}`);
    filter[bound] = read.day;
  }
  if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to) return fail(`--from ${values.from} is after --to ${values.to}; give the earlier day first`);
  if (values.type !== undefined) {
    if (!(EVENT_TYPES as readonly string[]).includes(values.type)) return fail(`--type must be one of ${EVENT_TYPES.join(', ')}, not ${JSON.stringify(values.type)}`);
    filter.type = values.type as EventType;
  }
  if (values.power !== undefined) {
    if (!(POWERS as readonly string[]).includes(values.power)) return fail(`--power must be one of ${POWERS.join(', ')}, not ${JSON.stringify(values.power)}`);
    filter.power = values.power as Power;
  }
  return { ok: true, help: false, filter, json };
}

function fail(message: string): EventQueryArgs {
  return { ok: false, message };
}
