import type { DatedSelection } from '../data/dated_layer.ts';
import type { AppState } from './app_state.ts';

/**
 * What each visible layer draws on the current day (pinned layers: all of it), as features and
 * a key that changes only when they do. The catalogue's layers and the user's alike.
 */
export function drawnFeatures(state: AppState): Map<string, DatedSelection> {
  const geodata = state.geodata.value;
  const out = new Map<string, DatedSelection>();
  if (!geodata) return out;
  for (const id of state.drawn.value) {
    const layer = geodata.layers.get(id) ?? state.userLayers.value.get(id)?.dated;
    if (layer) out.set(id, layer.at(state.day.value, state.pinned.value.has(id)));
  }
  return out;
}
