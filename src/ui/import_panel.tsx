import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { LayerCollection } from '../data/contract.ts';
import { DatedLayer } from '../data/dated_layer.ts';
import { importGeojson, MAX_IMPORT_BYTES } from '../data/import_geojson.ts';
import type { AppState } from './app_state.ts';
import { setLayersVisible } from './app_actions.ts';
import { deleteUserLayer, loadUserLayers, saveUserLayer, type StoredUserLayer } from './user_layer_store.ts';

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
  const report = useSignal<{ file: string; imported: number; refused: number; problems: string[] } | null>(null);
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
    await saveUserLayer(layer).catch(() => (state.notice.value = 'This browser could not store the layer; it will be gone after a reload.'));
  };

  const r = report.value;
  return (
    <section aria-labelledby="import-heading" class="import">
      <h2 id="import-heading">Your layers</h2>
      <label class="import-picker">
        Add a GeoJSON file (up to 20 MB), or drop it on the map
        <input type="file" accept=".geojson,.json,application/geo+json,application/json" onChange={(e) => e.currentTarget.files?.[0] && importFile(e.currentTarget.files[0])} />
      </label>
      {r && (
        <div class="import-report" role="status">
          <p>
            {r.file}: {r.imported} feature(s) drawn{r.refused ? `, ${r.refused} refused` : ''}.
          </p>
          {r.problems.length > 0 && (
            <ul class="import-problems">
              {r.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
                <li key={i}>{p}</li>
              ))}
              {r.problems.length > SHOWN_PROBLEMS && <li>... and {r.problems.length - SHOWN_PROBLEMS} more.</li>}
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
                  const next = new Map(state.userLayers.value);
                  next.delete(layer.id);
                  state.userLayers.value = next;
                  await deleteUserLayer(layer.id).catch(() => undefined);
                }}
                aria-label={`Remove ${layer.name}`}
              >
                Remove
              </button>
              <label class="layer-meta">
                Colour by{' '}
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
                  <option value="">one colour</option>
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
