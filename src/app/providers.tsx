import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ViewState } from '../domain/view/view-state';
import { AtlasViewProvider } from '../state/atlas-view-context';
import { DataSourceProvider } from '../state/data-source-context';
import { FinderProvider } from '../state/finder-context';
import { HighlightProvider } from '../state/highlight-context';
import { MapCommandsProvider } from '../state/map-commands-context';
import { ViewStateProvider } from '../state/view-state-context';

export function Providers({
  client,
  initialState,
  children,
}: {
  client: QueryClient;
  initialState?: ViewState;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={client}>
      <ViewStateProvider initial={initialState}>
        <DataSourceProvider>
          <MapCommandsProvider>
            <HighlightProvider>
              <FinderProvider>
                <AtlasViewProvider>{children}</AtlasViewProvider>
              </FinderProvider>
            </HighlightProvider>
          </MapCommandsProvider>
        </DataSourceProvider>
      </ViewStateProvider>
    </QueryClientProvider>
  );
}
