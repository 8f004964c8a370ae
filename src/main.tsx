import { render } from 'preact';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './ui/app.css';
import { App } from './ui/app.tsx';
import { createAppState } from './ui/app_state.ts';

render(<App state={createAppState()} />, document.getElementById('app')!);
