import { describe, expect, it } from 'vitest';
import { dayOf } from '../../src/data/dates.ts';
import { isArea, type LayerCollection } from '../../src/data/contract.ts';
import { readSnapshot } from '../../src/cli/geodata_files.ts';
import { checkDays, GEODATA_DIR, GROUND, holderProblems, holders, realIndex } from './geodata_helpers.ts';

/** What a claim layer says at a point on a day, as "POWER control". */
function claims(lon: number, lat: number, date: string, layer: string): string[] {
  return realIndex()
    .query(lon, lat, { day: dayOf(date)!, layer })
    .map((f) => `${f.properties.power} ${f.properties.control}`);
}

describe('finding 5: Medina Ottoman until 10 January 1919', () => {
  checkDays([
    ['Medina', 39.61, 24.47, '1918-10-30', 'OTT sovereignty', '1919-01-09', 'OTT sovereignty'],
    ['Medina', 39.61, 24.47, '1919-01-09', 'OTT sovereignty', '1919-01-10', 'HEJ sovereignty'],
    ['Mecca', 39.83, 21.42, '1918-11-01', 'HEJ sovereignty', '1919-01-10', 'HEJ sovereignty'],
  ]);
});

describe('finding 3: the Turkish-Armenian war of 1920, town by town', () => {
  checkDays([
    ['Sarikamish', 42.59, 40.33, '1920-09-28', 'ARM occupation', '1920-09-29', 'TUR sovereignty'],
    ['Kagizman', 43.13, 40.16, '1920-09-29', 'ARM occupation', '1920-09-30', 'TUR sovereignty'],
    ['Kars', 43.1, 40.6, '1920-10-29', 'ARM occupation', '1920-10-30', 'TUR sovereignty'],
    ['Igdir', 44.04, 39.92, '1920-11-13', 'ARM occupation', '1920-11-14', 'TUR sovereignty'],
    ['Alexandropol', 43.85, 40.79, '1920-11-06', 'ARM sovereignty', '1920-11-07', 'TUR occupation'],
    ['Alexandropol', 43.85, 40.79, '1921-04-30', 'TUR occupation', '1921-05-01', 'ARM sovereignty'],
    ['Yerevan', 44.51, 40.18, '1920-11-06', 'ARM sovereignty', '1920-11-07', 'ARM sovereignty'],
  ]);
  it('Kars itself stays Armenian while Sarikamish falls', () => expect(holders(43.1, 40.6, '1920-09-29')).toEqual(['ARM occupation']));
});

describe('finding 4: Eastern Thrace in July 1920 and the Mudanya interim of 1922', () => {
  checkDays([
    ['Tekirdag', 27.48, 41.0, '1920-07-19', 'TUR sovereignty', '1920-07-20', 'GRC occupation'],
    ['Kirklareli', 27.22, 41.73, '1920-07-23', 'TUR sovereignty', '1920-07-24', 'GRC occupation'],
    ['Adrianople', 26.56, 41.68, '1920-07-24', 'TUR sovereignty', '1920-07-25', 'GRC occupation'],
    ['Adrianople', 26.56, 41.68, '1922-10-14', 'GRC occupation', '1922-10-15', 'INT occupation'],
    ['Corlu', 27.8, 41.16, '1922-10-31', 'INT occupation', '1922-11-01', 'TUR sovereignty'],
    ['Muratli', 27.5, 41.17, '1922-11-01', 'INT occupation', '1922-11-02', 'TUR sovereignty'],
    ['Luleburgaz', 27.36, 41.4, '1922-11-07', 'INT occupation', '1922-11-08', 'TUR sovereignty'],
    ['Kirklareli', 27.22, 41.73, '1922-11-10', 'INT occupation', '1922-11-11', 'TUR sovereignty'],
    ['Tekirdag', 27.48, 41.0, '1922-11-12', 'INT occupation', '1922-11-13', 'TUR sovereignty'],
    ['Adrianople', 26.56, 41.68, '1922-11-23', 'INT occupation', '1922-11-24', 'TUR sovereignty'],
  ]);
});

describe('finding 8: Cilicia, the arrival of December 1918 and the French evacuation town by town', () => {
  checkDays([
    ['Dortyol', 36.23, 36.84, '1918-12-10', 'OTT sovereignty', '1918-12-11', 'FRA occupation'],
    ['Mersin', 34.64, 36.81, '1918-12-16', 'OTT sovereignty', '1918-12-17', 'GBR occupation'],
    ['Adana', 35.32, 37.0, '1918-12-18', 'OTT sovereignty', '1918-12-19', 'FRA occupation'],
    ['Yenice', 35.05, 36.98, '1921-12-18', 'FRA occupation', '1921-12-19', 'TUR sovereignty'],
    ['Tarsus', 34.89, 36.92, '1921-12-26', 'FRA occupation', '1921-12-27', 'TUR sovereignty'],
    ['Mersin', 34.64, 36.81, '1922-01-02', 'FRA occupation', '1922-01-03', 'TUR sovereignty'],
    ['Dortyol', 36.23, 36.84, '1922-01-03', 'FRA occupation', '1922-01-04', 'TUR sovereignty'],
    ['Adana', 35.32, 37.0, '1922-01-04', 'FRA occupation', '1922-01-05', 'TUR sovereignty'],
    ['Osmaniye', 36.25, 37.07, '1922-01-06', 'FRA occupation', '1922-01-07', 'TUR sovereignty'],
  ]);
});

