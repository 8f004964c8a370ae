import type { CslItem } from './contract.ts';
import { parseCatalog, parseLayer, type Catalog } from './catalog.ts';
import { DatedLayer } from './dated_layer.ts';
import { parseExcerpts, type Excerpt } from './excerpts.ts';

export interface Geodata {
  catalog: Catalog;
  layers: Map<string, DatedLayer>;
  sources: Map<string, CslItem>;
  excerpts: Excerpt[];
  /** Plain sentences about whatever could not be loaded; the rest still works. */
  problems: string[];
}

/**
 * Loads the catalogue, the bibliography, the excerpts and every layer it lists from the geodata
 * folder served beside the app. A layer that fails is reported and left out.
 *
 * @throws Error when the catalogue itself cannot be read
 */
export async function loadGeodata(baseUrl: string): Promise<Geodata> {
  const get = async (path: string) => {
    const response = await fetch(new URL(`geodata/${path}`, baseUrl));
    if (!response.ok) throw new Error(`geodata/${path} could not be loaded (HTTP ${response.status}).`);
    return response.json() as Promise<unknown>;
  };
  const [catalogJson, sourcesJson, excerptsJson] = await Promise.all([get('datapackage.json'), get('sources.json').catch(() => []), get('excerpts.json').catch(() => ({}))]);
  const { catalog, problems } = parseCatalog(catalogJson);
  const { excerpts, problems: excerptProblems } = parseExcerpts(excerptsJson);
  const layers = new Map<string, DatedLayer>();
  await Promise.all(
    catalog.layers.map(async (entry) => {
      try {
        layers.set(entry.id, new DatedLayer(parseLayer(entry.id, await get(entry.path))));
      } catch (error) {
        problems.push((error as Error).message);
      }
    }),
  );
  const sources = new Map((Array.isArray(sourcesJson) ? (sourcesJson as CslItem[]) : []).filter((s) => typeof s?.id === 'string').map((s) => [s.id, s]));
  return { catalog: { ...catalog, layers: catalog.layers.filter((l) => layers.has(l.id)) }, layers, sources, excerpts, problems: [...problems, ...excerptProblems] };
}
