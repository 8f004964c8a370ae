import type { OriginalDate, SourceRef } from './contract.ts';
import { parsePartialDate, type Day } from './dates.ts';
import type { Message } from './message.ts';

/** A verbatim quotation from a seed article, with where it speaks of (geodata/excerpts.json). */
export interface Excerpt {
  id: string;
  text: string;
  sources: SourceRef[];
  dates: string[];
  /** The date the passage is about, as the documents of the time wrote it; it names one of `dates`. */
  original_date?: OriginalDate;
  layers: string[];
  places: string[];
  camera: { center: [number, number]; zoom: number };
  /** Where the passage disagrees with the treaty record: what the record says, and where. */
  discrepancy?: { text: string; sources: SourceRef[] };
}

/**
 * The excerpt's date nearest a day (the earlier of two as near): the one that made it relevant
 * on that day (relevantExcerpts ranks by it), and so the one its button takes the reader to.
 */
export function nearestDate(excerpt: Excerpt, day: Day): string {
  const days = startDays(excerpt);
  let best = 0;
  days.forEach((d, i) => {
    if (Math.abs(d - day) < Math.abs(days[best]! - day)) best = i;
  });
  return excerpt.dates[best]!;
}

/**
 * Reads geodata/excerpts.json, keeping the excerpts that have text, a source and a readable
 * first date; the others are reported, not fatal.
 */
export function parseExcerpts(json: unknown): { excerpts: Excerpt[]; problems: Message[] } {
  const list = (json as { excerpts?: unknown } | null)?.excerpts;
  if (!Array.isArray(list)) return { excerpts: [], problems: [{ key: 'problem.noExcerpts' }] };
  const excerpts: Excerpt[] = [];
  const problems: Message[] = [];
  for (const e of list as Excerpt[]) {
    if (typeof e?.id === 'string' && typeof e.text === 'string' && Array.isArray(e.sources) && e.sources.length > 0 && Array.isArray(e.dates) && parsePartialDate(String(e.dates[0])) !== null) {
      excerpts.push({ ...e, layers: Array.isArray(e.layers) ? e.layers : [], places: Array.isArray(e.places) ? e.places : [] });
    } else problems.push({ key: 'problem.excerptIncomplete', params: { excerpt: String(e?.id).slice(0, 80) } });
  }
  return { excerpts, problems };
}

/**
 * The excerpts worth showing on a day: those about a visible layer or the selected feature's
 * layer first, each group nearest in time first.
 */
export function relevantExcerpts(excerpts: readonly Excerpt[], day: Day, visibleLayers: ReadonlySet<string>, limit = 12): Excerpt[] {
  const ranked = excerpts.map((excerpt) => ({
    excerpt,
    onMap: excerpt.layers.some((l) => visibleLayers.has(l)) ? 0 : 1,
    distance: Math.min(...startDays(excerpt).map((d) => Math.abs(d - day))),
  }));
  return ranked.sort((a, b) => a.onMap - b.onMap || a.distance - b.distance).slice(0, limit).map((r) => r.excerpt);
}

/** Each excerpt's dates as days, read once: the panel ranks every excerpt at every date change. */
const startDaysRead = new WeakMap<Excerpt, Day[]>();

function startDays(excerpt: Excerpt): Day[] {
  let days = startDaysRead.get(excerpt);
  if (!days) startDaysRead.set(excerpt, (days = excerpt.dates.map((d) => parsePartialDate(d)?.start ?? Infinity)));
  return days;
}
