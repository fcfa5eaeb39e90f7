import { describe, expect, inject, it } from 'vitest';
import { chromiumForThisFile } from './support/shared-browser';

const browser = chromiumForThisFile();

describe('the production build with the Pages base path, served under it', () => {
  it('loads data, boundaries and a deep link with no failed request', async () => {
    const url = inject('subPathUrl');
    expect(new URL(url).pathname).toBe('/gde-partnership-atlas/');
    const failed: string[] = [];
    const context = await browser().newContext();
    const page = await context.newPage();
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${url}?select=org%3Asrft&boundary=stp`);
    await page.waitForFunction(
      () => document.documentElement.dataset.atlasReady === 'true',
      undefined,
      {
        timeout: 60_000,
      },
    );
    await expect
      .poll(() => page.getByRole('region', { name: 'Selection details' }).textContent())
      .toContain('Salford Royal NHS Foundation Trust was a global digital exemplar');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.atlasLayers))
      .toContain('boundaries');
    expect(page.url()).toContain('/gde-partnership-atlas/?');
    // The offline service worker lives, and is scoped, under the sub-path too.
    expect(
      await page.evaluate(() =>
        navigator.serviceWorker.ready.then((registration) => registration.scope),
      ),
    ).toBe(url);
    expect(failed).toEqual([]);
    await context.close();
  });
});
