import { render } from 'preact';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './ui/app.css';
import { App } from './ui/app.tsx';
import { createAppState } from './ui/app_state.ts';
import { registerOfflineSupport } from './ui/offline_support.ts';
import { initialLanguage, setLanguage } from './ui/i18n.ts';
import { loadGeodata } from './data/load_geodata.ts';

setLanguage(initialLanguage(new URLSearchParams(location.hash.replace(/^#/, '')).get('lang'), navigator.languages));
const state = createAppState();
// Started before the first render, whose WebGL check holds the page for a moment in a software
// renderer: the data and the map's code download meanwhile instead of after it.
const geodata = loadGeodata(document.baseURI);
void import('./map/map_view.ts');
render(<App state={state} geodata={geodata} />, document.getElementById('app')!);
registerOfflineSupport(() => (state.notice.value = [{ key: 'offline.updateReady' }]));
