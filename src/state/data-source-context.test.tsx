import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { createElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../tests/msw/handlers';
import { server } from '../../tests/msw/server';
import { DataSourceProvider, useDataSource } from './data-source-context';

const LINK = 'https://data.example.org/shared/';

/** Serves the good fixture at LINK and counts the requests for its organisations file. */
function serveLink() {
  const reads = { organisations: 0 };
  server.use(
    http.get(`${LINK}organisations.csv`, () => {
      reads.organisations += 1;
      return HttpResponse.text(fixtureText('good/organisations.csv'));
    }),
    http.get(`${LINK}pairings.csv`, () => HttpResponse.text(fixtureText('good/pairings.csv'))),
    http.get(`${LINK}:optional`, () => HttpResponse.text('Not found', { status: 404 })),
  );
  return reads;
}

function renderSource() {
  const client = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) =>
    createElement(
      QueryClientProvider,
      { client },
      createElement(DataSourceProvider, null, children),
    );
  return renderHook(() => useDataSource(), { wrapper });
}

describe('the data source', () => {
  it('reads a data= link once when it is opened twice at the same time', async () => {
    const reads = serveLink();
    const { result } = renderSource();
    let opened: boolean[] = [];
    await act(async () => {
      opened = await Promise.all([result.current.openLink(LINK), result.current.openLink(LINK)]);
    });
    expect(opened).toEqual([true, true]);
    expect(reads.organisations).toBe(1);
    expect(result.current.own?.label).toBe(LINK);
  });

  it('reads the link afresh when it is opened again later, so changed files are seen', async () => {
    const reads = serveLink();
    const { result } = renderSource();
    await act(() => result.current.openLink(LINK));
    await act(() => result.current.openLink(LINK));
    expect(reads.organisations).toBe(2);
  });

  it('opens files through the same steps, and a refusal leaves nothing shown', async () => {
    const { result } = renderSource();
    let opened = true;
    await act(async () => {
      opened = await result.current.openFiles([
        new File(['x'], 'notes.txt', { type: 'text/plain' }),
      ]);
    });
    expect(opened).toBe(false);
    expect(result.current.busy).toBe(false);
    expect(result.current.error).toMatch(/notes\.txt/);
    expect(result.current.own).toBeNull();
  });
});