describe('finding 19: the Dardanelles landings of 9-10 November 1918', () => {
  checkDays([
    ['Gallipoli peninsula', 26.2, 40.07, '1918-11-08', 'OTT sovereignty', '1918-11-09', 'INT occupation'],
    ['Kumkale shore', 26.27, 39.99, '1918-11-08', 'OTT sovereignty', '1918-11-09', 'INT occupation'],
    ['Canakkale', 26.41, 40.15, '1918-11-09', 'OTT sovereignty', '1918-11-10', 'INT occupation'],
  ]);
});

describe('finding 6: the Great Offensive of 1922, town by town', () => {
  checkDays([
    ['Kutahya', 29.98, 39.42, '1922-08-29', 'GRC occupation', '1922-08-30', 'TUR sovereignty'],
    ['Kula', 28.65, 38.55, '1922-09-03', 'GRC occupation', '1922-09-04', 'TUR sovereignty'],
    ['Alasehir', 28.52, 38.35, '1922-09-04', 'GRC occupation', '1922-09-05', 'TUR sovereignty'],
    ['Balikesir', 27.89, 39.65, '1922-09-05', 'GRC occupation', '1922-09-06', 'TUR sovereignty'],
    ['Inegol', 29.51, 40.08, '1922-09-05', 'GRC occupation', '1922-09-06', 'TUR sovereignty'],
    ['Yenisehir', 29.65, 40.26, '1922-09-05', 'GRC occupation', '1922-09-06', 'TUR sovereignty'],
    ['Aydin', 27.84, 37.85, '1922-09-06', 'GRC occupation', '1922-09-07', 'TUR sovereignty'],
    ['Manisa', 27.43, 38.61, '1922-09-07', 'GRC occupation', '1922-09-08', 'TUR sovereignty'],
    ['Smyrna', 27.14, 38.42, '1922-09-08', 'GRC occupation', '1922-09-09', 'TUR sovereignty'],
    ['Burhaniye', 26.98, 39.5, '1922-09-07', 'GRC occupation', '1922-09-08', 'TUR sovereignty'],
    ['Edremit', 27.03, 39.61, '1922-09-08', 'GRC occupation', '1922-09-09', 'TUR sovereignty'],
    ['Soma', 27.61, 39.19, '1922-09-12', 'GRC occupation', '1922-09-13', 'TUR sovereignty'],
    ['Ayvalik', 26.72, 39.3, '1922-09-14', 'GRC occupation', '1922-09-15', 'TUR sovereignty'],
    ['Bandirma', 27.98, 40.34, '1922-09-16', 'GRC occupation', '1922-09-17', 'TUR sovereignty'],
    ['Erdek', 27.79, 40.4, '1922-09-17', 'GRC occupation', '1922-09-18', 'TUR sovereignty'],
  ]);
});

describe('finding 7: the Greek advances of 1919, 1920 and 1921 on their days', () => {
  checkDays([
    ['Aydin', 27.84, 37.85, '1919-06-27', 'GRC occupation', '1919-06-28', 'OTT sovereignty'],
    ['Aydin', 27.84, 37.85, '1919-07-02', 'OTT sovereignty', '1919-07-03', 'GRC occupation'],
    ['Akhisar', 27.84, 38.92, '1920-06-21', 'TUR sovereignty', '1920-06-22', 'GRC occupation'],
    ['Alasehir', 28.52, 38.35, '1920-06-23', 'TUR sovereignty', '1920-06-24', 'GRC occupation'],
    ['Soma', 27.61, 39.19, '1920-06-23', 'TUR sovereignty', '1920-06-24', 'GRC occupation'],
    ['Kula', 28.65, 38.55, '1920-06-27', 'TUR sovereignty', '1920-06-28', 'GRC occupation'],
    ['Balikesir', 27.89, 39.65, '1920-06-29', 'TUR sovereignty', '1920-06-30', 'GRC occupation'],
    ['Bandirma', 27.98, 40.35, '1920-07-01', 'TUR sovereignty', '1920-07-02', 'GRC occupation'],
    ['Bayramic (Troad)', 26.61, 39.81, '1920-07-01', 'TUR sovereignty', '1920-07-02', 'GRC occupation'],
    ['Nazilli', 28.32, 37.92, '1920-07-02', 'TUR sovereignty', '1920-07-03', 'GRC occupation'],
    ['Kutahya', 29.98, 39.42, '1921-07-16', 'TUR sovereignty', '1921-07-17', 'GRC occupation'],
  ]);
});

