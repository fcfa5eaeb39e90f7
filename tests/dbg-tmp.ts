import { launchChromium } from './e2e/support/launch';
import { mapScreenshot } from './e2e/support/atlas-page';
import { centreOfPixelsNear } from './e2e/support/pixels';
const browser = await launchChromium();
const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
page.on('console', (m) => {
  if (m.type() === 'error') console.log(m.text().slice(0, 300));
});
await page.goto('http://localhost:4173/');
await page.waitForFunction(() => document.documentElement.dataset.atlasReady === 'true');
await page.waitForTimeout(1000);
const c = centreOfPixelsNear(await mapScreenshot(page), [153, 153, 51], 12);
const box = await page.locator('.map-canvas canvas').first().boundingBox();
console.log(c, box);
if (c && box) {
  await page.mouse.move(box.x + c.x, box.y + c.y);
  await page.waitForTimeout(500);
  console.log('tooltip', await page.locator('.deck-tooltip').textContent());
  await page.mouse.click(box.x + c.x, box.y + c.y);
  await page.waitForTimeout(1000);
  console.log('url', page.url());
  console.log(
    (await page.getByRole('region', { name: 'Selection details' }).textContent())?.slice(0, 200),
  );
}
await browser.close();
