import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { boundariesQuery } from '../data/boundaries-query';
import { builtinDatasetQuery } from '../data/builtin-dataset-query';
import { landQuery } from '../data/land-query';
import { BOUNDARY_LAYERS } from '../domain/geo/boundaries';
import { decodeViewState } from '../domain/view/url-codec';
import { App } from './app';
import './app.css';
import { Providers } from './providers';
import { createQueryClient } from './query-client';
import { registerServiceWorker } from './register-service-worker';

/** Renders the atlas into the page's root element, with the view the link asks for. */
export function mountApp(root: HTMLElement) {
  // The link decides the first view; anything in it that is not understood is reported, not fatal.
  const { state, problems } = decodeViewState(window.location.search);

  // Development has no service worker: the plugin only builds one for production.
  if (import.meta.env.PROD) registerServiceWorker();

  const client = createQueryClient();
  // What the first view needs is asked for now rather than once the page has rendered. The
  // built-in data's check started earlier still (start-early.ts); this query takes it. The land
  // (22 KB) comes with them, so the map can be made with it.
  void client.prefetchQuery(builtinDatasetQuery);
  for (const layer of BOUNDARY_LAYERS) void client.prefetchQuery(boundariesQuery(layer));
  void client.prefetchQuery(landQuery);

  createRoot(root).render(
    <StrictMode>
      <Providers client={client} initialState={state}>
        <App initialProblems={problems} />
      </Providers>
    </StrictMode>,
  );
}
