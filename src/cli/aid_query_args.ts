import { parseArgs } from 'node:util';
import { formatDay, type Day } from '../data/dates.ts';
import { readQueryDate } from './query_date.ts';

/** What `npm run query -- --aid` was asked: the days [from, to] whose entries are summed, both included. */
export type AidQueryArgs = { ok: true; help: true } | { ok: true; help: false; from: Day; to: Day; json: boolean } | { ok: false; message: string };

export const AID_QUERY_HELP = `usage: npm run query -- --aid [--from 1921-03-16] [--to 1922-06-01] [--json]

Sums the Soviet aid ledger (geodata/soviet-aid-ledger.json) by category and by source, over the
entries counted from a day between --from and --to, both included: an entry dated to a day, month
or year counts from its first day, a total ("by") from the day after its period.
  --from   the first day: YYYY-MM-DD, or YYYY-MM or YYYY for their first day, or a whole date in
           any calendar ("23 Nisan 1336"); without it, from the first entry
  --to     the last day, read the same way; without it, to the last entry
  --json   answer in JSON
  -h, --help  this text
By category, one account per claim group is summed (the others are marked alternative); by
source, every source's own figures are summed, its alternatives included.`;

const OPTIONS = { aid: { type: 'boolean' }, from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

/**
 * Reads the arguments of the aid query; never throws: a mistake comes back as one line naming
 * it and its fix.
 *
 * @example
 * parseAidQueryArgs(['--aid', '--to', '1922-06-01']); // { ok: true, help: false, from: -Infinity, to: dayOf('1922-06-01'), json: false }
 */
export function parseAidQueryArgs(argv: string[]): AidQueryArgs {
  const { tokens } = parseArgs({ args: argv, options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  if (tokens.some((t) => t.kind === 'option' && t.name === 'help')) return { ok: true, help: true };
  const days: { from?: Day; to?: Day } = {};
  let json = false;
  for (const token of tokens) {
    if (token.kind === 'positional') return fail(`unexpected argument ${JSON.stringify(token.value)}; a date follows its option, as in --to 1922-06-01`);
    if (token.kind !== 'option') continue;
    if (!Object.hasOwn(OPTIONS, token.name)) return fail(`--aid takes --from, --to, --json and --help, not ${token.rawName}`);
    if (token.name === 'aid' || token.name === 'json') {
      if (token.value !== undefined) return fail(`--${token.name} takes no value; write --${token.name} alone`);
      if (token.name === 'json') json = true;
      continue;
    }
    const name = token.name as 'from' | 'to';
    if (days[name] !== undefined) return fail(`--${name} is given twice; give it once`);
    if (token.value === undefined || token.value === '' || (!token.inlineValue && token.value.startsWith('--'))) return fail(`--${name} has no value; give a date such as 1922-06-01`);
    const read = readQueryDate(token.value, undefined);
    if ('problem' in read) return fail(`--${name} ${read.problem}`);
    days[name] = read.day;
  }
  const from = days.from ?? -Infinity;
  const to = days.to ?? Infinity;
  if (from > to) return fail(`--from ${formatDay(from)} comes after --to ${formatDay(to)}; give the earlier day first`);
  return { ok: true, help: false, from, to, json };
}

function fail(message: string): AidQueryArgs {
  return { ok: false, message };
}
