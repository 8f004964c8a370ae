import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayOf } from '../../src/data/dates.ts';
import { checkDays, GEODATA_DIR, holderProblems, holders, type GridArea } from './geodata_helpers.ts';

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
    ['Alexandropol', 43.85, 40.79, '1918-05-14', 'RUS sovereignty', '1918-05-15', 'OTT occupation'],
    ['Alexandropol, under the Batum treaty', 43.85, 40.79, '1918-06-03', 'OTT occupation', '1918-06-04', 'OTT occupation'],
    ['Karakilisa, east of the Shirak plain', 44.49, 40.81, '1918-05-14', 'RUS sovereignty', '1918-05-15', 'RUS sovereignty'],
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
    ['Mus', 41.48, 38.73, '1916-08-23', 'OTT sovereignty', '1916-08-24', 'RUS occupation'],
    ['Bitlis, left Ottoman', 42.11, 38.4, '1916-08-23', 'OTT sovereignty', '1916-08-24', 'OTT sovereignty'],
    ['Mus', 41.48, 38.73, '1917-04-29', 'RUS occupation', '1917-04-30', 'OTT sovereignty'],
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

describe('issue 25: Mesopotamia stage by stage, the day before and the day of each change', () => {
  checkDays([
    ['Fao', 48.47, 29.98, '1914-11-05', 'OTT sovereignty', '1914-11-06', 'GBR occupation'],
    ['Qurna', 47.43, 31.0, '1914-12-08', 'OTT sovereignty', '1914-12-09', 'GBR occupation'],
    ['Amara', 47.15, 31.84, '1915-06-02', 'OTT sovereignty', '1915-06-03', 'GBR occupation'],
    ['Nasiriyah', 46.26, 31.05, '1915-07-24', 'OTT sovereignty', '1915-07-25', 'GBR occupation'],
    ['Kut', 45.82, 32.5, '1915-09-27', 'OTT sovereignty', '1915-09-28', 'GBR occupation'],
    ['Kut, besieged', 45.82, 32.5, '1915-12-06', 'GBR occupation', '1915-12-07', 'GBR occupation'],
    ['Between Kut and the relief force', 46.1, 32.4, '1915-12-06', 'GBR occupation', '1915-12-07', 'OTT sovereignty'],
    ['Kut, surrendered', 45.82, 32.5, '1916-04-28', 'GBR occupation', '1916-04-29', 'OTT sovereignty'],
    ['Amara', 47.15, 31.84, '1916-04-28', 'GBR occupation', '1916-04-29', 'GBR occupation'],
    ['Samarra', 43.88, 34.2, '1917-04-22', 'OTT sovereignty', '1917-04-23', 'GBR occupation'],
    ['Falluja', 43.78, 33.35, '1917-04-22', 'OTT sovereignty', '1917-04-23', 'GBR occupation'],
    ['Ramadi', 43.3, 33.42, '1917-09-28', 'OTT sovereignty', '1917-09-29', 'GBR occupation'],
    ['Tikrit', 43.68, 34.6, '1917-11-05', 'OTT sovereignty', '1917-11-06', 'GBR occupation'],
    ['Kirkuk', 44.39, 35.47, '1918-05-06', 'OTT sovereignty', '1918-05-07', 'GBR occupation'],
    ['Kirkuk, abandoned', 44.39, 35.47, '1918-05-31', 'GBR occupation', '1918-06-01', 'OTT sovereignty'],
    ['Kirkuk, retaken', 44.39, 35.47, '1918-10-24', 'OTT sovereignty', '1918-10-25', 'GBR occupation'],
    ['The Tigris below the Lesser Zab', 43.3, 35.0, '1918-10-24', 'OTT sovereignty', '1918-10-25', 'GBR occupation'],
    ['Sharqat, surrendered on the armistice day', 43.24, 35.51, '1918-10-28', 'OTT sovereignty', '1918-10-29', 'OTT sovereignty'],
  ]);
});

