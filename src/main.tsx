import { render } from 'preact';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './ui/app.css';
import { App } from './ui/app.tsx';
import { createAppState } from './ui/app_state.ts';
import { registerOfflineSupport } from './ui/offline_support.ts';
import { initialLanguage, setLanguage } from './ui/i18n.ts';

setLanguage(initialLanguage(new URLSearchParams(location.hash.replace(/^#/, '')).get('lang'), navigator.languages));
const state = createAppState();
render(<App state={state} />, document.getElementById('app')!);
registerOfflineSupport(() => (state.notice.value = [{ key: 'offline.updateReady' }]));
