import { parsePartialDate, partialDateProblem, type Day, type DayInterval } from './dates.ts';

/** What a ledger entry counts (closed vocabulary, geodata/README.md). */
export const AID_CATEGORIES = ['gold_rubles', 'rifles', 'machine_guns', 'guns', 'cartridges', 'shells', 'other'] as const;
export type AidCategory = (typeof AID_CATEGORIES)[number];

export const AID_STATUSES = ['promised', 'delivered'] as const;
export type AidStatus = (typeof AID_STATUSES)[number];

/** How exactly an entry's date is known: within a day, a month or a year, or a total reached `by` the date over a period that began `since`. */
export const AID_PRECISIONS = ['day', 'month', 'year', 'by'] as const;
export type AidPrecision = (typeof AID_PRECISIONS)[number];

/** One promise or delivery of Soviet aid, as one source (or several agreeing) give it. */
export interface AidEntry {
  id: string;
  date: string;
  precision: AidPrecision;
  /** With precision `by`: the first day of the period the total covers. */
  since?: string;
  /** The drawn supply route (a feature id of soviet-aid-1920-1922) or null where no source names one. */
  route: string | null;
  port?: string;
  category: AidCategory;
  quantity: number;
  unit: string;
  status: AidStatus;
  /** Entries that are accounts of the same aid share a group; only one account of a group is summed. */
  claim_group?: string;
  /** Kept beside the summed account of its group, never summed itself. */
  alternative?: boolean;
  /** An instalment of another entry (its whole), never summed where the whole is. */
  part_of?: string;
  sources: { id: string; locator: string }[];
  note?: string;
}

/** What is wrong with the ledger, pointing at the entry (by id, or by index before it has one) and the field. */
export interface LedgerProblem {
  entry: string;
  field?: string;
  message: string;
}

/** The figure a set of entries adds up to, per category, unit and status. */
export interface AidTotal {
  category: AidCategory;
  unit: string;
  status: AidStatus;
  quantity: number;
}

const KEYS = new Set(['id', 'date', 'precision', 'since', 'route', 'port', 'category', 'quantity', 'unit', 'status', 'claim_group', 'alternative', 'part_of', 'sources', 'note']);
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The length of a date of each precision's form (YYYY-MM-DD, YYYY-MM, YYYY); `by` takes any form. */
const DATE_LENGTH: Record<Exclude<AidPrecision, 'by'>, number> = { day: 10, month: 7, year: 4 };

/**
 * Reads the ledger (geodata/soviet-aid-ledger.json), keeping the entries that pass every rule
 * and saying what is wrong with the others. With `sourceIds` and `routeIds`, sources and routes
 * must resolve in them.
 */
export function parseAidLedger(json: unknown, known: { sourceIds?: ReadonlySet<string>; routeIds?: ReadonlySet<string> } = {}): { entries: AidEntry[]; problems: LedgerProblem[] } {
  const raw = (json as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(raw)) return { entries: [], problems: [{ entry: '(file)', message: 'must be an object with an "entries" array' }] };
  const problems: LedgerProblem[] = [];
  const seen = new Set<string>();
  const entries: AidEntry[] = [];
  raw.forEach((item: unknown, index) => {
    const name = typeof (item as { id?: unknown } | null)?.id === 'string' ? (item as { id: string }).id : `#${index}`;
    const found = entryProblems(item, known);
    if (typeof (item as { id?: unknown } | null)?.id === 'string') {
      if (seen.has(name)) found.push({ field: 'id', message: 'is used by an earlier entry' });
      seen.add(name);
    }
    problems.push(...found.map((p) => ({ entry: name, ...p })));
    if (found.length === 0) entries.push(item as AidEntry);
  });
  problems.push(...relationProblems(entries));
  const bad = new Set(problems.map((p) => p.entry));
  return { entries: entries.filter((e) => !bad.has(e.id)), problems };
}

