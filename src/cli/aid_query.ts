import { join } from 'node:path';
import { parseAidLedger, summedEntries, sumsByCategory, sumsBySource, type AidTotal } from '../data/aid_ledger.ts';
import { formatDay } from '../data/dates.ts';
import { AID_LEDGER_FILE } from '../data/validate_geodata.ts';
import { AID_QUERY_HELP, parseAidQueryArgs } from './aid_query_args.ts';
import { readJson } from './geodata_files.ts';

/**
 * `npm run query -- --aid`: the ledger's sums by category and by source over a period, as text
 * or JSON. Prints the answer (or what is wrong) and returns the exit code.
 */
export function runAidQuery(argv: string[], geodataDir: string): number {
  const args = parseAidQueryArgs(argv);
  if (!args.ok) return console.error(args.message), 2;
  if (args.help) return console.log(AID_QUERY_HELP), 0;
  const { entries, problems } = parseAidLedger(readJson(join(geodataDir, AID_LEDGER_FILE)));
  if (problems.length) return console.error(`${AID_LEDGER_FILE} has ${problems.length} problem(s); run npm run validate`), 1;
  const byCategory = sumsByCategory(entries, args.to, args.from);
  const bySource = sumsBySource(entries, args.to, args.from);
  const day = (d: number) => (Number.isFinite(d) ? formatDay(d) : null);
  if (args.json) {
    console.log(JSON.stringify({ from: day(args.from), to: day(args.to), by_category: byCategory, by_source: bySource, summed_entries: summedEntries(entries, args.to, args.from).map((e) => e.id) }, null, 2));
    return 0;
  }
  const period = `${day(args.from) ? `from ${day(args.from)} ` : ''}${day(args.to) ? `up to ${day(args.to)}` : 'to the end'}`;
  console.log(`Soviet aid to Ankara ${period} (${AID_LEDGER_FILE})`);
  console.log('By category (one account per claim group):');
  for (const line of byCategory.map(total)) console.log(`  ${line}`);
  if (byCategory.length === 0) console.log('  nothing counted in this period');
  console.log("By source (each source's own figures, alternatives included):");
  for (const s of bySource) console.log(`  ${s.source}\n${s.totals.map((t) => `    ${total(t)}`).join('\n')}`);
  return 0;
}

function total(t: AidTotal): string {
  return `${t.category.padEnd(13)}${t.status.padEnd(10)}${t.quantity.toLocaleString('en-GB').padStart(12)} ${t.unit}`;
}
