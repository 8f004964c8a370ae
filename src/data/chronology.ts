import type { Point } from 'geojson';
import type { EventFeatureProperties, EventType, LayerCollection, Power } from './contract.ts';
import { featureDays, type Day, type DayInterval } from './dates.ts';

/** One event of the chronology: where, when, and the layer it stands in. */
export interface ChronologyEntry {
  layer: string;
  properties: EventFeatureProperties;
  /** Its days: the first, and the first after it (an event without an end lasts its day). */
  interval: DayInterval;
  lonLat: [number, number];
}

/** Which events to keep: those touching [from, to] (days, both included), of a type, with a power taking part. */
export interface ChronologyFilter {
  from?: Day;
  to?: Day;
  type?: EventType;
  power?: Power;
}

/**
 * Every event (kind `event`, a Point) of some layers in date order: by first day, then by last,
 * then by id, so that the order never depends on the layers' order. An event counts in a period
 * when any of its days falls in it, and for a power when the power acted or took part.
 */
export function chronology(layers: readonly { id: string; collection: LayerCollection }[], filter: ChronologyFilter = {}): ChronologyEntry[] {
  const entries: ChronologyEntry[] = [];
  for (const { id, collection } of layers) {
    for (const f of collection.features) {
      const p = f.properties;
      if (p.kind !== 'event' || f.geometry?.type !== 'Point') continue;
      const interval = featureDays(p);
      if (filter.from !== undefined && interval.end <= filter.from) continue;
      if (filter.to !== undefined && interval.start > filter.to) continue;
      if (filter.type !== undefined && p.event_type !== filter.type) continue;
      if (filter.power !== undefined && p.power !== filter.power && !p.participants.includes(filter.power)) continue;
      const [lon, lat] = (f.geometry as Point).coordinates;
      entries.push({ layer: id, properties: p, interval, lonLat: [lon!, lat!] });
    }
  }
  return entries.sort((a, b) => a.interval.start - b.interval.start || a.interval.end - b.interval.end || (a.properties.id < b.properties.id ? -1 : 1));
}

/**
 * The entry that marks a day in the list: the last event begun on or before it (so the reader
 * sees where the day falls among the events), or null before the first.
 */
export function currentEntry(entries: readonly ChronologyEntry[], day: Day): ChronologyEntry | null {
  let current: ChronologyEntry | null = null;
  for (const e of entries) {
    if (e.interval.start > day) break;
    current = e;
  }
  return current;
}
