import { describe, expect, it } from 'vitest';
import { fold, parseGazetteer, placeLabel, searchPlaces, type Place } from '../../src/data/gazetteer.ts';

const PLACES = parseGazetteer({
  places: [
    { id: 'izmir', lon: 27.14, lat: 38.42, names: { 'name:en': 'Izmir', 'name:tr': 'İzmir', 'name:ru': 'Измир', 'old_name:ru': 'Смирна', 'name:el': 'Σμύρνη', 'name:it': 'Smirne', 'name:fr': 'Smyrne' }, historical: ['Smyrna'], kind: 'city', source: { id: 'geonames', locator: '311046' } },
    { id: 'edirne', lon: 26.56, lat: 41.68, names: { 'name:en': 'Edirne', 'name:el': 'Αδριανούπολη' }, historical: ['Adrianople'], kind: 'city', source: { id: 'geonames', locator: '-' } },
    { id: 'igdir', lon: 44.04, lat: 39.92, names: { 'name:en': 'Igdir', 'name:tr': 'Iğdır', 'old_name:tr': 'Iğdır' }, historical: ['Surmalu'], kind: 'town', source: { id: 'geonames', locator: '-' } },
    { id: 'broken', names: {} },
  ],
});

describe('the gazetteer', () => {
  it('keeps only usable places', () => expect(PLACES.map((p) => p.id)).toEqual(['izmir', 'edirne', 'igdir']));
  it('folds diacritics and both Turkish i', () => {
    expect(fold('İzmir')).toBe('izmir');
    expect(fold('Iğdır')).toBe('igdir');
    expect(fold('Smyrne')).toBe('smyrne');
  });
  it('finds a place by any of its names, then and now, in any language', () => {
    for (const [query, id] of [['Smyrna', 'izmir'], ['izmir', 'izmir'], ['İZMİR', 'izmir'], ['Smirne', 'izmir'], ['Σμύρνη', 'izmir'], ['Adrianople', 'edirne'], ['igdir', 'igdir'], ['surmalu', 'igdir']] as const) {
      expect(searchPlaces(PLACES, query)[0]?.id, query).toBe(id);
    }
    expect(searchPlaces(PLACES, 'zzz')).toEqual([]);
    expect(searchPlaces(PLACES, '  ')).toEqual([]);
  });
  it('labels a place by its name then and now, in the reader\'s language, falling back to English', () => {
    const [izmir, edirne, igdir] = PLACES as [Place, Place, Place];
    expect(placeLabel(izmir)).toBe('Smyrna / Izmir');
    expect(placeLabel(izmir, 'ru')).toBe('Смирна / Измир');
    expect(placeLabel(izmir, 'tr')).toBe('İzmir');
    expect(placeLabel(edirne, 'ru')).toBe('Edirne');
    expect(placeLabel(igdir, 'tr')).toBe('Iğdır');
    expect(searchPlaces(PLACES, 'смирна')[0]?.id).toBe('izmir');
  });
});
