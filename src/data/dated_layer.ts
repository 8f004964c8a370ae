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
    // One pass and no array of every index: the slider calls this for every layer at every day it passes.
    const features: LayerFeature[] = [];
    let key = '';
    this.collection.features.forEach((feature, i) => {
      if (!ignoreDates && !isActiveOn(this.intervals[i]!, day)) return;
      features.push(feature);
      // Keyed by position, not id: a user's features may have no id at all.
      key += key ? `,${i}` : `${i}`;
    });
    return { key, features };
  }
}
