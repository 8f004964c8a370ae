import type { LayerFeature } from '../data/contract.ts';
import type { AppState } from './app_state.ts';

/** The features each visible layer draws on the current day (pinned layers: all of them). */
export function drawnFeatures(state: AppState): Map<string, LayerFeature[]> {
  const geodata = state.geodata.value;
  const out = new Map<string, LayerFeature[]>();
  if (!geodata) return out;
  for (const id of state.drawn.value) {
    const layer = geodata.layers.get(id);
    if (layer) out.set(id, layer.at(state.day.value, state.pinned.value.has(id)).features);
  }
  return out;
}
