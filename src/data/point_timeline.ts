import type { LayerFeatureProperties } from './contract.ts';
import type { DayInterval } from './dates.ts';
import type { FeatureIndex } from './feature_index.ts';

/** One period in a place's history: a claim or a control feature that covered it. */
export interface TimelineEntry {
  layer: string;
  properties: LayerFeatureProperties;
  interval: DayInterval;
}

/**
 * Every claim and every control period that covered a point, 1914-1923, in order of start
 * (open starts first), control before claims on the same day. The same index as the query CLI.
 */
export function pointTimeline(index: FeatureIndex, lon: number, lat: number): TimelineEntry[] {
  return index
    .query(lon, lat)
    .map((f) => ({ layer: f.layer, properties: f.properties, interval: f.interval }))
    .sort((a, b) => a.interval.start - b.interval.start || (a.properties.kind === b.properties.kind ? 0 : a.properties.kind === 'control' ? -1 : 1) || a.interval.end - b.interval.end);
}
