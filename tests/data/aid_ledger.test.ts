import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aidLedgerCsv, entriesInPeriod, parseAidLedger, routesInUse, sumsByCategory, sumsBySource, type AidEntry } from '../../src/data/aid_ledger.ts';
import { dayOf } from '../../src/data/dates.ts';
import { validateGeodata, AID_LEDGER_FILE } from '../../src/data/validate_geodata.ts';
import { readJson, readSnapshot } from '../../src/cli/geodata_files.ts';
import { GEODATA_DIR } from './geodata_helpers.ts';

const json = readJson(join(GEODATA_DIR, AID_LEDGER_FILE)) as { entries: AidEntry[] };
const { entries, problems } = parseAidLedger(json);
const day = (date: string) => dayOf(date)!;
/** The summed figure of a category and status on the ledger up to a day, in the category's first unit. */
const summed = (to: string, category: string, status = 'delivered') => sumsByCategory(entries, day(to)).find((t) => t.category === category && t.status === status)?.quantity ?? 0;
/** A copy of the real ledger with one entry changed, and the problems validation finds in it. */
const problemsWith = (id: string, change: (e: Record<string, unknown>) => void) => {
  const copy = structuredClone(json) as unknown as { entries: Record<string, unknown>[] };
  change(copy.entries.find((e) => e.id === id)!);
  return parseAidLedger(copy).problems;
};

