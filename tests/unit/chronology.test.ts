import { describe, expect, it } from 'vitest';
import type { LayerCollection, LayerFeature } from '../../src/data/contract.ts';
import { chronology, currentEntry } from '../../src/data/chronology.ts';
import { dayOf } from '../../src/data/dates.ts';
import { featureDays } from '../../src/data/dates.ts';

const event = (id: string, start: string, extra: Record<string, unknown> = {}): LayerFeature =>
  ({
    type: 'Feature',
    properties: { id, name: id, 'name:tr': id, 'name:ru': id, kind: 'event', event_type: 'battle', power: 'TUR', participants: ['TUR', 'GRC'], start_date: start, precision: 'surveyed', sources: [{ id: 'test', locator: '-' }], ...extra },
    geometry: { type: 'Point', coordinates: [32, 39] },
  }) as LayerFeature;

/** Two layers, out of date order, with an area that is no event and a treaty that runs two days. */
const LAYERS: { id: string; collection: LayerCollection }[] = Object.freeze([
  { id: 'b', collection: { type: 'FeatureCollection', features: [event('late', '1921-08-23', { end_date: '1921-09-14' }), event('treaty', '1921-03-16', { event_type: 'treaty', power: 'SOV', participants: ['SOV', 'TUR'], end_date: '1921-03-18' })] } },
  {
    id: 'a',
    collection: {
      type: 'FeatureCollection',
      features: [
        event('early', '1920-12-31'),
        { type: 'Feature', properties: { id: 'area', name: 'area', kind: 'control', power: 'TUR', control: 'sovereignty', start_date: '1921-01-01', precision: 'surveyed', sources: [{ id: 'test', locator: '-' }] }, geometry: { type: 'Polygon', coordinates: [[[30, 38], [34, 38], [34, 40], [30, 38]]] } },
      ],
    },
  },
]) as never;

const ids = (filter = {}) => chronology(LAYERS, filter).map((e) => e.properties.id);

describe('chronology', () => {
  it('lists the events of every layer in date order, and nothing that is not an event', () => {
    expect(ids()).toEqual(['early', 'treaty', 'late']);
  });

  it('keeps the events with a day in the period, both ends included', () => {
    expect(ids({ from: dayOf('1921-01-01'), to: dayOf('1921-12-31') })).toEqual(['treaty', 'late']);
    expect(ids({ from: dayOf('1921-03-17'), to: dayOf('1921-03-17') })).toEqual(['treaty']);
    expect(ids({ from: dayOf('1921-03-18'), to: dayOf('1921-08-22') })).toEqual([]);
    expect(ids({ to: dayOf('1920-12-31') })).toEqual(['early']);
  });

  it('filters by type and by a power that acted or took part', () => {
    expect(ids({ type: 'treaty' })).toEqual(['treaty']);
    expect(ids({ power: 'SOV' })).toEqual(['treaty']);
    expect(ids({ power: 'GRC' })).toEqual(['early', 'late']);
    expect(ids({ power: 'FRA' })).toEqual([]);
  });

  it('marks the last event begun on or before a day, and none before the first', () => {
    const all = chronology(LAYERS);
    expect(currentEntry(all, dayOf('1920-12-30')!)).toBeNull();
    expect(currentEntry(all, dayOf('1920-12-31')!)?.properties.id).toBe('early');
    expect(currentEntry(all, dayOf('1921-08-22')!)?.properties.id).toBe('treaty');
    expect(currentEntry(all, dayOf('1923-01-01')!)?.properties.id).toBe('late');
  });

  it('lets an event without an end last its day, and ground without one stay', () => {
    expect(featureDays({ kind: 'event', start_date: '1920-12-31' })).toEqual({ start: dayOf('1920-12-31'), end: dayOf('1921-01-01') });
    expect(featureDays({ kind: 'control', start_date: '1920-12-31' }).end).toBe(Infinity);
  });
});
