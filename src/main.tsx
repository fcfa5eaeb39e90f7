import './app/start-early';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// This entry is only the built-in data's early start: the app, with the map's code, comes in one
// chunk of its own. Evaluating the map's code before React renders starts MapLibre's worker while
// the main thread still has gaps; a worker made later waits for the map's first (shader-bound)
// frames to end before it can start, and the map's first frame waits for the worker.
import('./app/mount-app').then(
  ({ mountApp }) => mountApp(root),
  (error: unknown) => {
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = `The atlas could not be loaded (${
      error instanceof Error ? error.message : String(error)
    }). Check the connection and reload the page.`;
    root.append(message);
  },
);
