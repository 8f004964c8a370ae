import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayOf } from '../../src/data/dates.ts';
import { checkDays, GEODATA_DIR, holderProblems, holders } from './geodata_helpers.ts';

describe('issue 25: the war on the map, the points the issue names', () => {
  it('Erzurum on 1 June 1916 is Russian-held', () => expect(holders(41.28, 39.91, '1916-06-01')).toEqual(['RUS occupation']));
  it('Baghdad on 1 June 1917 is British-held', () => expect(holders(44.4, 33.34, '1917-06-01')).toEqual(['GBR occupation']));
  it('Batumi on 1 September 1918 is Ottoman-held', () => expect(holders(41.64, 41.62, '1918-09-01')).toEqual(['OTT occupation']));
  it('Jerusalem on 1 January 1918 is British-held', () => expect(holders(35.22, 31.78, '1918-01-01')).toEqual(['GBR occupation']));
});

describe('issue 25: Caucasus and eastern Anatolia, the day before and the day of each change', () => {
  checkDays([
    ['Erzurum', 41.28, 39.91, '1916-02-15', 'OTT sovereignty', '1916-02-16', 'RUS occupation'],
    ['Van', 43.38, 38.5, '1916-02-15', 'OTT sovereignty', '1916-02-16', 'RUS occupation'],
    ['Trebizond', 39.72, 41.0, '1916-04-17', 'OTT sovereignty', '1916-04-18', 'RUS occupation'],
    ['Erzincan', 39.49, 39.75, '1916-07-24', 'OTT sovereignty', '1916-07-25', 'RUS occupation'],
    ['Erzincan', 39.49, 39.75, '1918-02-12', 'RUS occupation', '1918-02-13', 'OTT sovereignty'],
    ['Bayburt', 40.23, 40.26, '1918-02-23', 'RUS occupation', '1918-02-24', 'RUS occupation'],
    ['Trebizond', 39.72, 41.0, '1918-02-23', 'RUS occupation', '1918-02-24', 'OTT sovereignty'],
    ['Erzurum', 41.28, 39.91, '1918-03-11', 'RUS occupation', '1918-03-12', 'OTT sovereignty'],
    ['Van', 43.38, 38.5, '1918-04-06', 'RUS occupation', '1918-04-07', 'OTT sovereignty'],
    ['Batumi', 41.64, 41.62, '1918-04-13', 'RUS sovereignty', '1918-04-14', 'OTT occupation'],
    ['Kars', 43.1, 40.6, '1918-04-24', 'RUS sovereignty', '1918-04-25', 'OTT occupation'],
    ['Tiflis', 44.79, 41.72, '1918-05-25', 'RUS sovereignty', '1918-05-26', 'GEO sovereignty'],
    ['Erivan', 44.51, 40.18, '1918-05-27', 'RUS sovereignty', '1918-05-28', 'ARM sovereignty'],
    ['Ganja', 46.36, 40.68, '1918-05-27', 'RUS sovereignty', '1918-05-28', 'AZE sovereignty'],
    ['Akhaltsikhe', 42.98, 41.64, '1918-06-03', 'GEO sovereignty', '1918-06-04', 'OTT occupation'],
    ['Baku', 49.87, 40.41, '1918-05-27', 'RUS sovereignty', '1918-05-28', 'SOV disputed'],
    ['Baku', 49.87, 40.41, '1918-09-14', 'SOV disputed', '1918-09-15', 'AZE sovereignty'],
  ]);
});

