import { render } from '@testing-library/react';
import { App } from '../../src/app/app';
import { Providers } from '../../src/app/providers';
import { createQueryClient } from '../../src/app/query-client';

export function renderApp() {
  const client = createQueryClient();
  // Tests see failures at once instead of waiting for the production retry.
  client.setDefaultOptions({ queries: { retry: false, refetchOnWindowFocus: false } });
  return render(
    <Providers client={client}>
      <App />
    </Providers>,
  );
}
