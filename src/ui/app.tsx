import type { AppState } from './app_state.ts';
import { MapPane } from './map_pane.tsx';

/** The main screen: the side panel and the map. */
export function App({ state }: { state: AppState }) {
  return (
    <div class="app">
      <aside class="panel">
        <header>
          <h1>The partition of the Ottoman Empire, 1914-1923</h1>
          <p class="subtitle">Secret treaties, occupations and the Soviet-Turkish settlement, from Sevres to Lausanne.</p>
        </header>
        <section aria-labelledby="layers-heading">
          <h2 id="layers-heading">Layers</h2>
          <label class="toggle">
            <input type="checkbox" checked={state.modernBorders.value} onChange={(e) => (state.modernBorders.value = e.currentTarget.checked)} />
            Modern borders (reference)
          </label>
        </section>
        <footer class="credits">Basemap: Natural Earth (public domain). Labels: Noto Sans (OFL).</footer>
      </aside>
      <main class="main">
        <MapPane state={state} />
      </main>
    </div>
  );
}
