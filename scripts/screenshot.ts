/**
 * npm run screenshot -- [url] [out.png] [width] [height]
 * Opens the atlas in headless Chromium, waits until the map has drawn (data-atlas-ready) and saves
 * a screenshot: how docs/screenshot.png is made (against `npm run preview`).
 */
import { launchChromium } from '../tests/e2e/support/launch';

const [
  url = 'http://localhost:4173/',
  out = 'test-results/screenshot.png',
  width = '1280',
  height = '720',
] = process.argv.slice(2);
const browser = await launchChromium();
try {
  const context = await browser.newContext({
    viewport: { width: Number(width), height: Number(height) },
    // A first visit would show the "now works offline" toast over the map.
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(url);
  await page.waitForFunction(
    () => document.documentElement.dataset.atlasReady === 'true',
    undefined,
    {
      timeout: 60_000,
    },
  );
  await page.waitForTimeout(1000);
  await page.screenshot({ path: out });
  console.log(`saved ${out} (${width}×${height}) of ${page.url()}`);
} finally {
  await browser.close();
}