describe('finding 11: Alexandropol claims only what its article 2 drew', () => {
  const day = '1921-01-01';
  it('gives Turkey Kars, Gole and Oltu', () => {
    for (const [lon, lat] of [[43.1, 40.6], [42.6, 40.79], [41.99, 40.54]] as const) expect(claims(lon, lat, day, 'alexandropol-1920')).toEqual(['TUR sovereignty']);
  });
  it('leaves out Artvin and northern Ardahan, Georgian-held until February 1921', () => {
    for (const [lon, lat] of [[41.82, 41.18], [42.7, 41.11], [42.73, 41.51]] as const) expect(claims(lon, lat, day, 'alexandropol-1920')).toEqual([]);
  });
  it('while Kars (1921) gives them to Turkey', () => {
    for (const [lon, lat] of [[41.82, 41.18], [42.7, 41.11]] as const) expect(claims(lon, lat, '1922-01-01', 'kars-1921')).toEqual(['TUR sovereignty']);
  });
});

describe('finding 17: the Sevres layer keeps its allocations to its end', () => {
  it('Urfa stays Syrian (French mandate) under Sevres before and after the Ankara Agreement', () => {
    for (const date of ['1921-10-19', '1921-10-20', '1923-07-23']) expect(claims(38.79, 37.17, date, 'sevres-1920')).toEqual(['FRA administration']);
    expect(claims(38.79, 37.17, '1923-07-24', 'sevres-1920')).toEqual([]);
  });
  it('the French and Italian zones of the Tripartite Agreement both last to 1923', () => {
    // Sivas (French zone) and Konya (Italian zone), inside Turkey under art. 27.
    expect(claims(37.02, 39.75, '1922-06-01', 'sevres-1920')).toContain('FRA influence');
    expect(claims(32.48, 37.87, '1922-06-01', 'sevres-1920')).toContain('ITA influence');
  });
});

describe('finding 15: Georgia and Armenia in 1921, not single days', () => {
  /** The ids of the control features at a point on a day. */
  const ids = (lon: number, lat: number, date: string) =>
    realIndex()
      .query(lon, lat, { day: dayOf(date)!, kind: 'control' })
      .filter((f) => GROUND.has(f.layer))
      .map((f) => f.properties.id);
  it('Kutaisi stays with the Georgian government until 10 March 1921', () => {
    expect(ids(42.7, 42.27, '1921-03-09')).toEqual(['control-1918-1923-geo-1921-west']);
    expect(ids(42.7, 42.27, '1921-03-10')).toEqual(['control-1918-1923-geo-ssr-1921-03-10']);
    expect(ids(44.8, 41.7, '1921-03-01')).toEqual(['control-1918-1923-geo-ssr']);
  });
  it('Yerevan is held by the February Uprising from 18 February to 1 April 1921', () => {
    expect(ids(44.51, 40.18, '1921-02-17')).toEqual(['control-1918-1923-arm-ssr']);
    expect(ids(44.51, 40.18, '1921-02-18')).toEqual(['control-1918-1923-arm-1921-february-uprising']);
    expect(ids(44.51, 40.18, '1921-04-01')).toEqual(['control-1918-1923-arm-1921-february-uprising']);
    expect(ids(44.51, 40.18, '1921-04-02')).toEqual(['control-1918-1923-arm-ssr-1921-04-02']);
  });
  it('Adjara is autonomous from 16 July 1921, not from the Moscow treaty', () => {
    expect(holders(41.65, 41.62, '1921-07-15')).toEqual(['GEO sovereignty']);
    expect(holders(41.65, 41.62, '1921-07-16')).toEqual(['GEO autonomy']);
  });
});

describe('finding 15: one day for Soviet Batumi in every layer (19 March 1921)', () => {
  /** The day Soviet rule was declared in Batumi (History of Adjara), used by every layer. */
  const DAY = '1921-03-19';
  const snapshot = readSnapshot(GEODATA_DIR);
  /** Every feature of every layer, by id. */
  const byId = new Map<string, Record<string, unknown>>();
  for (const collection of Object.values(snapshot.layers) as LayerCollection[]) {
    for (const f of collection.features) byId.set(String(f.properties.id), f.properties as unknown as Record<string, unknown>);
  }
  checkDays([['Batumi', 41.65, 41.62, '1921-03-18', 'GEO disputed', DAY, 'GEO sovereignty']]);
  it('the control, occupation and Soviet-aid layers change on the same day', () => {
    const days = {
      'end of the March 1921 contest (control)': byId.get('control-1918-1923-batum-1921')?.end_date,
      'Adjara in Soviet Georgia (control)': byId.get('control-1918-1923-geo-ssr-adjara-1921-03-19')?.start_date,
      'Batumi - Trabzon route (Soviet aid)': byId.get('soviet-aid-1920-1922-batumi-trabzon')?.start_date,
    };
    expect(days).toEqual(Object.fromEntries(Object.keys(days).map((k) => [k, DAY])));
  });
  it('no feature dates Soviet rule in Batumi to another day in its note', () => {
    for (const [id, p] of byId) {
      const note = typeof p.note === 'string' ? p.note : '';
      if (/Batumi/.test(note) && /Soviet rule/.test(note)) expect(note, id).toMatch(/19 March/);
      if (/Batumi/.test(note)) expect(note, id).not.toMatch(/(Soviet|Red Army)[^.]*\b(17|18|20|21) March 1921/);
    }
  });
});

