import { describe, expect, inject, it } from 'vitest';
import { SELECTION_COLOUR, STATUS_STYLES } from '../../src/theme/colours';
import { countsText, mapScreenshot } from './support/atlas-page';
import { axeViolations } from './support/axe';
import { countPixelsNear } from './support/pixels';
import { chromiumForThisFile } from './support/shared-browser';

const browser = chromiumForThisFile();

describe('charts in Chromium', () => {
  it('loads the charts code only when the panel opens, then links a bar to the map and the URL', async () => {
    const requested: string[] = [];
    const context = await browser().newContext({
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(inject('baseUrl'));
    await page.waitForFunction(
      () => document.documentElement.dataset.atlasReady === 'true',
      undefined,
      {
        timeout: 60_000,
      },
    );
    expect(requested.filter((url) => /charts-panel/.test(url))).toEqual([]);

    await page.getByRole('banner').getByRole('button', { name: 'Charts', exact: true }).click();
    await page.getByRole('figure').nth(5).waitFor({ timeout: 30_000 });
    expect(requested.filter((url) => /charts-panel-[\w-]+\.js$/.test(url))).toHaveLength(1);
    expect(requested.filter((url) => /evidence-[\w-]+\.csv$/.test(url))).toHaveLength(1);
    await expect.poll(() => page.url()).toContain('panel=charts');

    const before = countPixelsNear(await mapScreenshot(page), SELECTION_COLOUR, 30);
    // The distance chart's first bar is the longest pairing: Taunton and Somerset – Blackpool (dropped).
    const distance = page.getByRole('figure', { name: /over 100 km apart/ });
    const lines = STATUS_STYLES.active.colour;
    const undimmed = countPixelsNear(await mapScreenshot(page), lines, 30);
    // Focus (unlike a hover) survives the scrolling that capturing the map needs.
    await page.getByRole('button', { name: /2 pairings from Cerner to System C/ }).focus();
    await expect
      .poll(async () => countPixelsNear(await mapScreenshot(page), lines, 30))
      .toBeLessThan(undimmed / 2);
    await page.getByRole('banner').getByRole('button', { name: 'Charts', exact: true }).focus();
    const longest = distance.locator('.recharts-bar-rectangle').first();
    await longest.click();
    await expect.poll(() => page.url()).toContain('select=pairing%3Atst--blackpool');
    await expect
      .poll(() => page.getByRole('region', { name: 'Selection details' }).textContent())
      .toContain('The pairing was dropped before it started.');
    expect(before).toBe(0);
    await expect
      .poll(async () => countPixelsNear(await mapScreenshot(page), SELECTION_COLOUR, 30))
      .toBeGreaterThan(100);

    // A factor bar filters: the "yes" part of "Same core platform".
    const factors = page.getByRole('figure', { name: /most common aligned factor/ });
    await factors.locator('.recharts-bar-rectangle').first().click();
    await expect.poll(() => page.url()).toContain('factor=same_platform%3Ayes');
    await expect.poll(() => countsText(page)).toContain('10 of 25 pairings');

    await page.screenshot({ path: 'test-results/atlas-charts.png' });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
