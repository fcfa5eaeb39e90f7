import './app/start-early';
import { loadApp } from './app/load-app';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// This entry is only the built-in data's early start: the app, with the map's code, comes in one
// chunk of its own. Evaluating the map's code before React renders starts MapLibre's worker while
// the main thread still has gaps; a worker made later waits for the map's first (shader-bound)
// frames to end before it can start, and the map's first frame waits for the worker.
void loadApp(root, () => import('./app/mount-app'));
