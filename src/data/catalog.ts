import { GROUPS, LANGUAGES, POWERS, VOCABULARY_TERMS, type Group, type LayerCollection, type LayerResource, type Power, type Translations, type Vocabulary } from './contract.ts';
import type { Message } from './message.ts';
import { parsePartialDate } from './dates.ts';

/** One layer as the app knows it: its datapackage.json entry. */
export interface LayerEntry extends LayerResource {
  id: string;
  path: string;
}

export interface Catalog {
  layers: LayerEntry[];
  /** Guided tours listed in the catalogue: id, title and path. */
  tours: { id: string; title: string; translations?: Translations<'title'>; path: string }[];
  powerColors: Record<Power, string>;
  /** Every term of the closed vocabularies in every language; a missing name falls back to the code. */
  vocabulary: Vocabulary;
}

/**
 * Reads geodata/datapackage.json into the catalogue the UI is built from: layers are never
 * hard-coded. Entries that break the contract are left out with a message, not fatal.
 *
 * @returns the catalogue, and a message for every entry left out
 * @throws Error when the document is not a data package at all
 */
export function parseCatalog(json: unknown): { catalog: Catalog; problems: Message[] } {
  const root = json as { resources?: unknown; tours?: unknown; style?: { power_colors?: Record<string, string> }; vocabulary?: unknown } | null;
  if (!root || typeof root !== 'object' || !Array.isArray(root.resources)) throw new Error('datapackage.json has no "resources" list');
  const problems: Message[] = [];
  const layers: LayerEntry[] = [];
  for (const raw of root.resources as Record<string, unknown>[]) {
    const name = typeof raw?.name === 'string' ? raw.name : '(unnamed)';
    const temporal = raw?.temporal as { start?: unknown; end?: unknown } | undefined;
    if (typeof raw?.name !== 'string' || typeof raw.path !== 'string' || typeof raw.title !== 'string' || !GROUPS.includes(raw.group as Group)) {
      problems.push({ key: 'problem.layerIncomplete', params: { layer: name } });
    } else if (typeof temporal?.start !== 'string' || !parsePartialDate(temporal.start)) {
      problems.push({ key: 'problem.layerUndated', params: { layer: name } });
    } else {
      layers.push({
        id: raw.name,
        path: raw.path,
        title: raw.title,
        group: raw.group as Group,
        description: typeof raw.description === 'string' ? raw.description : '',
        ...(isObject(raw.translations) ? { translations: raw.translations as LayerEntry['translations'] } : {}),
        temporal: { start: temporal.start, ...(typeof temporal.end === 'string' ? { end: temporal.end } : {}) },
        lifecycle: Array.isArray(raw.lifecycle) ? (raw.lifecycle as LayerResource['lifecycle']) : [],
        ...(raw.never_in_force === true ? { never_in_force: true as const } : {}),
        sources: Array.isArray(raw.sources) ? (raw.sources as { id?: unknown }[]).map((s) => String(s?.id ?? s)) : [],
        ...(Array.isArray(raw.notes) ? { notes: (raw.notes as unknown[]).map(String) } : {}),
      });
    }
  }
  const colors = root.style?.power_colors ?? {};
  const powerColors = Object.fromEntries(POWERS.map((p) => [p, typeof colors[p] === 'string' ? colors[p] : '#777777'])) as Record<Power, string>;
  const tours = (Array.isArray(root.tours) ? (root.tours as Record<string, unknown>[]) : []).filter((t) => typeof t?.id === 'string' && typeof t.title === 'string' && typeof t.path === 'string') as Catalog['tours'];
  return { catalog: { layers, tours, powerColors, vocabulary: parseVocabulary(root.vocabulary) }, problems };
}

/** Keeps only string names of known languages, so that a hostile catalogue cannot plant anything else. */
function parseVocabulary(json: unknown): Vocabulary {
  const table = isObject(json) ? (json as Record<string, unknown>) : {};
  return Object.fromEntries(
    VOCABULARY_TERMS.map((term) => {
      const codes = isObject(table[term]) ? (table[term] as Record<string, unknown>) : {};
      const names = Object.entries(codes).map(([code, byLang]) => [code, Object.fromEntries(LANGUAGES.flatMap((lang) => (isObject(byLang) && typeof (byLang as Record<string, unknown>)[lang] === 'string' ? [[lang, (byLang as Record<string, string>)[lang]]] : [])))]);
      return [term, Object.fromEntries(names)];
    }),
  ) as Vocabulary;
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The features of a layer file, or an error naming the layer. */
export function parseLayer(id: string, json: unknown): LayerCollection {
  const fc = json as { type?: unknown; features?: unknown } | null;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new Error(`Layer "${id}" is not a GeoJSON FeatureCollection.`);
  return fc as LayerCollection;
}