describe('issue 25: Palestine, Transjordan, Lebanon and Syria town by town', () => {
  checkDays([
    ['Jaffa', 34.78, 32.05, '1917-11-15', 'OTT sovereignty', '1917-11-16', 'GBR occupation'],
    ['Jerusalem, after Jaffa', 35.22, 31.78, '1917-11-15', 'OTT sovereignty', '1917-11-16', 'OTT sovereignty'],
    ['Jericho', 35.45, 31.86, '1918-02-20', 'OTT sovereignty', '1918-02-21', 'GBR occupation'],
    ['Es Salt, raided in spring but not held', 35.73, 32.04, '1918-04-01', 'OTT sovereignty', '1918-05-01', 'OTT sovereignty'],
    ['Nazareth', 35.3, 32.7, '1918-09-19', 'OTT sovereignty', '1918-09-20', 'GBR occupation'],
    ['Haifa', 34.99, 32.79, '1918-09-22', 'OTT sovereignty', '1918-09-23', 'GBR occupation'],
    ['Es Salt', 35.73, 32.04, '1918-09-22', 'OTT sovereignty', '1918-09-23', 'GBR occupation'],
    ['Beirut', 35.5, 33.89, '1918-10-05', 'OTT sovereignty', '1918-10-06', 'GBR occupation'],
    ['Tripoli', 35.84, 34.43, '1918-10-12', 'OTT sovereignty', '1918-10-13', 'GBR occupation'],
    ['Homs', 36.72, 34.73, '1918-10-14', 'OTT sovereignty', '1918-10-15', 'GBR occupation'],
  ]);
});

describe('issue 25: the Arab Revolt town by town, Medina Ottoman throughout', () => {
  checkDays([
    ['Jeddah', 39.17, 21.5, '1916-06-15', 'HEJ disputed', '1916-06-16', 'HEJ sovereignty'],
    ['Mecca', 39.83, 21.42, '1916-07-08', 'HEJ disputed', '1916-07-09', 'HEJ sovereignty'],
    ['Yanbu', 38.06, 24.09, '1916-07-31', 'HEJ disputed', '1916-08-01', 'HEJ sovereignty'],
    ['Rabigh', 39.05, 22.8, '1916-07-31', 'HEJ disputed', '1916-08-01', 'HEJ sovereignty'],
    ['Taif', 40.42, 21.27, '1916-09-21', 'HEJ disputed', '1916-09-22', 'HEJ sovereignty'],
    ['Wejh', 36.47, 26.22, '1917-01-23', 'HEJ disputed', '1917-01-24', 'HEJ sovereignty'],
    ['Aqaba', 35.02, 29.55, '1917-07-05', 'OTT sovereignty', '1917-07-06', 'HEJ occupation'],
    ['Maan', 35.73, 30.2, '1918-09-22', 'OTT sovereignty', '1918-09-23', 'HEJ occupation'],
    ['Aqaba, after Amman', 35.02, 29.55, '1918-09-24', 'HEJ occupation', '1918-09-25', 'HEJ occupation'],
    ['Medina', 39.61, 24.47, '1916-06-09', 'OTT sovereignty', '1916-06-10', 'OTT sovereignty'],
    ['Medina', 39.61, 24.47, '1917-01-23', 'OTT sovereignty', '1917-01-24', 'OTT sovereignty'],
    ['Tabuk, on the railway', 36.57, 28.38, '1917-07-05', 'HEJ disputed', '1917-07-06', 'HEJ disputed'],
  ]);
});

