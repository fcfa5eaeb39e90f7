import type { Browser, Page } from 'playwright-core';

export async function openAtlas(
  browser: Browser,
  baseUrl: string,
  viewport = { width: 1280, height: 720 },
) {
  // axe's Playwright integration needs a page from an explicit context. The offline service
  // worker has its own tests; elsewhere it would only add a 3 MB precache to every page load.
  const context = await browser.newContext({
    viewport,
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  // The built site carries a Content Security Policy: anything it blocks is a bug to report.
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy'))
      problems.push(message.text());
  });
  await page.goto(baseUrl);
  await waitForAtlasReady(page);
  return { page, problems };
}

export async function waitForAtlasReady(page: Page) {
  await page.waitForFunction(
    () => document.documentElement.dataset.atlasReady === 'true',
    undefined,
    {
      timeout: 60_000,
    },
  );
}

/** Waits until deck.gl has drawn a frame with these layers on and off, then for the page to composite it. */
export async function waitForDrawnLayers(page: Page, expected: { on?: string[]; off?: string[] }) {
  await page.waitForFunction(
    ({ on, off }) => {
      const drawn = (document.documentElement.dataset.atlasLayers ?? '').split(' ');
      return on.every((id) => drawn.includes(id)) && off.every((id) => !drawn.includes(id));
    },
    { on: expected.on ?? [], off: expected.off ?? [] },
    { timeout: 30_000 },
  );
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}

export function mapScreenshot(page: Page): Promise<Buffer> {
  return page.locator('.map-canvas canvas').first().screenshot();
}

/** The live counts above the map ("9 of 25 pairings · 30 of 51 organisations"). */
export function countsText(page: Page): Promise<string | null> {
  return page
    .getByRole('status')
    .filter({ hasText: / of [\d,]+ pairings/ })
    .textContent();
}