describe('finding 14: British and Allied occupation in Transcaucasia', () => {
  checkDays([
    ['Batumi', 41.65, 41.62, '1918-12-15', 'OTT occupation', '1918-12-16', 'GBR occupation'],
    ['Batumi', 41.65, 41.62, '1920-03-03', 'GBR occupation', '1920-03-04', 'INT occupation'],
    ['Batumi', 41.65, 41.62, '1920-07-06', 'INT occupation', '1920-07-07', 'GEO sovereignty'],
    ['Baku', 49.85, 40.42, '1918-11-16', 'AZE sovereignty', '1918-11-17', 'GBR occupation'],
    ['Baku', 49.85, 40.42, '1919-08-31', 'GBR occupation', '1919-09-01', 'AZE sovereignty'],
  ]);
  it('Ganja stays with the Azerbaijani government while the British hold Baku', () => expect(holders(46.36, 40.68, '1919-01-01')).toEqual(['AZE sovereignty']));
});

describe('finding 20: the south-east British before French, town by town', () => {
  checkDays([
    ['Alexandretta', 36.17, 36.59, '1918-11-08', 'OTT sovereignty', '1918-11-09', 'GBR occupation'],
    // The French take-over is December 1918, month only (the day was not found).
    ['Alexandretta', 36.17, 36.59, '1918-11-30', 'GBR occupation', '1918-12-01', 'FRA occupation'],
    ['Kilis', 37.12, 36.72, '1919-10-28', 'GBR occupation', '1919-10-29', 'FRA occupation'],
    ['Aintab', 37.38, 37.07, '1919-11-04', 'GBR occupation', '1919-11-05', 'FRA occupation'],
  ]);
  it('Antioch stays Ottoman while the British hold the town of Alexandretta', () => expect(holders(36.16, 36.2, '1918-11-20')).toEqual(['OTT sovereignty']));
  it('Aintab stays British while Kilis is French', () => expect(holders(37.38, 37.07, '1919-10-29')).toEqual(['GBR occupation']));
});

describe('Karaagac, west of the Maritsa: Bulgarian, inter-Allied, Greek, Turkish on 15 September 1923', () => {
  checkDays([
    ['Karaagac', 26.535, 41.655, '1919-10-14', 'BGR sovereignty', '1919-10-15', 'INT administration'],
    ['Karaagac', 26.535, 41.655, '1920-05-15', 'INT administration', '1920-05-16', 'GRC sovereignty'],
    ['Karaagac', 26.535, 41.655, '1923-09-14', 'GRC sovereignty', '1923-09-15', 'TUR sovereignty'],
  ]);
  it('stays Greek through the Mudanya interim while Adrianople across the river is Allied, then Turkish', () => {
    expect(holders(26.535, 41.655, '1922-10-20')).toEqual(['GRC sovereignty']);
    expect(holders(26.56, 41.68, '1922-10-20')).toEqual(['INT occupation']);
    expect(holders(26.535, 41.655, '1923-07-24')).toEqual(['GRC sovereignty']);
    expect(holders(26.56, 41.68, '1923-07-24')).toEqual(['TUR sovereignty']);
  });
});

describe('finding 20: the French at Zonguldak', () => {
  checkDays([
    ['Zonguldak', 31.79, 41.45, '1919-03-07', 'OTT sovereignty', '1919-03-08', 'FRA occupation'],
    ['Zonguldak', 31.79, 41.45, '1921-06-20', 'FRA occupation', '1921-06-21', 'TUR sovereignty'],
  ]);
});

describe('finding 20: the British garrison at Eskisehir', () => {
  checkDays([
    // Month only: "the end of January 1919", drawn from 1 January.
    ['Eskisehir', 30.52, 39.78, '1918-12-31', 'OTT sovereignty', '1919-01-01', 'GBR occupation'],
    ['Eskisehir', 30.52, 39.78, '1920-03-19', 'GBR occupation', '1920-03-20', 'OTT sovereignty'],
  ]);
});

/** The ids of the ground layers' control features at a point on a day. */
function heldBy(lon: number, lat: number, date: string): string[] {
  return realIndex()
    .query(lon, lat, { day: dayOf(date)!, kind: 'control' })
    .filter((f) => GROUND.has(f.layer))
    .map((f) => f.properties.id);
}

/** Who ran the ground under its holder at a point on a day (administered_by), where anyone did. */
function administrators(lon: number, lat: number, date: string): string[] {
  return realIndex()
    .query(lon, lat, { day: dayOf(date)!, kind: 'control' })
    .filter((f) => GROUND.has(f.layer))
    .flatMap((f) => (isArea(f.properties) && f.properties.administered_by ? [f.properties.administered_by] : []));
}

