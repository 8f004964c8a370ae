import { render } from 'preact';
import { effect } from '@preact/signals';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './ui/app.css';
import { App } from './ui/app.tsx';
import { createAppState } from './ui/app_state.ts';
import { registerOfflineSupport } from './ui/offline_support.ts';
import { initialLanguage, setLanguage } from './ui/i18n.ts';
import { loadGeodata } from './data/load_geodata.ts';

const languageSet = setLanguage(initialLanguage(new URLSearchParams(location.hash.replace(/^#/, '')).get('lang'), navigator.languages));
const state = createAppState();
// Started before the first render, so that the data and the map's code download while the
// panels are laid out, not after.
const geodata = loadGeodata(document.baseURI);
// The panels render once the map's code has run, so that the map starts in the same task, before
// the page is first painted, and its worker tiles the basemap while the main thread lays out the
// panels (a cold load to the first idle came 100 ms sooner). On a slow connection the panels
// wait for it no longer than 400 ms, and not at all for code that failed (the map pane then says so).
// They wait for their language's catalog too, which arrives meanwhile, so as not to show English first.
await Promise.all([languageSet, Promise.race([import('./map/map_view.ts').catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 400))])]);
render(<App state={state} geodata={geodata} />, document.getElementById('app')!);
// The service worker's install downloads every file of the build, so it waits until the map has
// settled (or failed) instead of competing with the first load for the network and the cores.
const registerWhenSettled = effect(() => {
  if (state.mapStatus.value === 'loading') return;
  registerWhenSettled();
  registerOfflineSupport(() => (state.notice.value = [{ key: 'offline.updateReady' }]));
});
