import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { atlasReady, renderApp } from '../../tests/msw/render-app';
import { server } from '../../tests/msw/server';
import { startBuiltinCheck, takeEarlyBuiltinCheck } from './builtin-check';

describe('the built-in data checked early', () => {
  it('is what the first query shows: the files are fetched once', async () => {
    const fetched: string[] = [];
    const record = ({ request }: { request: Request }) => {
      if (request.url.endsWith('.csv')) fetched.push(new URL(request.url).pathname);
    };
    server.events.on('request:start', record);
    try {
      startBuiltinCheck();
      renderApp();
      await atlasReady();
    } finally {
      server.events.removeListener('request:start', record);
    }
    expect(fetched.filter((path) => path.endsWith('organisations.csv'))).toHaveLength(1);
    expect(fetched.filter((path) => path.endsWith('pairings.csv'))).toHaveLength(1);
  });

  it('is taken once: after that there is nothing to take, so a retry checks again', async () => {
    startBuiltinCheck();
    const first = takeEarlyBuiltinCheck();
    expect(first).toBeInstanceOf(Promise);
    expect(takeEarlyBuiltinCheck()).toBeNull();
    await first;
  });

  it('reports a file it could not fetch through the query, not as an unhandled rejection', async () => {
    server.use(http.get('*/pairings.csv', () => new Response('gone', { status: 404 })));
    startBuiltinCheck();
    const early = takeEarlyBuiltinCheck();
    await expect(early).rejects.toThrow(/pairings/);
  });
});