describe('finding 2: two governments, the Allied zones of Constantinople and Izmit', () => {
  checkDays([
    // The Allied zones to the Chatalja lines and on the Kocaeli peninsula, from the formal occupation.
    ['Chatalja', 28.46, 41.14, '1920-03-15', 'OTT sovereignty', '1920-03-16', 'INT occupation'],
    ['Gebze', 29.43, 40.8, '1920-03-15', 'OTT sovereignty', '1920-03-16', 'INT occupation'],
    ['Sile', 29.61, 41.17, '1920-03-15', 'OTT sovereignty', '1920-03-16', 'INT occupation'],
    // Izmit: a British detachment, then the Greek army, then Ankara on 28 June 1921.
    ['Izmit', 29.92, 40.77, '1918-11-19', 'OTT sovereignty', '1918-11-20', 'GBR occupation'],
    ['Izmit', 29.92, 40.77, '1920-08-31', 'GBR occupation', '1920-09-01', 'GRC occupation'],
    ['Izmit', 29.92, 40.77, '1921-06-27', 'GRC occupation', '1921-06-28', 'TUR sovereignty'],
    ['Kandira', 30.15, 41.07, '1920-08-31', 'TUR sovereignty', '1920-09-01', 'GRC occupation'],
    // The Representative Committee contests the east from the Sivas Congress; the Assembly holds it from 23 April 1920.
    ['Sivas', 37.02, 39.75, '1919-09-10', 'OTT sovereignty', '1919-09-11', 'TUR disputed'],
    ['Angora', 32.85, 39.93, '1920-04-22', 'TUR disputed', '1920-04-23', 'TUR sovereignty'],
    ['Bolu', 31.6, 40.73, '1919-09-10', 'OTT sovereignty', '1919-09-11', 'TUR disputed'],
  ]);
  it('on each side of the Chatalja lines in 1921: the Allied zone east, the Greek army west', () => {
    expect(holders(28.46, 41.14, '1921-06-01')).toEqual(['INT occupation']);
    expect(holders(28.0, 41.29, '1921-06-01')).toEqual(['GRC occupation']);
  });
  it('on each side of the Kocaeli zone\'s edge after Izmit was freed: Allied west, Ankara east', () => {
    expect(holders(29.54, 40.79, '1921-07-01')).toEqual(['INT occupation']);
    expect(holders(29.85, 40.77, '1921-07-01')).toEqual(['TUR sovereignty']);
  });
  it('on each side of the Representative Committee\'s ground: Istanbul\'s west of it, contested east', () => {
    expect(holders(29.06, 40.19, '1919-12-01')).toEqual(['OTT sovereignty']);
    expect(holders(30.52, 39.78, '1920-03-25')).toEqual(['OTT sovereignty']);
    expect(holders(31.6, 40.73, '1919-12-01')).toEqual(['TUR disputed']);
    expect(holders(36.93, 37.58, '1920-02-13')).toEqual(['TUR disputed']);
  });
  it('Constantinople: Inter-Allied occupation administered by the Istanbul government until its cabinet resigned on 4 November 1922, then by Ankara', () => {
    expect(holders(28.98, 41.01, '1918-11-13')).toEqual(['INT occupation']);
    expect(administrators(28.98, 41.01, '1918-11-13')).toEqual(['OTT']);
    expect(administrators(28.98, 41.01, '1922-10-01')).toEqual(['OTT']);
    expect(administrators(28.98, 41.01, '1922-11-03')).toEqual(['OTT']);
    expect(administrators(28.98, 41.01, '1922-11-04')).toEqual(['TUR']);
    expect(administrators(28.46, 41.14, '1922-11-04')).toEqual(['TUR']);
    expect(holders(28.98, 41.01, '1923-10-03')).toEqual(['INT occupation']);
    expect(holders(28.98, 41.01, '1923-10-04')).toEqual(['TUR sovereignty']);
    expect(administrators(29.92, 40.77, '1920-10-01')).toEqual([]);
  });
});

describe('finding 10: the Mudanya neutral zones at Chanak and Ismid, to the evacuation of 1923', () => {
  it('the Chanak zone is its own feature from the armistice\'s first day, Allied-held until 4 October 1923', () => {
    expect(heldBy(26.41, 40.15, '1922-10-14')).toEqual(['occupations-1918-1923-int-straits-dardanelles']);
    expect(heldBy(26.41, 40.15, '1922-10-15')).toEqual(['occupations-1918-1923-int-chanak-neutral-zone']);
    expect(holders(26.41, 40.15, '1923-10-03')).toEqual(['INT occupation']);
    expect(holders(26.41, 40.15, '1923-10-04')).toEqual(['TUR sovereignty']);
  });
  it('the Ismid zone likewise, next to Ankara\'s Izmit', () => {
    expect(heldBy(29.43, 40.8, '1922-10-14')).toEqual(['occupations-1918-1923-int-kocaeli']);
    expect(heldBy(29.43, 40.8, '1922-10-15')).toEqual(['occupations-1918-1923-int-ismid-neutral-zone']);
    expect(holders(29.92, 40.77, '1922-10-15')).toEqual(['TUR sovereignty']);
    expect(holders(29.43, 40.8, '1923-10-03')).toEqual(['INT occupation']);
    expect(holders(29.43, 40.8, '1923-10-04')).toEqual(['TUR sovereignty']);
  });
});

