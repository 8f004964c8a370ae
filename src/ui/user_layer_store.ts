import type { Feature } from 'geojson';

/** A layer the user brought: kept in the browser (IndexedDB) until removed. */
export interface StoredUserLayer {
  id: string;
  name: string;
  features: Feature[];
  /** The property whose values colour the features, or null for one colour. */
  styleBy: string | null;
}

const DB = 'ottoman-partition-explorer';
const STORE = 'user-layers';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = act(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/** Every stored user layer, oldest first; none where IndexedDB is unavailable. */
export async function loadUserLayers(): Promise<StoredUserLayer[]> {
  try {
    return ((await run('readonly', (s) => s.getAll())) as StoredUserLayer[]).sort((a, b) => a.id.localeCompare(b.id));
  } catch {
    return [];
  }
}

export function saveUserLayer(layer: StoredUserLayer): Promise<unknown> {
  return run('readwrite', (s) => s.put(layer));
}

export function deleteUserLayer(id: string): Promise<unknown> {
  return run('readwrite', (s) => s.delete(id));
}