describe('issue 25: Sinai, held by the Ottoman army until Romani, El Arish and Rafa (Egypt itself is not drawn)', () => {
  const cases: [place: string, lon: number, lat: number, before: string, beforeHolders: string[], after: string, afterHolders: string[]][] = [
    ['El Arish', 33.8, 31.12, '1914-12-03', [], '1914-12-04', ['OTT occupation']],
    ['Bir el Abd', 32.95, 31.0, '1916-08-04', ['OTT occupation'], '1916-08-05', []],
    ['El Arish', 33.8, 31.12, '1916-12-20', ['OTT occupation'], '1916-12-21', []],
    ['Egyptian Rafa', 34.2, 31.25, '1917-01-08', ['OTT occupation'], '1917-01-09', []],
  ];
  for (const [place, lon, lat, before, beforeHolders, after, afterHolders] of cases) {
    it(`${place}: ${beforeHolders.join() || 'nobody'} on ${before}, ${afterHolders.join() || 'nobody'} on ${after}`, () => {
      expect(holders(lon, lat, before)).toEqual(beforeHolders);
      expect(holders(lon, lat, after)).toEqual(afterHolders);
    });
  }
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

describe('review finding 1: exactly one holder on the land grid when Alexandropol falls and Armenia declares independence', () => {
  it.each(['1918-05-15', '1918-05-26', '1918-05-28', '1918-06-04'])('%s', (date) => expect(holderProblems(dayOf(date)!)).toEqual([]));
});

describe('review finding 12: borders-1914 leaves the Maritsa strip Ottoman and Southern Dobruja to Romania (not drawn)', () => {
  it('on each side of the 1913 Maritsa line: Dimetoka Ottoman, Soufli Bulgarian', () => {
    expect(holders(26.5, 41.35, '1914-06-01')).toEqual(['OTT sovereignty']);
    expect(holders(26.3, 41.2, '1914-06-01')).toEqual(['BGR sovereignty']);
  });
  it('on each side of the 1913 Dobruja line: Silistra, Dobrich and Balchik held by no power drawn, Razgrad, Shumen and Varna Bulgarian', () => {
    for (const [lon, lat] of [[27.26, 44.12], [27.83, 43.57], [28.16, 43.41]] as const) expect(holders(lon, lat, '1914-06-01')).toEqual([]);
    for (const [lon, lat] of [[26.5, 43.53], [26.93, 43.27], [27.92, 43.21]] as const) expect(holders(lon, lat, '1914-06-01')).toEqual(['BGR sovereignty']);
  });
});

describe('issue 25: the armistice line joins the later layers at Kirkuk and Sharqat', () => {
  // Who held them from 30 October is the later layers' business; here each has one holder on each side.
  for (const [place, lon, lat] of [['Kirkuk', 44.39, 35.47], ['Sharqat', 43.24, 35.51], ['Mosul', 43.13, 36.34]] as const) {
    it(`${place} has exactly one holder on 29 and on 30 October 1918`, () => {
      expect(holders(lon, lat, '1918-10-29')).toHaveLength(1);
      expect(holders(lon, lat, '1918-10-30')).toHaveLength(1);
    });
  }
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
    const failures = [...days].sort((a, b) => a - b).flatMap((day) => holderProblems(day));
    expect(failures.slice(0, 20)).toEqual([]);
  });
});

describe('issue 25: every land point of the Hejaz has exactly one holder as the revolt spreads', () => {
  // The Hejaz lies south of the region's grid and outside borders-1914: its land is the Sevres layer's.
  const hejaz: GridArea = { west: 35.1371, east: 41.5, south: 20.6129, north: 29.5, land: 'sevres-1920' };
  const layer = JSON.parse(readFileSync(join(GEODATA_DIR, 'control-1914-1918.geojson'), 'utf8')) as { features: { properties: { power: string; start_date?: string; end_date?: string } }[] };
  const days = new Set<number>([dayOf('1916-06-09')!, dayOf('1918-10-29')!, dayOf('1918-10-30')!]);
  for (const f of layer.features) if (f.properties.power === 'HEJ') for (const d of [f.properties.start_date, f.properties.end_date]) if (d) days.add(dayOf(d)!);

  it(`samples ${days.size} days of the revolt, from the day before it to the join with the later layer`, () => {
    const failures = [...days].sort((a, b) => a - b).flatMap((day) => holderProblems(day, hejaz));
    expect(failures.slice(0, 20)).toEqual([]);
  });
});