describe('issue 25: Gallipoli, the Maritsa strip, Van, Mus and Bitlis, the day before and the day of each change', () => {
  checkDays([
    ['Helles', 26.21, 40.07, '1915-04-24', 'OTT sovereignty', '1915-04-25', 'INT occupation'],
    ['Helles', 26.21, 40.07, '1916-01-08', 'INT occupation', '1916-01-09', 'OTT sovereignty'],
    ['Anzac', 26.285, 40.24, '1915-04-24', 'OTT sovereignty', '1915-04-25', 'GBR occupation'],
    ['Anzac', 26.285, 40.24, '1915-12-19', 'GBR occupation', '1915-12-20', 'OTT sovereignty'],
    ['Suvla', 26.3, 40.32, '1915-08-06', 'OTT sovereignty', '1915-08-07', 'GBR occupation'],
    ['Suvla', 26.3, 40.32, '1915-12-19', 'GBR occupation', '1915-12-20', 'OTT sovereignty'],
    ['Kum Kale', 26.2, 39.99, '1915-04-24', 'OTT sovereignty', '1915-04-25', 'FRA occupation'],
    ['Kum Kale', 26.2, 39.99, '1915-04-26', 'FRA occupation', '1915-04-27', 'OTT sovereignty'],
    ['Krithia, never taken', 26.23, 40.11, '1915-06-01', 'OTT sovereignty', '1915-12-01', 'OTT sovereignty'],
    ['Dimetoka', 26.5, 41.35, '1915-09-05', 'OTT sovereignty', '1915-09-06', 'BGR sovereignty'],
    ['Karaagac', 26.54, 41.66, '1915-09-05', 'OTT sovereignty', '1915-09-06', 'BGR sovereignty'],
    ['Edirne, left Ottoman', 26.56, 41.68, '1915-09-05', 'OTT sovereignty', '1915-09-06', 'OTT sovereignty'],
    ['Soufli, Bulgarian since 1913', 26.3, 41.2, '1915-09-05', 'BGR sovereignty', '1915-09-06', 'BGR sovereignty'],
    ['Van', 43.38, 38.5, '1915-05-18', 'OTT sovereignty', '1915-05-19', 'RUS occupation'],
    ['Van', 43.38, 38.5, '1915-08-03', 'RUS occupation', '1915-08-04', 'OTT sovereignty'],
    ['Bitlis', 42.11, 38.4, '1916-03-02', 'OTT sovereignty', '1916-03-03', 'RUS occupation'],
    ['Mus', 41.48, 38.73, '1916-03-02', 'OTT sovereignty', '1916-03-03', 'RUS occupation'],
    ['Bitlis', 42.11, 38.4, '1916-08-07', 'RUS occupation', '1916-08-08', 'OTT sovereignty'],
    ['Mus', 41.48, 38.73, '1916-08-07', 'RUS occupation', '1916-08-08', 'OTT sovereignty'],
  ]);
});

describe('issue 25: north-west Persia, neutral and fought over', () => {
  checkDays([
    ['Urmia', 45.07, 37.55, '1915-01-05', 'RUS occupation', '1915-01-06', 'OTT occupation'],
    ['Tabriz', 46.29, 38.08, '1915-01-11', 'RUS occupation', '1915-01-12', 'OTT occupation'],
    ['Tabriz', 46.29, 38.08, '1915-01-30', 'OTT occupation', '1915-01-31', 'RUS occupation'],
    ['Urmia', 45.07, 37.55, '1915-05-31', 'OTT occupation', '1915-06-01', 'RUS occupation'],
    ['Khoy', 44.95, 38.55, '1915-01-20', 'RUS occupation', '1918-02-27', 'RUS occupation'],
    ['Tabriz', 46.29, 38.08, '1918-02-27', 'RUS occupation', '1918-02-28', 'PER sovereignty'],
    ['Tabriz', 46.29, 38.08, '1918-06-13', 'PER sovereignty', '1918-06-14', 'OTT occupation'],
    ['Urmia', 45.07, 37.55, '1918-08-01', 'PER sovereignty', '1918-08-02', 'OTT occupation'],
    ['Qazvin', 50.0, 36.27, '1918-05-31', 'PER sovereignty', '1918-06-01', 'GBR occupation'],
    ['Tabriz', 46.29, 38.08, '1918-10-29', 'OTT occupation', '1918-10-30', 'PER sovereignty'],
    ['Isfahan', 51.67, 32.65, '1916-06-01', 'PER sovereignty', '1918-06-01', 'PER sovereignty'],
  ]);
});

