import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ONLINE_STYLE_URL } from '../../src/features/map/online-basemap';
import { STATUS_STYLES } from '../../src/theme/colours';
import { mapScreenshot, openAtlas, waitForDrawnLayers } from './support/atlas-page';
import { countPixelsNear } from './support/pixels';
import { chromiumForThisFile } from './support/shared-browser';

const browser = chromiumForThisFile();
const MAGENTA = [255, 0, 255] as const;
const SEA = [0xdc, 0xe8, 0xf0] as const;
const TILE_HOST = 'https://tiles.openfreemap.org/**';

/** A stand-in for the online style: a loud background, so its pixels are easy to count. */
function fakeStyle(withTiles: boolean) {
  return {
    version: 8,
    name: 'fake',
    sources: withTiles
      ? {
          openmaptiles: {
            type: 'vector',
            tiles: ['https://tiles.openfreemap.org/planet/{z}/{x}/{y}.pbf'],
            maxzoom: 14,
          },
        }
      : {},
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#ff00ff' } },
      ...(withTiles
        ? [
            {
              id: 'water',
              type: 'fill',
              source: 'openmaptiles',
              'source-layer': 'water',
              paint: { 'fill-color': '#0000ff' },
            },
          ]
        : []),
    ],
  };
}

async function openWithTileService(page: Page, handle: 'abort' | 'style' | 'style-without-tiles') {
  await page.route(TILE_HOST, async (route) => {
    if (handle !== 'abort' && route.request().url() === ONLINE_STYLE_URL)
      await route.fulfill({ json: fakeStyle(handle === 'style') });
    else await route.abort('internetdisconnected');
  });
}

const notice = (page: Page) => page.locator('.basemap-notice');

describe('the optional online basemap in Chromium', () => {
  it('draws under the layers when the service answers, chosen from the Basemap menu', async () => {
    const { page, problems } = await openAtlas(browser(), inject('baseUrl'));
    await openWithTileService(page, 'style-without-tiles');
    await waitForDrawnLayers(page, { on: ['pairing-lines'] });
    const before = await mapScreenshot(page);
    expect(countPixelsNear(before, MAGENTA, 10)).toBe(0);

    await page.getByRole('combobox', { name: 'Basemap' }).selectOption('online');
    // The address bar follows the view a moment after the map (a deferred render).
    await expect.poll(() => new URL(page.url()).searchParams.get('basemap')).toBe('online');
    await expect
      .poll(async () => countPixelsNear(await mapScreenshot(page), MAGENTA, 10))
      .toBeGreaterThan(50_000);
    await waitForDrawnLayers(page, { on: ['pairing-lines'] });
    await expect
      .poll(async () => countPixelsNear(await mapScreenshot(page), STATUS_STYLES.active.colour, 12))
      .toBeGreaterThan(100);
    expect(await notice(page).count()).toBe(0);

    await page.getByRole('combobox', { name: 'Basemap' }).selectOption('builtin');
    await expect.poll(async () => countPixelsNear(await mapScreenshot(page), MAGENTA, 10)).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('falls back to the built-in map and says why when the service cannot be reached', async () => {
    const context = await browser().newContext({
      serviceWorkers: 'block',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await openWithTileService(page, 'abort');
    await page.goto(`${inject('baseUrl')}?basemap=online`);
    await expect
      .poll(() => notice(page).textContent())
      .toContain('could not load (the tile service could not be reached), so the built-in map');
    await waitForDrawnLayers(page, { on: ['sites', 'pairing-lines'] });
    const png = await mapScreenshot(page);
    expect(countPixelsNear(png, SEA, 6)).toBeGreaterThan(10_000);
    expect(countPixelsNear(png, STATUS_STYLES.active.colour, 12)).toBeGreaterThan(100);
    await context.close();
  });

  it('falls back when the style loads but its tiles do not', async () => {
    const context = await browser().newContext({
      serviceWorkers: 'block',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await openWithTileService(page, 'style');
    await page.goto(`${inject('baseUrl')}?basemap=online`);
    await expect
      .poll(() => notice(page).textContent())
      .toContain('its map tiles could not be loaded');
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect
      .poll(() => notice(page).textContent())
      .toContain('its map tiles could not be loaded');
    await expect
      .poll(async () => countPixelsNear(await mapScreenshot(page), SEA, 6))
      .toBeGreaterThan(10_000);
    await context.close();
  });
});