describe('finding 18: the Straits zones are demilitarised under their own sovereigns, not international', () => {
  it('Lausanne: the Dardanelles, the Bosphorus and Imbros Turkish, Lemnos Greek', () => {
    expect(claims(26.5, 40.3, '1923-08-01', 'lausanne-1923').sort()).toEqual(['TUR demilitarised', 'TUR sovereignty']);
    expect(claims(29.05, 41.1, '1923-08-01', 'lausanne-1923').sort()).toEqual(['TUR demilitarised', 'TUR sovereignty']);
    expect(claims(25.85, 40.17, '1923-08-01', 'lausanne-1923')).toContain('TUR demilitarised');
    expect(claims(25.27, 39.87, '1923-08-01', 'lausanne-1923')).toEqual(['GRC demilitarised']);
    expect(claims(26.5, 40.3, '1923-07-23', 'lausanne-1923')).toEqual([]);
  });
  it('Sevres: the zone\'s Turkish shore is Turkish and demilitarised; outside it, Turkish alone', () => {
    expect(claims(28.88, 40.37, '1920-08-10', 'sevres-1920').sort()).toEqual(['OTT demilitarised', 'OTT sovereignty']);
    expect(claims(32.85, 39.93, '1920-08-10', 'sevres-1920')).toEqual(['OTT sovereignty']);
    expect(claims(26.67, 40.41, '1920-08-10', 'sevres-1920')).not.toContain('INT international');
  });
});

describe('finding 23: the Kars council was no Ottoman state', () => {
  checkDays([
    ['Kars', 43.1, 40.6, '1918-11-30', 'OTT disputed', '1918-12-01', 'LOC disputed'],
    ['Kars', 43.1, 40.6, '1919-04-18', 'LOC disputed', '1919-04-19', 'ARM occupation'],
  ]);
});

describe('exactly one holder on the land grid on every day these findings change', () => {
  for (const date of ['1918-11-20', '1918-12-01', '1919-04-19', '1919-09-11', '1920-03-16', '1920-04-23', '1920-09-01', '1921-06-28', '1922-10-15', '1922-11-04', '1923-10-04']) {
    it(date, () => expect(holderProblems(dayOf(date)!).slice(0, 10)).toEqual([]));
  }
});

describe('finding 13: the Mosul vilayet, its south British from the armistice and Mosul on 8 November 1918', () => {
  checkDays([
    // Kirkuk (taken on 25 October) and Sharqat are British from the armistice; the war layer holds the days before.
    ['Kirkuk', 44.39, 35.47, '1918-10-30', 'GBR occupation', '1918-11-07', 'GBR occupation'],
    ['Sharqat', 43.23, 35.51, '1918-10-30', 'GBR occupation', '1918-11-07', 'GBR occupation'],
  ]);
  it('on each side of the armistice line: the Tigris above Qaiyara Ottoman, below it British', () => {
    expect(holders(43.25, 36.0, '1918-11-01')).toEqual(['OTT sovereignty']);
    expect(holders(43.25, 35.65, '1918-11-01')).toEqual(['GBR occupation']);
    // Sulaymaniyah, east of the schematic line by Chamchamal, stays Ottoman until Mosul.
    expect(holders(45.43, 35.56, '1918-11-01')).toEqual(['OTT sovereignty']);
  });
  it('Mosul and Erbil are Ottoman to 7 November and British, with the Mosul question, from 8 November, the whole vilayet with them', () => {
    for (const [lon, lat] of [[43.13, 36.34], [44.01, 36.19]] as const) {
      expect(holders(lon, lat, '1918-11-07')).toEqual(['OTT sovereignty']);
      expect(holders(lon, lat, '1918-11-08').sort()).toEqual(['GBR disputed', 'GBR occupation']);
    }
    expect(holders(44.39, 35.47, '1918-11-08').sort()).toEqual(['GBR disputed', 'GBR occupation']);
  });
});

describe('finding 14: Tiflis and the Lori neutral zone', () => {
  checkDays([
    ['Tiflis', 44.8, 41.7, '1918-12-23', 'GEO sovereignty', '1918-12-24', 'GBR occupation'],
    ['Tiflis', 44.8, 41.7, '1919-09-08', 'GBR occupation', '1919-09-09', 'GEO sovereignty'],
    ['Alaverdi (Lori)', 44.66, 41.1, '1919-01-16', 'ARM sovereignty', '1919-01-17', 'GBR administration'],
    ['Alaverdi (Lori)', 44.66, 41.1, '1920-11-12', 'GBR administration', '1920-11-13', 'GEO occupation'],
    ['Alaverdi (Lori)', 44.66, 41.1, '1921-02-11', 'GEO occupation', '1921-02-12', 'GEO disputed'],
    ['Alaverdi (Lori)', 44.66, 41.1, '1921-02-17', 'GEO disputed', '1921-02-18', 'ARM sovereignty'],
  ]);
  it('outside the boxes the governments hold their ground: Gori Georgian, Karakilisa (Vanadzor) Armenian', () => {
    expect(holders(44.11, 41.98, '1919-06-01')).toEqual(['GEO sovereignty']);
    expect(holders(44.49, 40.81, '1919-06-01')).toEqual(['ARM sovereignty']);
  });
});

