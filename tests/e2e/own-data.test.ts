import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { generateNational } from '../../scripts/generate-national';
import { openAtlas, openDrawer, waitForDrawnLayers } from './support/atlas-page';
import { axeViolations } from './support/axe';
import { chromiumForThisFile } from './support/shared-browser';

const browser = chromiumForThisFile();
const fixture = (...parts: string[]) => join(process.cwd(), 'tests/fixtures', ...parts);

describe('your own data in Chromium', () => {
  it('opens files through the input, reports problems, explores them and returns to the default', async () => {
    const { page, problems } = await openAtlas(browser(), inject('baseUrl'));
    await openDrawer(page, 'Data');
    await page
      .getByLabel('Open data files')
      .setInputFiles([
        fixture('opened', 'left-out', 'organisations.csv'),
        fixture('opened', 'left-out', 'pairings.csv'),
      ]);
    const data = page.getByRole('region', { name: 'Data' });
    await expect
      .poll(() => data.getByRole('status').first().textContent())
      .toContain(
        '2 organisations and 1 pairing shown; 1 organisation row and 2 pairing rows left out',
      );
    // Each message names the row by number, id and name; the two pairings that point at the
    // left-out organisation are one line, with the reason it was left out.
    await expect
      .poll(() =>
        page
          .getByText(
            'Error: organisations.csv, row 4 (f2, Westvale Follower Trust), column "lat": latitude is not a number (value: "n/a")',
          )
          .count(),
      )
      .toBe(1);
    expect(
      await page
        .getByText(
          /refers to f2, Westvale Follower Trust, left out at row 4 of organisations\.csv: latitude is not a number — 2 rows/,
        )
        .count(),
    ).toBe(1);
    await openDrawer(page, 'Tables');
    const pairings = page.getByRole('table', { name: 'Pairings' });
    await expect.poll(() => pairings.getByRole('row').count()).toBe(2);
    await pairings.getByRole('row').nth(1).getByRole('button').first().click();
    await expect
      .poll(() => page.getByRole('region', { name: 'Selection details' }).textContent())
      .toContain('Westvale Hospitals (exemplar) was paired with Eastvale Follower Trust');
    await waitForDrawnLayers(page, { on: ['pairing-lines', 'sites'] });
    expect(await axeViolations(page)).toEqual([]);

    await openDrawer(page, 'Data');
    await page.getByRole('button', { name: 'Back to the built-in data' }).click();
    await openDrawer(page, 'Tables');
    await expect.poll(() => pairings.getByRole('row').count()).toBe(26);
    await openDrawer(page, 'Data');
    await page.getByRole('button', { name: 'Show my data again' }).click();
    await openDrawer(page, 'Tables');
    await expect.poll(() => pairings.getByRole('row').count()).toBe(2);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('opens a programme abroad with only the needed columns: fits the map to it and records the camera', async () => {
    const { page, problems } = await openAtlas(browser(), inject('baseUrl'));
    await openDrawer(page, 'Data');
    await page
      .getByLabel('Open data files')
      .setInputFiles([
        fixture('opened', 'abroad', 'organisations.csv'),
        fixture('opened', 'abroad', 'pairings.csv'),
      ]);
    const data = page.getByRole('region', { name: 'Data' });
    await expect
      .poll(() => data.getByRole('status').first().textContent())
      .toContain('6 organisations and 4 pairings shown.');
    await expect
      .poll(() =>
        page
          .getByText(/row 7 \(par, Paris Trust\), column "lat": 363 km from every other site/)
          .count(),
      )
      .toBe(1);
    // The map flies to the Netherlands and the link records where it went.
    await page.waitForURL((url) => {
      const at = new URLSearchParams(url.search).get('at');
      const [lon = NaN, lat = NaN] = (at ?? '').split(',').map(Number);
      // The camera sits south of the data: the Data drawer covers the lower part of the map.
      return lon > 2 && lon < 7 && lat > 45 && lat < 54;
    });
    await waitForDrawnLayers(page, { on: ['pairing-lines', 'sites'] });
    expect(
      await page
        .getByText(
          /The boundaries \(ICS, STP, NHS region\) cover England only, and none of these sites is in England/,
        )
        .count(),
    ).toBe(1);
    expect(await page.evaluate(() => document.title)).toBe(
      'partnerships from organisations.csv and pairings.csv – GDE Partnership Atlas',
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('asks which columns hold the fields when the headings are its own (axe clean), then opens them', async () => {
    const { page, problems } = await openAtlas(browser(), inject('baseUrl'));
    await openDrawer(page, 'Data');
    await page
      .getByLabel('Open data files')
      .setInputFiles([
        fixture('opened', 'own-headings', 'organisations.csv'),
        fixture('opened', 'own-headings', 'pairings.csv'),
      ]);
    const step = page.getByRole('form', { name: 'Match your columns' });
    await step.waitFor();
    expect(await step.getByRole('combobox', { name: /^Latitude/ }).inputValue()).toBe(
      'Lat (WGS84)',
    );
    expect(await axeViolations(page)).toEqual([]);
    await step.getByRole('button', { name: 'Open with these columns' }).click();
    const data = page.getByRole('region', { name: 'Data' });
    await expect
      .poll(() => data.getByRole('status').first().textContent())
      .toContain('2 organisations and 1 pairing shown.');
    expect(await step.count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('opens an Excel workbook through the file input, by its sheets', async () => {
    const { page, problems } = await openAtlas(browser(), inject('baseUrl'));
    await openDrawer(page, 'Data');
    await page
      .getByLabel('Open data files')
      .setInputFiles(fixture('opened', 'workbook', 'programme.xlsx'));
    const data = page.getByRole('region', { name: 'Data' });
    await expect
      .poll(() => data.getByRole('status').first().textContent())
      .toContain('Showing your data: programme.xlsx. 4 organisations and 2 pairings shown.');
    await openDrawer(page, 'Tables');
    const pairings = page.getByRole('table', { name: 'Pairings' });
    await expect.poll(() => pairings.getByRole('row').count()).toBe(3);
    await waitForDrawnLayers(page, { on: ['pairing-lines', 'sites'] });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows markup in names, sites and sources as inert text: nothing runs', async () => {
    const { page, problems } = await openAtlas(browser(), inject('baseUrl'));
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await openDrawer(page, 'Data');
    await page
      .getByLabel('Open data files')
      .setInputFiles([fixture('xss', 'organisations.csv'), fixture('xss', 'pairings.csv')]);
    // The javascript: source made its row invalid; it is listed as text in the report.
    await expect.poll(() => page.getByText(/javascript:alert\(4\)/).count()).toBeGreaterThan(0);
    await openDrawer(page, 'Tables');
    const organisations = page.getByRole('table', { name: 'Organisations' });
    await expect
      .poll(() => organisations.getByText('<img src=x onerror=alert(1)>').count())
      .toBeGreaterThan(0);
    await organisations
      .getByRole('row', { name: /<img src=x/ })
      .getByRole('button')
      .first()
      .click();
    const card = page.getByRole('region', { name: 'Selection details' });
    await expect.poll(() => card.textContent()).toContain('<img src=x onerror=alert(1)>');
    const pairings = page.getByRole('table', { name: 'Pairings' });
    await pairings.getByRole('row').nth(1).getByRole('button').first().click();
    await expect.poll(() => card.textContent()).toContain('<script>alert(2)</script> Trust');
    await card.hover();
    await page.mouse.move(640, 500);
    // Give anything the markup might have planted the frames it would need to run.
    await waitForDrawnLayers(page, { on: ['sites'] });

    expect(
      await page.locator('img[src="x"], svg[onload], b[onmouseover], i[onmouseover]').count(),
    ).toBe(0);
    for (const link of await card.getByRole('link').all()) {
      expect(await link.getAttribute('href')).toMatch(/^https?:/);
    }
    expect(dialogs).toEqual([]);
    expect(consoleErrors.filter((text) => !text.includes('favicon'))).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('national scale in Chromium', () => {
  it('opens 5,000 organisations and 50,000 pairings, checked off the main thread, and draws them', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'atlas-national-'));
    const files = generateNational(5000, 50_000);
    writeFileSync(join(folder, 'organisations.csv'), files.organisations);
    writeFileSync(join(folder, 'pairings.csv'), files.pairings);
    const { page, problems } = await openAtlas(browser(), inject('baseUrl'));
    await openDrawer(page, 'Data');
    await page
      .getByLabel('Open data files')
      .setInputFiles([join(folder, 'organisations.csv'), join(folder, 'pairings.csv')]);
    const data = page.getByRole('region', { name: 'Data' });
    // The checks report file by file while the page stays free to answer.
    await data
      .getByRole('progressbar', {
        name: /^Checking (organisations|pairings)\.csv \(file [12] of 2\)…$/,
      })
      .waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.title)).not.toBe('');
    await expect
      .poll(() => data.getByRole('status').first().textContent(), { timeout: 60_000 })
      .toContain('5,000 organisations and 50,000 pairings shown.');
    expect(await data.getByRole('progressbar').count()).toBe(0);
    await openDrawer(page, 'Tables');
    const pairings = page.getByRole('table', { name: 'Pairings' });
    // The rows wait on the map's frames, and software WebGL takes seconds per frame of 50,000
    // lines: on a loaded CI machine that went past the default 15 s.
    await expect.poll(() => pairings.getByRole('row').count(), { timeout: 60_000 }).toBe(501);
    expect(await page.getByText('49,500 more rows not drawn.').count()).toBe(1);
    await waitForDrawnLayers(page, { on: ['pairing-lines', 'sites'] });

    // The partner finder's programme view at this scale is worked out in a worker, with progress.
    await page.getByRole('banner').getByRole('button', { name: 'Partner finder' }).click();
    const finder = page.getByRole('region', { name: 'Partner finder' });
    await finder
      .getByRole('progressbar', { name: 'Working out how the real pairings rank' })
      .waitFor({ timeout: 30_000 });
    await finder
      .getByText(/^Under these weights, [\d,]+ of [\d,]+ followers were paired/)
      .waitFor({ timeout: 120_000 });
    expect(await finder.getByRole('progressbar').count()).toBe(0);
    // One organisation's candidates are worked out in the page.
    await finder.getByRole('combobox', { name: 'Find partners for' }).selectOption({ index: 1 });
    await finder.getByRole('table', { name: 'Candidate partners' }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
    rmSync(folder, { recursive: true, force: true });
  }, 300_000);
});
