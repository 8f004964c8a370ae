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
  const [catalogJson, sourcesJson, excerptsJson, gazetteerJson] = await Promise.all([
    get('datapackage.json'),
    get('sources.json').catch(() => []),
    get('excerpts.json').catch(() => ({})),
    get('gazetteer.json').catch(() => ({})),
  ]);
  const { catalog, problems } = parseCatalog(catalogJson);
  const { excerpts, problems: excerptProblems } = parseExcerpts(excerptsJson);
  const layers = new Map<string, DatedLayer>();
  await Promise.all(
    catalog.layers.map(async (entry) => {
      try {
        layers.set(entry.id, new DatedLayer(parseLayer(entry.id, decodeLayer(await get(topologyPath(entry.path))))));
      } catch (error) {
        problems.push({ key: 'problem.layerNotLoaded', params: { layer: entry.id, detail: (error as Error).message } });
      }
    }),
  );
  const sources = new Map((Array.isArray(sourcesJson) ? (sourcesJson as CslItem[]) : []).filter((s) => typeof s?.id === 'string').map((s) => [s.id, s]));
  const tours = (
    await Promise.all(
      catalog.tours.map((t) =>
        get(t.path)
          .then(parseTour)
          .catch((error: Error) => (problems.push({ key: 'problem.tourNotLoaded', params: { tour: t.id, detail: error.message } }), null)),
      ),
    )
  ).filter((t): t is Tour => t !== null);
  const loaded = catalog.layers.filter((l) => layers.has(l.id));
  return {
    catalog: { ...catalog, layers: loaded },
    layers,
    sources,
    excerpts,
    places: parseGazetteer(gazetteerJson),
    tours,
    index: createFeatureIndex(loaded.map((l) => ({ id: l.id, collection: layers.get(l.id)!.collection }))),
    problems: [...problems, ...excerptProblems],
  };
}