describe('the Soviet aid ledger (geodata/soviet-aid-ledger.json)', () => {
  it('passes npm run validate: every entry valid, sourced in sources.json, its routes drawn in the soviet-aid layer', () => {
    expect(problems).toEqual([]);
    expect(entries.length).toBe(json.entries.length);
    expect(validateGeodata(readSnapshot(GEODATA_DIR)).filter((i) => i.file === AID_LEDGER_FILE)).toEqual([]);
  });

  it('keeps the seeds\' figures with their source, beside the account it sums', () => {
    const seed = entries.filter((e) => e.sources.some((s) => s.id === 'xoshgedem'));
    const figure = (category: string, quantity: number) => seed.find((e) => e.category === category && e.quantity === quantity && e.status === 'delivered');
    for (const [category, quantity] of [['rifles', 39_000], ['machine_guns', 327], ['guns', 54], ['cartridges', 63_000_000], ['shells', 147_000], ['gold_rubles', 3_500_000], ['gold_rubles', 10_000_000]] as const) {
      const entry = figure(category, quantity);
      expect(entry, `${quantity} ${category}`).toBeDefined();
      expect(entry!.alternative, `${entry!.id} is kept, not summed`).toBe(true);
      expect(entries.some((e) => e.claim_group === entry!.claim_group && !e.alternative), `${entry!.claim_group} sums another account`).toBe(true);
    }
    expect(entries.find((e) => e.id === 'aid-1922-05-03-gold-seed')).toMatchObject({ date: '1922-05-03', precision: 'day', quantity: 3_500_000 });
    const karam = entries.filter((e) => e.sources.some((s) => s.id === 'karam-soviet-help')).map((e) => [e.status, e.quantity]);
    expect(karam).toEqual(expect.arrayContaining([['promised', 10_000_000], ['delivered', 15_000_000]]));
  });

  it('sums by category up to 1 June 1922 one account per claim group', () => {
    // 1920: Halil Pasha's and Yusuf Kemal's million each; 1921: 4 + 1.4 + 1.1 million (the last 3.5 million came later).
    expect(summed('1922-06-01', 'gold_rubles')).toBe(2_000_000 + 6_500_000);
    expect(summed('1922-06-01', 'gold_rubles', 'promised')).toBe(10_000_000);
    expect(summed('1922-06-01', 'rifles')).toBe(6_000);
    expect(summed('1922-06-01', 'shells')).toBe(17_600);
    expect(summed('1922-06-01', 'machine_guns')).toBe(0);
    // On 1 January 1923 the totals of 1921-1922 have come; the seed's rounded figures are not added to them.
    expect(summed('1923-01-01', 'rifles')).toBe(6_000 + 33_275);
    expect(summed('1923-01-01', 'cartridges')).toBe(5_000_000 + 57_986_000);
    expect(summed('1923-01-01', 'gold_rubles')).toBe(12_000_000);
  });

  it('sums by source each source\'s own figures, a part not twice with its whole', () => {
    const by = (source: string) => sumsBySource(entries, day('1923-12-31')).find((s) => s.source === source)!.totals;
    expect(by('xoshgedem').find((t) => t.category === 'gold_rubles' && t.status === 'delivered')!.quantity).toBe(10_000_000);
    expect(by('tavukcu-2009-buhara')).toEqual([{ category: 'gold_rubles', unit: 'gold rubles', status: 'delivered', quantity: 17_466_800 }]);
    expect(by('karam-soviet-help').find((t) => t.status === 'delivered')!.quantity).toBe(15_000_000);
    // Before the seed's last instalment, its total is not yet counted either.
    expect(sumsBySource(entries, day('1922-05-02')).find((s) => s.source === 'xoshgedem')!.totals.some((t) => t.category === 'gold_rubles' && t.status === 'delivered')).toBe(false);
  });

  it('lists the entries of a period and the routes in use on a day', () => {
    expect(entriesInPeriod(entries, day('1922-05-01'), day('1922-05-31')).map((e) => e.id)).toEqual(expect.arrayContaining(['aid-1922-05-03-gold-seed']));
    expect(entriesInPeriod(entries, day('1922-05-01'), day('1922-05-31')).map((e) => e.id)).not.toContain('aid-1922-11-gold');
    expect(routesInUse(entries, day('1920-10-01'))).toEqual(['soviet-aid-1920-1922-tuapse-trabzon']);
    expect(routesInUse(entries, day('1920-09-20'))).toEqual([]);
    expect(routesInUse(entries, day('1920-09-21'))).toEqual(['soviet-aid-1920-1922-tuapse-trabzon']);
    expect(routesInUse(entries, day('1920-11-01'))).toEqual([]);
  });

  it('exports entries as CSV, one row each, quoted where a field holds a comma or a quote', () => {
    const csv = aidLedgerCsv(entries);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,date,precision,since,category,quantity,unit,status,route,port,claim_group,alternative,part_of,summed,sources,note');
    expect(lines).toHaveLength(entries.length + 1);
    expect(lines.find((l) => l.startsWith('aid-seed-rifles,'))).toContain(',rifles,39000,rifles,delivered,,"Novorossiysk, Tuapse and Batumi",rifles,true,,false,xoshgedem (The National Struggle movement),');
    expect(aidLedgerCsv([{ ...entries[0]!, note: '=HYPERLINK("x")' }])).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('points every problem at its entry and field', () => {
    expect(problemsWith('aid-1921-04-gold', (e) => (e.date = '1921-04-31'))).toContainEqual({ entry: 'aid-1921-04-gold', field: 'date', message: '"1921-04-31" is not a real date: 1921-04 has 30 days' });
    expect(problemsWith('aid-1921-04-gold', (e) => (e.precision = 'day'))).toContainEqual({ entry: 'aid-1921-04-gold', field: 'date', message: 'has the form of another precision than "day"' });
    expect(problemsWith('aid-1921-04-gold', (e) => (e.category = 'gold'))).toContainEqual(expect.objectContaining({ entry: 'aid-1921-04-gold', field: 'category' }));
    expect(problemsWith('aid-1921-04-gold', (e) => (e.sources = []))).toContainEqual(expect.objectContaining({ entry: 'aid-1921-04-gold', field: 'sources' }));
    expect(problemsWith('aid-seed-rifles', (e) => delete e.since)).toContainEqual(expect.objectContaining({ entry: 'aid-seed-rifles', field: 'since' }));
    const noneSummed = structuredClone(json) as unknown as { entries: Record<string, unknown>[] };
    for (const e of noneSummed.entries.filter((e) => e.claim_group === 'rifles')) e.alternative = true;
    expect(parseAidLedger(noneSummed).problems).toContainEqual({ entry: 'aid-1920-10-04-rifles', field: 'claim_group', message: '"rifles" has no entry that is summed: mark the accounts it does not sum "alternative", not all of them' });
    expect(problemsWith('aid-1922-05-03-gold-seed', (e) => (e.part_of = 'aid-1921-1922-rifles'))).toContainEqual(expect.objectContaining({ entry: 'aid-1922-05-03-gold-seed', field: 'part_of' }));
    expect(problemsWith('aid-1921-06-gold', (e) => (e.unit = 'roubles'))).toContainEqual(expect.objectContaining({ entry: 'aid-1921-06-gold', field: 'claim_group' }));
    const withSources = parseAidLedger(json, { sourceIds: new Set(['xoshgedem']), routeIds: new Set() }).problems;
    expect(withSources).toContainEqual(expect.objectContaining({ entry: 'aid-1920-10-rifles-trabzon', field: 'route' }));
    expect(withSources).toContainEqual({ entry: 'aid-1921-04-gold', field: 'sources[0]', message: '"turkyilmaz-sovyet-rus-yardimlari" is not in sources.json' });
  });
});

describe('npm run query -- --aid', () => {
  const query = (...args: string[]) => spawnSync('npx', ['tsx', 'src/cli/query.ts', ...args], { encoding: 'utf8', cwd: join(GEODATA_DIR, '..') });
  it('sums the real ledger by category and by source up to a date, as text and JSON', () => {
    const text = query('--aid', '--to', '1922-06-01');
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/gold_rubles\s+delivered\s+8,500,000 gold rubles/);
    expect(text.stdout).toContain('tavukcu-2009-buhara');
    const answer = JSON.parse(query('--aid', '--from', '1921-01-01', '--to', '1921-12-31', '--json').stdout);
    expect(answer.by_category).toEqual([{ category: 'gold_rubles', unit: 'gold rubles', status: 'delivered', quantity: 6_500_000 }]);
    expect(answer.summed_entries).toEqual(['aid-1921-04-gold', 'aid-1921-05-gold', 'aid-1921-06-gold']);
  });
});
