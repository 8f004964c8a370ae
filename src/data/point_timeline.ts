import type { AreaFeatureProperties } from './contract.ts';
import type { DayInterval } from './dates.ts';
import type { FeatureIndex } from './feature_index.ts';

/** One period in a place's history: a claim or a control period that covered it. */
export interface TimelineEntry {
  layer: string;
  /** The properties of the period's first feature (sources and note included). */
  properties: AreaFeatureProperties;
  interval: DayInterval;
  /** The period's first day as its first slice writes it (undefined: open). */
  start_date: string | undefined;
  /** The period's end as its last slice writes it (undefined: open). */
  end_date: string | undefined;
  /** How many consecutive features of the same layer, power, control, kind and administrator the period joins. */
  pieces: number;
}

/**
 * Every claim and every control period that covered a point, 1914-1923, in order of start
 * (open starts first; control before claims on the same day). Consecutive features of one layer
 * with the same power, control, kind and administrator (an advancing front's stages, the slices of the ground
 * left between occupations) are one period: the question is who held the place, not how often
 * the line moved elsewhere. The same index as the query CLI.
 */
export function pointTimeline(index: FeatureIndex, lon: number, lat: number): TimelineEntry[] {
  const hits = index
    .query(lon, lat)
    .map((f) => ({ layer: f.layer, properties: f.properties, interval: { ...f.interval }, start_date: f.properties.start_date, end_date: f.properties.end_date, pieces: 1 }))
    .sort((a, b) => a.interval.start - b.interval.start || a.interval.end - b.interval.end);
  const key = (e: TimelineEntry) => `${e.layer}|${e.properties.power}|${e.properties.control}|${e.properties.kind}|${e.properties.administered_by ?? ''}`;
  const periods: TimelineEntry[] = [];
  for (const hit of hits) {
    const previous = periods.find((p) => key(p) === key(hit) && p.interval.end === hit.interval.start);
    if (previous) {
      previous.interval.end = hit.interval.end;
      previous.end_date = hit.end_date;
      previous.pieces++;
    } else periods.push(hit);
  }
  return periods.sort((a, b) => a.interval.start - b.interval.start || (a.properties.kind === b.properties.kind ? 0 : a.properties.kind === 'control' ? -1 : 1) || a.interval.end - b.interval.end);
}
