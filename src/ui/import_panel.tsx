import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { LayerCollection } from '../data/contract.ts';
import { DatedLayer } from '../data/dated_layer.ts';
import { importGeojson, MAX_IMPORT_BYTES, type ImportProblem } from '../data/import_geojson.ts';
import type { AppState } from './app_state.ts';
import { setLayersVisible } from './app_actions.ts';
import { deleteUserLayer, loadUserLayers, saveUserLayer, type StoredUserLayer } from './user_layer_store.ts';
import { say, t } from './i18n.ts';

const SHOWN_PROBLEMS = 50;

/** Adds a stored layer to the state, dated by its features' start_date/end_date where they have them. */
function addToState(state: AppState, layer: StoredUserLayer): void {
  const next = new Map(state.userLayers.value);
  next.set(layer.id, { ...layer, dated: new DatedLayer({ type: 'FeatureCollection', features: layer.features } as LayerCollection) });
  state.userLayers.value = next;
  setLayersVisible(state, [layer.id], true);
}

/**
 * Bring your own layer: a file picker (and drop on the map) for GeoJSON up to 20 MB. What is
 * valid is drawn, what is not is listed feature by feature; the layer stays in this browser
 * until removed, and can be coloured by one of its properties.
 */
export function ImportPanel({ state }: { state: AppState }) {
  const report = useSignal<{ file: string; imported: number; refused: number; problems: ImportProblem[] } | null>(null);
  useEffect(() => {
    loadUserLayers().then((layers) => layers.forEach((l) => addToState(state, l)));
    state.importFile.value = (file: File) => importFile(file);
  }, [state]);

  const importFile = async (file: File) => {
    const text = file.size > MAX_IMPORT_BYTES ? '' : await file.text();
    const result = importGeojson(text, file.size);
    report.value = { file: file.name, imported: result.features.length, refused: result.refused, problems: result.problems };
    if (result.features.length === 0) return;
    const layer: StoredUserLayer = { id: `user-${Date.now().toString(36)}`, name: file.name, features: result.features, styleBy: null };
    addToState(state, layer);
    await saveUserLayer(layer).catch(() => (state.notice.value = [{ key: 'import.notStored' }]));
  };

  const r = report.value;
  return (
    <section aria-labelledby="import-heading" class="import">
      <h2 id="import-heading">{t('import.heading')}</h2>
      <label class="import-picker">
        {t('import.pick', { limit: MAX_IMPORT_BYTES / 1024 / 1024 })}
        <input type="file" accept=".geojson,.json,application/geo+json,application/json" onChange={(e) => e.currentTarget.files?.[0] && importFile(e.currentTarget.files[0])} />
      </label>
      {r && (
        <div class="import-report" role="status">
          <p>{r.refused ? t('import.reportRefused', { file: r.file, count: r.imported, refused: r.refused }) : t('import.report', { file: r.file, count: r.imported })}</p>
          {r.problems.length > 0 && (
            <ul class="import-problems">
              {r.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
                <li key={i}>{importProblemText(p)}</li>
              ))}
              {r.problems.length > SHOWN_PROBLEMS && <li>{t('import.more', { count: r.problems.length - SHOWN_PROBLEMS })}</li>}
            </ul>
          )}
        </div>
      )}
      <ul class="user-layers">
        {[...state.userLayers.value.values()].map((layer) => {
          const keys = [...new Set(layer.features.flatMap((f) => Object.keys(f.properties ?? {})))].slice(0, 40);
          return (
            <li key={layer.id} class="layer-row">
              <label>
                <input type="checkbox" checked={state.visible.value.has(layer.id)} onChange={(e) => setLayersVisible(state, [layer.id], e.currentTarget.checked)} />
                <span class="layer-title">{layer.name}</span>
              </label>
              <button
                type="button"
                class="pin"
                onClick={async () => {
                  // Gone from the list only once gone from the browser's store, so that a reload never brings it back.
                  await deleteUserLayer(layer.id).catch(() => undefined);
                  const next = new Map(state.userLayers.value);
                  next.delete(layer.id);
                  state.userLayers.value = next;
                }}
                aria-label={t('import.removeLabel', { layer: layer.name })}
              >
                {t('import.remove')}
              </button>
              <label class="layer-meta">
                {t('import.colourBy')}{' '}
                <select
                  value={layer.styleBy ?? ''}
                  onChange={async (e) => {
                    const updated = { ...layer, styleBy: e.currentTarget.value || null };
                    const next = new Map(state.userLayers.value);
                    next.set(layer.id, updated);
                    state.userLayers.value = next;
                    const { dated: _dated, ...stored } = updated;
                    await saveUserLayer(stored).catch(() => undefined);
                  }}
                >
                  <option value="">{t('import.oneColour')}</option>
                  {keys.map((k) => (
                    <option key={k} value={k}>{k}</option>
                  ))}
                </select>
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** "Feature 3 ("Off the globe"): the position [300, 38] is not a longitude and latitude." */
export function importProblemText({ feature, message }: ImportProblem): string {
  if (!feature) return say(message);
  const which = feature.name === undefined ? t('import.feature', { number: feature.number }) : t('import.featureNamed', { number: feature.number, name: feature.name });
  return t('import.problem', { feature: which, problem: say(message) });
}
