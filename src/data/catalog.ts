import { GROUPS, POWERS, type Group, type LayerCollection, type LayerResource, type Power } from './contract.ts';
import { parsePartialDate } from './dates.ts';

/** One layer as the app knows it: its datapackage.json entry. */
export interface LayerEntry extends LayerResource {
  id: string;
  path: string;
}

export interface Catalog {
  layers: LayerEntry[];
  /** Guided tours listed in the catalogue: id, title and path. */
  tours: { id: string; title: string; path: string }[];
  powerColors: Record<Power, string>;
  powerNames: Record<Power, string>;
}

/** Group titles in display order (issue 6's grouping). */
export const GROUP_TITLES: Record<Group, string> = {
  'before-war': 'Before the war',
  'secret-treaties': 'Secret treaties 1915-1917',
  'kars-ardahan-batumi': 'Kars, Ardahan and Batumi',
  control: 'Occupation and control 1918-1923',
  'peace-treaties': 'Peace treaties',
  events: 'Events and aid',
  modern: 'Modern borders',
};

/**
 * Reads geodata/datapackage.json into the catalogue the UI is built from: layers are never
 * hard-coded. Entries that break the contract are left out with a message, not fatal.
 *
 * @returns the catalogue, and a plain sentence for every entry left out
 * @throws Error when the document is not a data package at all
 */
export function parseCatalog(json: unknown): { catalog: Catalog; problems: string[] } {
  const root = json as { resources?: unknown; tours?: unknown; style?: { power_colors?: Record<string, string>; power_names?: Record<string, string> } } | null;
  if (!root || typeof root !== 'object' || !Array.isArray(root.resources)) throw new Error('datapackage.json has no "resources" list');
  const problems: string[] = [];
  const layers: LayerEntry[] = [];
  for (const raw of root.resources as Record<string, unknown>[]) {
    const name = typeof raw?.name === 'string' ? raw.name : '(unnamed)';
    const temporal = raw?.temporal as { start?: unknown; end?: unknown } | undefined;
    if (typeof raw?.name !== 'string' || typeof raw.path !== 'string' || typeof raw.title !== 'string' || !GROUPS.includes(raw.group as Group)) {
      problems.push(`Layer "${name}" was left out: it needs a name, path, title and known group.`);
    } else if (typeof temporal?.start !== 'string' || !parsePartialDate(temporal.start)) {
      problems.push(`Layer "${name}" was left out: its temporal.start is not a date.`);
    } else {
      layers.push({
        id: raw.name,
        path: raw.path,
        title: raw.title,
        group: raw.group as Group,
        description: typeof raw.description === 'string' ? raw.description : '',
        temporal: { start: temporal.start, ...(typeof temporal.end === 'string' ? { end: temporal.end } : {}) },
        lifecycle: Array.isArray(raw.lifecycle) ? (raw.lifecycle as LayerResource['lifecycle']) : [],
        sources: Array.isArray(raw.sources) ? (raw.sources as { id?: unknown }[]).map((s) => String(s?.id ?? s)) : [],
        ...(Array.isArray(raw.notes) ? { notes: (raw.notes as unknown[]).map(String) } : {}),
      });
    }
  }
  const colors = root.style?.power_colors ?? {};
  const names = root.style?.power_names ?? {};
  const pick = (table: Record<string, string>, fallback: (p: Power) => string) =>
    Object.fromEntries(POWERS.map((p) => [p, typeof table[p] === 'string' ? table[p] : fallback(p)])) as Record<Power, string>;
  const tours = (Array.isArray(root.tours) ? (root.tours as Record<string, unknown>[]) : []).filter((t) => typeof t?.id === 'string' && typeof t.title === 'string' && typeof t.path === 'string') as Catalog['tours'];
  return { catalog: { layers, tours, powerColors: pick(colors, () => '#777777'), powerNames: pick(names, (p) => p) }, problems };
}

/** The features of a layer file, or an error naming the layer. */
export function parseLayer(id: string, json: unknown): LayerCollection {
  const fc = json as { type?: unknown; features?: unknown } | null;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new Error(`Layer "${id}" is not a GeoJSON FeatureCollection.`);
  return fc as LayerCollection;
}
