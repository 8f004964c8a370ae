/**
 * The benchmark's map pane page: the app's own map pane, state and data on its default view
 * (its layers and places), with none of the other panels, built with the app's Vite config (so
 * with the same preloads). map_pane_ratio, this page's load over the bare page's, is what the
 * map alone takes of load_ratio.
 */
import { render } from 'preact';
// The panels' fonts, as in the app: its config preloads them, and so fails a build without them.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '../../ui/app.css';
import '../bench_bare/bare.css';
import { MapPane } from '../../ui/map_pane.tsx';
import { createAppState } from '../../ui/app_state.ts';
import { openGeodata } from '../../ui/app_actions.ts';
import { loadGeodata } from '../../data/load_geodata.ts';

const state = createAppState();
const geodata = loadGeodata(document.baseURI);
render(<MapPane state={state} />, document.getElementById('map')!);
void geodata.then((loaded) => openGeodata(state, loaded, ''));