describe('finding 24: Sevres and the Tripartite Agreement signed and never in force', () => {
  const resources = (readSnapshot(GEODATA_DIR).datapackage as { resources: { name: string; never_in_force?: boolean; lifecycle: { stage: string }[] }[] }).resources;
  it('the Sevres layer says so in its catalogue entry, and no layer that came into force does', () => {
    expect(resources.filter((r) => r.never_in_force).map((r) => r.name)).toEqual(['sevres-1920']);
    for (const r of resources.filter((r) => r.never_in_force)) expect(r.lifecycle.map((s) => s.stage)).not.toContain('in_force');
  });
});

describe('finding 10: the Greek zone held to the Milne line, 3 November 1919 to 22 June 1920', () => {
  /** The ids of the control features at a point on a day. */
  const ids = (lon: number, lat: number, date: string) =>
    realIndex()
      .query(lon, lat, { day: dayOf(date)!, kind: 'control' })
      .filter((f) => GROUND.has(f.layer))
      .map((f) => f.properties.id);
  it('the line is a feature from the day it was notified to the day the Greek offensive crossed it', () => {
    expect(ids(27.84, 37.85, '1919-11-02')).toEqual(['occupations-1918-1923-grc-1919-07-03']);
    expect(ids(27.84, 37.85, '1919-11-03')).toEqual(['occupations-1918-1923-grc-milne-line']);
    expect(ids(27.84, 37.85, '1920-06-21')).toEqual(['occupations-1918-1923-grc-milne-line']);
    expect(ids(27.84, 37.85, '1920-06-22')).not.toContain('occupations-1918-1923-grc-milne-line');
  });
  it('on each side of the line: Turgutlu and Aydin Greek, Salihli, Akhisar and Nazilli not', () => {
    for (const [lon, lat] of [[27.7, 38.5], [27.84, 37.85]] as const) expect(holders(lon, lat, '1920-01-01')).toEqual(['GRC occupation']);
    for (const [lon, lat] of [[28.14, 38.48], [27.84, 38.92], [28.32, 37.92]] as const) expect(holders(lon, lat, '1920-01-01')).toEqual(['OTT sovereignty']);
  });
});

describe('finding 20: the Italian garrison at Konya', () => {
  checkDays([
    ['Konya', 32.48, 37.87, '1919-04-24', 'OTT sovereignty', '1919-04-25', 'ITA occupation'],
    ['Konya', 32.48, 37.87, '1920-03-11', 'ITA occupation', '1920-03-12', 'TUR disputed'],
  ]);
});

describe('findings 10, 13, 14 and 20 (this round): exactly one holder on every day of change', () => {
  const days = ['1918-10-30', '1918-11-08', '1918-12-24', '1919-01-17', '1919-04-25', '1919-09-09', '1919-11-03', '1920-03-12', '1920-06-22', '1920-11-13', '1921-02-12', '1921-02-18'];
  it.each(days)('%s', (date) => expect(holderProblems(dayOf(date)!)).toEqual([]));
});

describe('finding 20: the Italian south-west, each town from its own landing', () => {
  checkDays([
    ['Antalya', 30.71, 36.89, '1919-03-27', 'OTT sovereignty', '1919-03-28', 'ITA occupation'],
    ['Bodrum', 27.43, 37.04, '1919-05-10', 'OTT sovereignty', '1919-05-11', 'ITA occupation'],
    ['Marmaris', 28.27, 36.86, '1919-05-10', 'OTT sovereignty', '1919-05-11', 'ITA occupation'],
    ['Fethiye (Makri)', 29.12, 36.63, '1919-05-10', 'OTT sovereignty', '1919-05-11', 'ITA occupation'],
    ['Antalya', 30.71, 36.89, '1921-07-04', 'ITA occupation', '1921-07-05', 'TUR sovereignty'],
  ]);
  it('Antalya is one Italian zone before and after the western landings', () => {
    expect(heldBy(30.71, 36.89, '1919-05-10')).toEqual(['occupations-1918-1923-ita-antalya-1919']);
    expect(heldBy(30.71, 36.89, '1919-05-11')).toEqual(['occupations-1918-1923-ita-south-west']);
  });
});

