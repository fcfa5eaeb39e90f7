import type { Browser, Page } from 'playwright-core';
import { maskPng } from './pixels';

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

/** What covers the map: the panels, the card, the drawer, the footer and the map's own buttons. */
const OVER_THE_MAP =
  '[data-covers-map], .app-footer, .map-tools, .in-view, .map-keys, .phone-bar, .basemap-notice, .maplibregl-ctrl';

/**
 * The map as a person sees it, with whatever floats over it masked out: pixel counts are then of
 * the map's drawing, never of a legend swatch or a chart bar in a panel.
 */
export async function mapScreenshot(page: Page): Promise<Buffer> {
  const canvas = page.locator('.map-canvas canvas').first();
  const [png, covered] = await Promise.all([
    canvas.screenshot(),
    canvas.evaluate((element, selector) => {
      const box = element.getBoundingClientRect();
      return [...document.querySelectorAll(selector)].map((cover) => {
        const rect = cover.getBoundingClientRect();
        return {
          x: rect.left - box.left,
          y: rect.top - box.top,
          width: rect.width,
          height: rect.height,
        };
      });
    }, OVER_THE_MAP),
  ]);
  return maskPng(png, covered);
}

/** The live counts above the map ("9 of 25 pairings · 30 of 51 organisations"). */
export function countsText(page: Page): Promise<string | null> {
  return page
    .getByRole('status')
    .filter({ hasText: / of [\d,]+ pairings/ })
    .textContent();
}

/** Opens a drawer from the bar ("Tables", "Charts" or "Data") unless it is open already. */
export async function openDrawer(page: Page, name: 'Tables' | 'Charts' | 'Data') {
  const button = page.getByRole('banner').getByRole('button', { name, exact: true });
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
}

/** Closes whatever drawer is open, giving the map back its lower part. */
export async function closeDrawer(page: Page) {
  const close = page.locator('.data-drawer-heading').getByRole('button', { name: /^Close/ });
  if ((await close.count()) > 0) await close.click();
}

/** Opens the Share menu in the bar, where Copy link, Embed, Download PNG and CSV live. */
export async function openShare(page: Page) {
  const button = page.getByRole('banner').getByRole('button', { name: 'Share' });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}

/** Presses "Fit to selection" or "Reset view" and waits until the link records the new camera. */
export async function moveCamera(page: Page, name: 'Fit to selection' | 'Reset view') {
  const before = page.url();
  await page.getByRole('button', { name, exact: true }).click();
  // A reset from the default view moves nothing, so there is nothing to wait for.
  if (name === 'Reset view' && !before.includes('at=')) return;
  await page.waitForURL((url) => url.href !== before, { timeout: 15_000 });
  await waitForDrawnLayers(page, { on: ['sites'] });
}
