import './app/start-early';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/app.css';
import { Providers } from './app/providers';
import { createQueryClient } from './app/query-client';
import { registerServiceWorker } from './app/register-service-worker';
import { boundariesQuery } from './data/boundaries-query';
import { builtinDatasetQuery } from './data/builtin-dataset-query';
import { landQuery } from './data/land-query';
import { BOUNDARY_LAYERS } from './domain/geo/boundaries';
import { decodeViewState } from './domain/view/url-codec';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// The link decides the first view; anything in it that is not understood is reported, not fatal.
const { state, problems } = decodeViewState(window.location.search);

// Development has no service worker: the plugin only builds one for production.
if (import.meta.env.PROD) registerServiceWorker();

const client = createQueryClient();
// What the first view needs is asked for now rather than once the page has rendered. The built-in
// data's check started earlier still (start-early.ts); this query takes it. The land (22 KB) comes
// with them, so the map can be made with it.
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
