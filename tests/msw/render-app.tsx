import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/app';
import { Providers } from '../../src/app/providers';
import { createQueryClient } from '../../src/app/query-client';
import { decodeViewState } from '../../src/domain/view/url-codec';

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

/** Waits until the data are in: the live counts line reads "N of M pairings". */
export function atlasReady(timeout = 5000) {
  return screen.findByText(
    /[\d,]+ of [\d,]+ pairings · [\d,]+ of [\d,]+ organisations/,
    {},
    { timeout },
  );
}

/** Opens a drawer from the bar ("Tables", "Charts" or "Data") unless it is open already. */
export async function openDrawer(name: 'Tables' | 'Charts' | 'Data', timeout = 5000) {
  const button = await screen.findByRole('button', { name }, { timeout });
  if (button.getAttribute('aria-pressed') !== 'true') await userEvent.click(button);
}

/** The tables, opened from the bar: resolves to the "Pairings" table. */
export async function openTables(timeout = 5000) {
  await atlasReady(timeout);
  await openDrawer('Tables', timeout);
  return screen.findByRole('table', { name: 'Pairings' }, { timeout });
}
