import { launchChromium } from '../tests/e2e/support/launch';
const url = process.argv[2] ?? 'http://localhost:4173/';
const out = process.argv[3] ?? 'test-results/shot.png';
const w = Number(process.argv[4] ?? 1280), h = Number(process.argv[5] ?? 720);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: w, height: h } });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(url);
try { await page.waitForFunction(() => document.documentElement.dataset.atlasReady === 'true', undefined, { timeout: 60000 }); } catch (e) { console.log('not ready', String(e)); }
await page.waitForTimeout(1000);
await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
console.log(await page.evaluate(() => document.documentElement.dataset.atlasLayers));
await browser.close();
