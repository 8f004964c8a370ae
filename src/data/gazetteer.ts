/** A place of the story with its names then and now (geodata/gazetteer.json). */
export interface Place {
  id: string;
  lon: number;
  lat: number;
  /** OSM-style keys: `name:en`, `name:tr`, `name:ru`, `name:el`, `name:hy`, `name:ka`, `name:fr`, ... */
  names: Record<string, string>;
  /** Names in use in 1914-1923 (Smyrna, Adrianople, Angora, Batum, ...). */
  historical: string[];
  kind: string;
  /** A place the story turns on (Smyrna, Angora, Kars, Batum...): labelled before any other, at every size. */
  key?: boolean;
  source: { id: string; locator: string };
}

/** Reads geodata/gazetteer.json, keeping the places with an id, coordinates and an English name. */
export function parseGazetteer(json: unknown): Place[] {
  const list = (json as { places?: unknown } | null)?.places;
  if (!Array.isArray(list)) return [];
  return (list as Place[]).filter(
    (p) => typeof p?.id === 'string' && Number.isFinite(p.lon) && Number.isFinite(p.lat) && typeof p.names?.['name:en'] === 'string',
  ).map((p) => ({ ...p, historical: Array.isArray(p.historical) ? p.historical : [] }));
}

/**
 * The place's name of 1914-1923 beside today's, in a reader's language: "Smyrna / Izmir",
 * "Смирна / Измир", "Batum / Batumi"; today's name alone where the two are one. Falls back to
 * English where the gazetteer has no name in that language. English period names are in
 * `historical`; other languages' in OSM's `old_name:xx`.
 */
export function placeLabel(place: Place, lang: string = 'en'): string {
  const now = place.names[`name:${lang}`] ?? place.names['name:en']!;
  const old = lang === 'en' ? place.historical : [place.names[`old_name:${lang}`] ?? ''];
  const then = old.find((h) => h !== '' && fold(h) !== fold(now));
  return then ? `${then} / ${now}` : now;
}

/**
 * Folds a name for matching: lower case, no diacritics, and the Turkish dotted and dotless i,
 * which Unicode lower-casing does not join (İzmir -> izmir, Iğdır -> igdir).
 */
export function fold(text: string): string {
  return text
    .replace(/İ/g, 'i')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim();
}

/** Places any of whose names (of any language or period) starts with, then contains, the query. */
export function searchPlaces(places: readonly Place[], query: string, limit = 8): Place[] {
  const q = fold(query);
  if (q.length === 0) return [];
  const names = (p: Place) => [...Object.values(p.names), ...p.historical].map(fold);
  const starts = places.filter((p) => names(p).some((n) => n.startsWith(q)));
  const contains = places.filter((p) => !starts.includes(p) && names(p).some((n) => n.includes(q)));
  return [...starts, ...contains].slice(0, limit);
}
