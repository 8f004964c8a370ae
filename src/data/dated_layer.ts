import type { LayerCollection, LayerFeature } from './contract.ts';
import { featureDays, isActiveOn, type Day, type DayInterval } from './dates.ts';

/** The features of one layer in force on a day, with a key that changes only when they do. */
export interface DatedSelection {
  key: string;
  features: LayerFeature[];
}

/**
 * A layer with its features' intervals computed once, so that moving the date slider costs a
 * scan of numbers, and the map is given new data only when the set of features changes.
 */
export class DatedLayer {
  private readonly intervals: DayInterval[];

  constructor(readonly collection: LayerCollection) {
    this.intervals = collection.features.map((f) => featureDays(f.properties));
  }

  /** The features in force on a day; with `ignoreDates`, all of them (a pinned layer). */
  at(day: Day, ignoreDates = false): DatedSelection {
    const indices = this.collection.features.map((_, i) => i).filter((i) => ignoreDates || isActiveOn(this.intervals[i]!, day));
    // Keyed by position, not id: a user's features may have no id at all.
    return { key: indices.join(','), features: indices.map((i) => this.collection.features[i]!) };
  }
}
