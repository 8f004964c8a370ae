import { signal, type Signal } from '@preact/signals';

/** Where the map stands: loading its chunk and data, drawn, impossible here, or failed. */
export type MapStatus = 'loading' | 'ready' | 'no-webgl' | 'error';

export interface AppState {
  mapStatus: Signal<MapStatus>;
  mapError: Signal<string | null>;
  modernBorders: Signal<boolean>;
}

/** The app-wide state: plain signals, created once and handed down through context. */
export function createAppState(): AppState {
  return {
    mapStatus: signal<MapStatus>('loading'),
    mapError: signal<string | null>(null),
    modernBorders: signal(true),
  };
}
