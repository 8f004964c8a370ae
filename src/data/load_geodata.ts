import type { CslItem } from './contract.ts';
import type { Message } from './message.ts';
import { parseCatalog, parseLayer, type Catalog } from './catalog.ts';
import { DatedLayer } from './dated_layer.ts';
import { decodeLayer, topologyPath } from './decode_layer.ts';
import { parseExcerpts, type Excerpt } from './excerpts.ts';
import { createFeatureIndex, type FeatureIndex } from './feature_index.ts';
import { parseGazetteer, type Place } from './gazetteer.ts';
import { parseTour, type Tour } from './tours.ts';

export interface Geodata {
  catalog: Catalog;
  layers: Map<string, DatedLayer>;
  sources: Map<string, CslItem>;
  excerpts: Excerpt[];
  places: Place[];
  tours: Tour[];
  /** Every areal feature of every layer, for "what was here when". */
  index: FeatureIndex;
  /** Whatever could not be loaded; the rest still works. */
  problems: Message[];
}

/** The files loaded beside the catalogue whatever it lists, by their path in the geodata folder. */
const CATALOGUE_FILES = ['datapackage.json', 'sources.json', 'excerpts.json', 'gazetteer.json'];

/**
 * Every file `loadGeodata` fetches for a catalogue (paths in the geodata folder), so that a
 * build can name them in index.html and the browser fetch them while the code still loads.
 */
export function geodataFiles(catalogJson: unknown): string[] {
  const { catalog } = parseCatalog(catalogJson);
  return [...CATALOGUE_FILES, ...catalog.layers.map((l) => topologyPath(l.path)), ...catalog.tours.map((t) => t.path)];
}

/**
 * Loads the catalogue, the bibliography, the excerpts and every layer it lists from the geodata
 * folder served beside the app, each layer as the TopoJSON the build puts beside its GeoJSON
 * (a tenth of the bytes: the control layer's periods share their coasts). A layer that fails
 * is reported and left out.
 *
 * @throws Error when the catalogue itself cannot be read
 */
export async function loadGeodata(baseUrl: string): Promise<Geodata> {
  const get = async (path: string) => {
    const response = await fetch(new URL(`geodata/${path}`, baseUrl));
    if (!response.ok) throw new Error(`geodata/${path}: HTTP ${response.status}`);
    return response.json() as Promise<unknown>;
  };
  const [catalogJson, sourcesJson, excerptsJson, gazetteerJson] = await Promise.all(
    CATALOGUE_FILES.map((path, i) => (i === 0 ? get(path) : get(path).catch(() => undefined))),
  );
  const { catalog, problems } = parseCatalog(catalogJson);
  const { excerpts, problems: excerptProblems } = parseExcerpts(excerptsJson ?? {});
  const layers = new Map<string, DatedLayer>();
  const [, tours] = await Promise.all([
    Promise.all(
      catalog.layers.map(async (entry) => {
        try {
          layers.set(entry.id, new DatedLayer(parseLayer(entry.id, decodeLayer(await get(topologyPath(entry.path))))));
        } catch (error) {
          problems.push({ key: 'problem.layerNotLoaded', params: { layer: entry.id, detail: (error as Error).message } });
        }
      }),
    ),
    Promise.all(
      catalog.tours.map((t) =>
        get(t.path)
          .then(parseTour)
          .catch((error: Error) => (problems.push({ key: 'problem.tourNotLoaded', params: { tour: t.id, detail: error.message } }), null)),
      ),
    ),
  ]);
  const sources = new Map((Array.isArray(sourcesJson) ? (sourcesJson as CslItem[]) : []).filter((s) => typeof s?.id === 'string').map((s) => [s.id, s]));
  const loaded = catalog.layers.filter((l) => layers.has(l.id));
  let index: FeatureIndex | undefined;
  return {
    catalog: { ...catalog, layers: loaded },
    layers,
    sources,
    excerpts,
    places: parseGazetteer(gazetteerJson ?? {}),
    tours: tours.filter((t): t is Tour => t !== null),
    // Made at the first question (a click, a place's timeline), not while the map waits for its first features.
    get index() {
      return (index ??= createFeatureIndex(loaded.map((l) => ({ id: l.id, collection: layers.get(l.id)!.collection }))));
    },
    problems: [...problems, ...excerptProblems],
  };
}