describe('finding 14: the Georgian government ran Tiflis under the British garrison', () => {
  it('administered by Georgia while the British held the town, and Georgian alone before and after', () => {
    expect(administrators(44.8, 41.7, '1918-12-23')).toEqual([]);
    expect(administrators(44.8, 41.7, '1918-12-24')).toEqual(['GEO']);
    expect(administrators(44.8, 41.7, '1919-09-08')).toEqual(['GEO']);
    expect(administrators(44.8, 41.7, '1919-09-09')).toEqual([]);
  });
});

describe('finding 20 (Italian landings): exactly one holder on every day of change', () => {
  it.each(['1919-03-28', '1919-05-11'])('%s', (date) => expect(holderProblems(dayOf(date)!)).toEqual([]));
});

describe('finding 24: the Sevres lines whose texts were not found stay as their notes describe them', () => {
  const day = '1921-01-01';
  /** Whether a Sevres feature of a power and control covers a point. */
  const has = (lon: number, lat: number, claim: string) => claims(lon, lat, day, 'sevres-1920').includes(claim);
  it('art. 27 II (2): Osmaniye, Aintab, Birecik, Urfa, Mardin and Cizre Syrian; Adana, Marash and Diyarbekir Turkish', () => {
    for (const [lon, lat] of [[36.25, 37.07], [37.38, 37.07], [37.98, 37.03], [38.79, 37.17], [40.74, 37.31], [42.19, 37.33]] as const) expect(claims(lon, lat, day, 'sevres-1920')).toEqual(['FRA administration']);
    for (const [lon, lat] of [[35.32, 37.0], [36.94, 37.58], [40.22, 37.91]] as const) {
      expect(has(lon, lat, 'OTT sovereignty')).toBe(true);
      expect(has(lon, lat, 'FRA administration')).toBe(false);
    }
  });
  it('art. 66: Ayvalik, Bergama, Manisa, Tire and Odemis in the Smyrna zone; Aydin and Salihli outside', () => {
    for (const [lon, lat] of [[26.75, 39.3], [27.18, 39.12], [27.43, 38.61], [27.73, 38.09], [27.97, 38.23]] as const) expect(has(lon, lat, 'GRC administration')).toBe(true);
    for (const [lon, lat] of [[27.85, 37.85], [28.14, 38.48]] as const) expect(has(lon, lat, 'GRC administration')).toBe(false);
  });
  it('art. 179: the Marmara and Dardanelles shore in the Straits zone (Chanak, Mudanya, Bandirma, Izmit); Bursa and Balikesir inland of it', () => {
    for (const [lon, lat] of [[26.41, 40.15], [28.88, 40.37], [27.97, 40.35], [29.92, 40.77]] as const) expect(has(lon, lat, 'OTT demilitarised')).toBe(true);
    for (const [lon, lat] of [[29.06, 40.19], [27.88, 39.65]] as const) expect(has(lon, lat, 'OTT demilitarised')).toBe(false);
  });
  it("Wilson's award: Trebizond, Erzurum, Erzincan, Mus, Bitlis and Van Armenian from 22 November 1920; Siirt and Hakkari not", () => {
    for (const [lon, lat] of [[39.72, 41.0], [41.28, 39.9], [39.49, 39.75], [41.49, 38.74], [42.11, 38.4], [43.38, 38.49]] as const) {
      expect(claims(lon, lat, '1920-11-21', 'sevres-1920')).not.toContain('ARM sovereignty');
      expect(claims(lon, lat, '1920-11-22', 'sevres-1920')).toEqual(['ARM sovereignty']);
    }
    for (const [lon, lat] of [[41.94, 37.93], [43.74, 37.57]] as const) expect(has(lon, lat, 'ARM sovereignty')).toBe(false);
  });
  it('each of these features says its text was not found, and where it was searched for', () => {
    const { features } = readSnapshot(GEODATA_DIR).layers['sevres-1920.geojson'] as LayerCollection;
    for (const id of ['sevres-1920-ott', 'sevres-1920-fra-syria', 'sevres-1920-grc-smyrna', 'sevres-1920-int-straits', 'sevres-1920-arm']) {
      const note = String(features.find((f) => f.properties.id === id)!.properties.note);
      expect(note, id).toMatch(/not found in any stored copy searched on 6 December 2026 \(see the note of (treaty-sevres-1920|wilson-award-1920)\)/);
    }
  });
});

describe('finding 22: Nakhchivan drawn as the modern exclave, on each side of its line', () => {
  it.each([['moscow-1921', '1921-06-01'], ['kars-1921', '1922-06-01']])('%s', (layer, date) => {
    // Sadarak, Sharur, Nakhchivan, Julfa, Ordubad; then the town of Ararat, Yeraskh and Vayk in Armenia.
    for (const [lon, lat] of [[44.88, 39.71], [45.05, 39.55], [45.41, 39.21], [45.63, 38.96], [46.02, 38.91]] as const) expect(claims(lon, lat, date, layer)).toEqual(['AZE autonomy']);
    for (const [lon, lat] of [[44.7, 39.83], [44.8, 39.76], [45.47, 39.69]] as const) expect(claims(lon, lat, date, layer)).toEqual(['ARM sovereignty']);
  });
});
