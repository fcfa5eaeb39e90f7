import { render } from '@testing-library/react';
import { App } from '../../src/app/app';
import { Providers } from '../../src/app/providers';
import { createQueryClient } from '../../src/app/query-client';
import { decodeViewState } from '../../src/state/url-codec';

/** Renders the app as main.tsx does, opened at the given query string. */
export function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  const { state, problems } = decodeViewState(window.location.search);
  const client = createQueryClient();
  // Tests see failures at once instead of waiting for the production retry.
  client.setDefaultOptions({ queries: { retry: false, refetchOnWindowFocus: false } });
  return render(
    <Providers client={client} initialState={state}>
      <App initialProblems={problems} />
    </Providers>,
  );
}
