import { launchChromium } from '../tests/e2e/support/launch';
import { serveFolder } from '../tests/e2e/support/static-server';
const server = await serveFolder('/work/main/bench/.out');
const browser = await launchChromium();
for (const query of process.argv.slice(2)) {
  for (let run = 0; run < 2; run += 1) {
    const context = await browser.newContext({
      serviceWorkers: 'block',
      viewport: { width: 1280, height: 720 },
    });
    const page = await context.newPage();
    await page.goto(server.url + query);
    await page.waitForSelector('html[data-atlas-ready="true"]', {
      state: 'attached',
      timeout: 120000,
    });
    const marks = await page.evaluate(() => {
      const res = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => /maplibre|map-view|land|icb/.test(r.name))
        .map(
          (r) =>
            `${r.name.split('/').pop()?.slice(0, 20)}:${Math.round(r.startTime)}-${Math.round(r.responseEnd)}`,
        );
      return [
        ...performance.getEntriesByType('mark').map((m) => `${m.name}=${Math.round(m.startTime)}`),
        ...res,
      ].join(' ');
    });
    console.log(query, marks);
    await context.close();
  }
}
await browser.close();
await server.close();
process.exit(0);