function entryProblems(item: unknown, known: { sourceIds?: ReadonlySet<string>; routeIds?: ReadonlySet<string> }): Omit<LedgerProblem, 'entry'>[] {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return [{ message: 'must be an object' }];
  const e = item as Record<string, unknown>;
  const out: Omit<LedgerProblem, 'entry'>[] = [];
  const at = (field: string, message: string) => out.push({ field, message });
  for (const key of Object.keys(e)) if (!KEYS.has(key)) at(key, 'is not a field of a ledger entry');
  if (typeof e.id !== 'string' || !KEBAB.test(e.id) || !e.id.startsWith('aid-')) at('id', 'must be kebab-case and start with "aid-"');
  const dateProblem = partialDateProblem(e.date);
  if (dateProblem) at('date', dateProblem);
  if (!AID_PRECISIONS.includes(e.precision as never)) at('precision', `must be one of ${AID_PRECISIONS.join(', ')}`);
  else if (e.precision === 'by') {
    const since = partialDateProblem(e.since);
    if (e.since === undefined) at('since', 'is required with precision "by": the first day of the period the total covers');
    else if (since) at('since', since);
    else if (!dateProblem && parsePartialDate(e.since as string)!.start >= parsePartialDate(e.date as string)!.start) at('since', 'must come before the date');
  } else {
    if (e.since !== undefined) at('since', `belongs only to precision "by", not "${String(e.precision)}"`);
    const length = DATE_LENGTH[e.precision as keyof typeof DATE_LENGTH];
    if (!dateProblem && (e.date as string).length !== length) at('date', `has the form of another precision than "${String(e.precision)}"`);
  }
  if (e.route !== null && (typeof e.route !== 'string' || (known.routeIds && !known.routeIds.has(e.route)))) at('route', `must be null or a route of the soviet-aid-1920-1922 layer${known.routeIds ? ` (${[...known.routeIds].join(', ')})` : ''}`);
  if (e.port !== undefined && (typeof e.port !== 'string' || e.port.trim() === '')) at('port', 'must be a non-empty string');
  if (!AID_CATEGORIES.includes(e.category as never)) at('category', `must be one of ${AID_CATEGORIES.join(', ')}`);
  if (typeof e.quantity !== 'number' || !Number.isFinite(e.quantity) || e.quantity <= 0) at('quantity', 'must be a positive number');
  if (typeof e.unit !== 'string' || e.unit.trim() === '') at('unit', 'must be a non-empty string');
  if (!AID_STATUSES.includes(e.status as never)) at('status', `must be one of ${AID_STATUSES.join(', ')}`);
  if (e.claim_group !== undefined && (typeof e.claim_group !== 'string' || !KEBAB.test(e.claim_group))) at('claim_group', 'must be kebab-case');
  if (e.alternative !== undefined && typeof e.alternative !== 'boolean') at('alternative', 'must be true or false');
  if (e.alternative === true && e.claim_group === undefined) at('alternative', 'needs a claim_group: an alternative is one account of aid another account of the group counts');
  if (e.part_of !== undefined && typeof e.part_of !== 'string') at('part_of', 'must be the id of another entry');
  if (e.note !== undefined && (typeof e.note !== 'string' || e.note.trim() === '')) at('note', 'must be a non-empty string');
  if (!Array.isArray(e.sources) || e.sources.length === 0) at('sources', 'must be a non-empty array of {id, locator}');
  else
    e.sources.forEach((s: { id?: unknown; locator?: unknown } | null, i) => {
      if (typeof s?.id !== 'string' || typeof s.locator !== 'string' || s.locator.trim() === '') at(`sources[${i}]`, 'needs a string id and a non-empty locator');
      else if (known.sourceIds && !known.sourceIds.has(s.id)) at(`sources[${i}]`, `"${s.id}" is not in sources.json`);
    });
  return out;
}

