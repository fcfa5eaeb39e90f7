import { launchChromium } from './e2e/support/launch';
const [url, out, w, h] = process.argv.slice(2);
const browser = await launchChromium();
const page = await (
  await browser.newContext({ viewport: { width: Number(w ?? 1280), height: Number(h ?? 720) } })
).newPage();
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') console.log(m.type(), m.text().slice(0, 200));
});
await page.goto(url ?? 'http://localhost:4173/');
await page
  .waitForFunction(() => document.documentElement.dataset.atlasReady === 'true', undefined, {
    timeout: 60000,
  })
  .catch(() => console.log('not ready'));
await page.waitForTimeout(1500);
await page.screenshot({ path: out ?? 'test-results/shot.png' });
console.log('url now', page.url());
await browser.close();