describe('issue 25: Mesopotamia, Palestine and Syria, the Hejaz and Cyprus', () => {
  checkDays([
    ['Basra', 47.78, 30.51, '1914-11-21', 'OTT sovereignty', '1914-11-22', 'GBR occupation'],
    ['Kut', 45.82, 32.5, '1917-02-23', 'OTT sovereignty', '1917-02-24', 'GBR occupation'],
    ['Baghdad', 44.4, 33.34, '1917-03-10', 'OTT sovereignty', '1917-03-11', 'GBR occupation'],
    ['Beersheba', 34.79, 31.25, '1917-10-30', 'OTT sovereignty', '1917-10-31', 'GBR occupation'],
    ['Gaza', 34.45, 31.5, '1917-11-06', 'OTT sovereignty', '1917-11-07', 'GBR occupation'],
    ['Jerusalem', 35.22, 31.78, '1917-12-08', 'OTT sovereignty', '1917-12-09', 'GBR occupation'],
    ['Amman', 35.93, 31.95, '1918-09-24', 'OTT sovereignty', '1918-09-25', 'GBR occupation'],
    ['Damascus', 36.29, 33.51, '1918-09-30', 'OTT sovereignty', '1918-10-01', 'GBR occupation'],
    ['Aleppo', 37.16, 36.2, '1918-10-25', 'OTT sovereignty', '1918-10-26', 'GBR occupation'],
    ['Mecca', 39.83, 21.42, '1916-06-09', 'OTT sovereignty', '1916-06-10', 'HEJ disputed'],
    ['Nicosia', 33.36, 35.17, '1914-11-04', 'GBR administration', '1914-11-05', 'GBR sovereignty'],
  ]);
});

describe('issue 25: the joins with borders-1914 (29 October 1914) and the Mudros layers (30 October 1918)', () => {
  checkDays([
    ['Erzurum', 41.28, 39.91, '1914-10-28', 'OTT sovereignty', '1914-10-29', 'OTT sovereignty'],
    ['Kars', 43.1, 40.6, '1914-10-28', 'RUS sovereignty', '1914-10-29', 'RUS sovereignty'],
    ['Dimetoka', 26.5, 41.35, '1914-10-28', 'OTT sovereignty', '1914-10-29', 'OTT sovereignty'],
    ['Tabriz', 46.29, 38.08, '1914-10-28', 'PER sovereignty', '1914-10-29', 'RUS occupation'],
    ['Mosul', 43.13, 36.34, '1918-10-29', 'OTT sovereignty', '1918-10-30', 'OTT sovereignty'],
    ['Medina', 39.61, 24.47, '1918-10-29', 'OTT sovereignty', '1918-10-30', 'OTT sovereignty'],
    ['Batumi', 41.64, 41.62, '1918-10-29', 'OTT occupation', '1918-10-30', 'OTT occupation'],
    ['Baghdad', 44.4, 33.34, '1918-10-29', 'GBR occupation', '1918-10-30', 'GBR administration'],
    ['Dimetoka', 26.5, 41.35, '1918-10-29', 'BGR sovereignty', '1918-10-30', 'BGR sovereignty'],
    ['Karaagac', 26.54, 41.66, '1918-10-29', 'BGR sovereignty', '1918-10-30', 'BGR sovereignty'],
  ]);
});

describe('issue 25: every land point has exactly one holder on every sampled day', () => {
  const layer = JSON.parse(readFileSync(join(GEODATA_DIR, 'control-1914-1918.geojson'), 'utf8')) as { features: { properties: { start_date?: string; end_date?: string } }[] };
  const days = new Set<number>();
  for (let year = 1914; year <= 1918; year++) {
    for (let month = 1; month <= 12; month++) {
      const day = dayOf(`${year}-${String(month).padStart(2, '0')}-15`)!;
      if (day > dayOf('1914-10-29')! && day < dayOf('1918-10-30')!) days.add(day);
    }
  }
  for (const f of layer.features) for (const d of [f.properties.start_date, f.properties.end_date]) if (d) days.add(dayOf(d)!);
  for (const d of ['1914-10-28', '1914-10-29', '1918-10-29', '1918-10-30']) days.add(dayOf(d)!);

  it(`samples ${days.size} days, monthly and on each day of change, across both joins`, () => {
    const failures = [...days].sort((a, b) => a - b).flatMap(holderProblems);
    expect(failures.slice(0, 20)).toEqual([]);
  });
});