/** Rules between entries: a part and its whole, and the accounts of a claim group. */
function relationProblems(entries: AidEntry[]): LedgerProblem[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const out: LedgerProblem[] = [];
  for (const e of entries) {
    if (e.part_of === undefined) continue;
    const whole = byId.get(e.part_of);
    const at = (message: string) => out.push({ entry: e.id, field: 'part_of', message });
    if (!whole || whole === e) at(`"${e.part_of}" is not another valid entry`);
    else if (whole.part_of !== undefined) at(`"${whole.id}" is itself a part: a whole must not be a part`);
    else if (whole.category !== e.category || whole.unit !== e.unit || whole.status !== e.status) at(`"${whole.id}" counts another category, unit or status`);
    else if (e.quantity > whole.quantity) at(`is more than its whole "${whole.id}"`);
  }
  const groups = new Map<string, AidEntry[]>();
  for (const e of entries) if (e.claim_group !== undefined) groups.set(e.claim_group, [...(groups.get(e.claim_group) ?? []), e]);
  for (const [group, members] of groups) {
    const first = members[0]!;
    for (const e of members.slice(1)) {
      if (e.category !== first.category || e.unit !== first.unit || e.status !== first.status) out.push({ entry: e.id, field: 'claim_group', message: `"${group}" holds accounts of one thing: ${first.id} counts ${first.quantity} ${first.unit} ${first.status}` });
    }
    if (members.every((e) => e.alternative)) out.push({ entry: first.id, field: 'claim_group', message: `"${group}" has no entry that is summed: mark the accounts it does not sum "alternative", not all of them` });
  }
  return out;
}

/**
 * The days an entry stands for: the day, month or year its date names, or for a total (`by`)
 * the period from `since` up to the date, the date excluded (read like an end_date).
 */
export function entrySpan(entry: AidEntry): DayInterval {
  const date = parsePartialDate(entry.date)!;
  return entry.precision === 'by' ? { start: parsePartialDate(entry.since!)!.start, end: date.start } : date;
}

/**
 * The day an entry is counted from in the sums: the first day its date names (the contract's one
 * rule), and for a total (`by`), the day after its period, when the whole of it had come.
 */
export function countedFrom(entry: AidEntry): Day {
  const span = entrySpan(entry);
  return entry.precision === 'by' ? span.end : span.start;
}

/** Whether an entry adds to the ledger's sums: not an alternative account, and not a part of a whole that is summed. */
export function isSummed(entry: AidEntry, entries: readonly AidEntry[]): boolean {
  if (entry.alternative) return false;
  const whole = entry.part_of === undefined ? undefined : entries.find((e) => e.id === entry.part_of);
  return !(whole && isSummed(whole, entries));
}

/** The entries counted from a day within [from, to], both included. */
function countedWithin(entries: readonly AidEntry[], to: Day, from: Day): AidEntry[] {
  return entries.filter((e) => {
    const day = countedFrom(e);
    return from <= day && day <= to;
  });
}

function totals(entries: readonly AidEntry[]): AidTotal[] {
  const sums = new Map<string, AidTotal>();
  for (const e of entries) {
    const key = `${e.category}\u0000${e.unit}\u0000${e.status}`;
    const total = sums.get(key) ?? { category: e.category, unit: e.unit, status: e.status, quantity: 0 };
    total.quantity += e.quantity;
    sums.set(key, total);
  }
  return [...sums.values()].sort((a, b) => AID_CATEGORIES.indexOf(a.category) - AID_CATEGORIES.indexOf(b.category) || a.status.localeCompare(b.status) || a.unit.localeCompare(b.unit));
}

/**
 * The ledger's sums by category (and unit and status) of the entries counted from a day in
 * [from, to]: one account per claim group, each part once, through its whole.
 *
 * @example
 * sumsByCategory(entries, dayOf('1922-06-01')!); // [{ category: 'gold_rubles', unit: 'gold rubles', status: 'delivered', quantity: 8500000 }, ...]
 */
export function sumsByCategory(entries: readonly AidEntry[], to: Day, from: Day = -Infinity): AidTotal[] {
  return totals(summedEntries(entries, to, from));
}

/** The entries the ledger's sums over [from, to] add up: counted from a day in it, and summed (isSummed). */
export function summedEntries(entries: readonly AidEntry[], to: Day, from: Day = -Infinity): AidEntry[] {
  return countedWithin(entries, to, from).filter((e) => isSummed(e, entries));
}

