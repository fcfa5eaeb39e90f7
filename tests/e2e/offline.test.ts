import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDrawer, waitForAtlasReady, waitForDrawnLayers } from './support/atlas-page';
import { chromiumForThisFile } from './support/shared-browser';
import { serveFolder } from './support/static-server';

const browser = chromiumForThisFile();
// A copy of the build of its own, so this file can "deploy" a new version without touching the
// build the other browser tests use.
const site = mkdtempSync(join(tmpdir(), 'atlas-offline-'));
let server: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  cpSync('test-results/e2e-dist', site, { recursive: true });
  server = await serveFolder(site);
});

afterAll(async () => {
  await server.close();
  rmSync(site, { recursive: true, force: true });
});

describe('offline use in Chromium', () => {
  it('after one visit, starts and draws the map with the network cut; a new deploy is offered, not forced', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));

    await page.goto(`${server.url}?boundary=region`);
    await waitForAtlasReady(page);
    await page.getByText('now works offline').waitFor({ timeout: 60_000 });

    await context.setOffline(true);
    await page.reload();
    await waitForAtlasReady(page);
    await waitForDrawnLayers(page, { on: ['boundaries', 'pairing-lines', 'sites'] });
    await openDrawer(page, 'Tables');
    await expect
      .poll(() => page.getByRole('table', { name: 'Pairings' }).getByRole('row').count())
      .toBe(26);
    await page.goto(`${server.url}?scene=4`);
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).first().textContent())
      .toBe('Neighbours in one ICS');
    await context.setOffline(false);

    // A new deploy: the service worker file changes. The open page keeps working and asks.
    appendFileSync(join(site, 'sw.js'), '\n// a new version\n');
    await page.goto(server.url);
    await page.getByText('A newer version of the atlas is available.').waitFor({ timeout: 60_000 });
    await waitForAtlasReady(page);
    await Promise.all([
      page.waitForEvent('load', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Reload to update' }).click(),
    ]);
    await waitForAtlasReady(page);
    expect(await page.getByText('A newer version of the atlas is available.').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('negative control: without the service worker, the same reload fails offline', async () => {
    const context = await browser().newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForAtlasReady(page);
    await context.setOffline(true);
    await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    await context.close();
  });
});
