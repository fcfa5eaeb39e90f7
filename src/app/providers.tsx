import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ViewStateProvider } from '../state/view-state-context';

export function Providers({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <ViewStateProvider>{children}</ViewStateProvider>
    </QueryClientProvider>
  );
}