/**
 * What each source says: for every source cited, the sums of the entries citing it counted from a
 * day in [from, to], alternatives included (they are that source's account), and a part left out
 * where its whole cites the same source.
 */
export function sumsBySource(entries: readonly AidEntry[], to: Day, from: Day = -Infinity): { source: string; totals: AidTotal[] }[] {
  const counted = countedWithin(entries, to, from);
  const sourceIds = [...new Set(entries.flatMap((e) => e.sources.map((s) => s.id)))].sort();
  return sourceIds
    .map((source) => {
      const cites = (e: AidEntry) => e.sources.some((s) => s.id === source);
      const wholeCites = (e: AidEntry) => e.part_of !== undefined && entries.some((w) => w.id === e.part_of && cites(w));
      return { source, totals: totals(counted.filter((e) => cites(e) && !wholeCites(e))) };
    })
    .filter((s) => s.totals.length > 0);
}

/** The entries whose days (entrySpan) meet [from, to], both included, in date order. */
export function entriesInPeriod(entries: readonly AidEntry[], from: Day, to: Day): AidEntry[] {
  return entries
    .filter((e) => {
      const span = entrySpan(e);
      return span.start <= to && from < span.end;
    })
    .sort((a, b) => entrySpan(a).start - entrySpan(b).start || countedFrom(a) - countedFrom(b));
}

/** The routes deliveries were on during a day, by the spans of the entries that name one. */
export function routesInUse(entries: readonly AidEntry[], day: Day): string[] {
  return [...new Set(entries.filter((e) => e.route !== null && e.status === 'delivered' && entrySpan(e).start <= day && day < entrySpan(e).end).map((e) => e.route!))].sort();
}

/**
 * How the summed figure of a category and status grows: the days it changes and its total from
 * each, in the category's first unit (the ledger never adds different units).
 */
export function summedSteps(entries: readonly AidEntry[], category: AidCategory, status: AidStatus): { day: Day; quantity: number }[] {
  const counted = entries.filter((e) => e.category === category && e.status === status && isSummed(e, entries));
  const unit = counted[0]?.unit;
  const days = [...new Set(counted.filter((e) => e.unit === unit).map(countedFrom))].sort((a, b) => a - b);
  return days.map((day) => ({ day, quantity: counted.filter((e) => e.unit === unit && countedFrom(e) <= day).reduce((sum, e) => sum + e.quantity, 0) }));
}

/**
 * Fetches and reads the ledger served beside the app.
 *
 * @throws Error naming the file when it cannot be fetched or is not JSON
 */
export async function loadAidLedger(baseUrl: string): Promise<{ entries: AidEntry[]; problems: LedgerProblem[] }> {
  const response = await fetch(new URL('geodata/soviet-aid-ledger.json', baseUrl));
  if (!response.ok) throw new Error(`geodata/soviet-aid-ledger.json: HTTP ${response.status}`);
  return parseAidLedger(await response.json());
}

/** The CSV columns, in order: the ledger's own field names, so that a spreadsheet and the JSON read alike. */
const CSV_COLUMNS = ['id', 'date', 'precision', 'since', 'category', 'quantity', 'unit', 'status', 'route', 'port', 'claim_group', 'alternative', 'part_of', 'summed', 'sources', 'note'] as const;

/**
 * Entries as CSV (RFC 4180, CRLF, every field quoted where it must be), with a column `summed`
 * saying whether the ledger's sums count each one, and the sources as "id (locator); ...".
 * A field that a spreadsheet would run as a formula is prefixed with an apostrophe.
 */
export function aidLedgerCsv(entries: readonly AidEntry[], all: readonly AidEntry[] = entries): string {
  const row = (values: readonly string[]) => values.map(csvField).join(',');
  const lines = entries.map((e) =>
    row(CSV_COLUMNS.map((column) => {
      if (column === 'summed') return String(isSummed(e, all));
      if (column === 'sources') return e.sources.map((s) => `${s.id} (${s.locator})`).join('; ');
      const value = e[column];
      return value === undefined || value === null ? '' : String(value);
    })),
  );
  return [row(CSV_COLUMNS), ...lines].join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
