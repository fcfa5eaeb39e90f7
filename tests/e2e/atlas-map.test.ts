import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  BOUNDARY_LINE,
  LAND_COLOUR,
  SELECTION_COLOUR,
  STATUS_STYLES,
  VENDOR_COLOURS,
} from '../../src/theme/colours';
import {
  closeDrawer,
  mapScreenshot,
  moveCamera,
  openAtlas,
  openDrawer,
  waitForAtlasReady,
  waitForDrawnLayers,
} from './support/atlas-page';
import { axeViolations } from './support/axe';
import { launchChromium } from './support/launch';
import { centreOfPixelsNear, countPixelsNear, cropPng, pngSize, type Rgb } from './support/pixels';

const LINE: Rgb = STATUS_STYLES.active.colour;
const MANCHESTER = '?at=-2.3,53.45,8.5';
const CERNER: Rgb = VENDOR_COLOURS.Cerner ?? [0, 0, 0];

let browser: Browser;
let page: Page;
let problems: string[];

async function countOnMap(colour: Rgb, tolerance: number): Promise<number> {
  return countPixelsNear(await mapScreenshot(page), colour, tolerance);
}

async function setSwitch(label: string, checked: boolean) {
  await page.getByRole('checkbox', { name: label }).setChecked(checked);
}

beforeAll(async () => {
  mkdirSync('test-results', { recursive: true });
  browser = await launchChromium();
  ({ page, problems } = await openAtlas(browser, inject('baseUrl')));
});

afterAll(async () => {
  await browser?.close();
});

describe('the atlas in Chromium', () => {
  it('signals readiness once the site and pairing layers have drawn', async () => {
    const root = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    expect(root.atlasReady).toBe('true');
    expect(root.atlasLayers?.split(' ')).toEqual(
      expect.arrayContaining(['pairing-lines', 'sites']),
    );
    // Boundaries and labels are drawn in the frames after the first.
    await waitForDrawnLayers(page, { on: ['pairing-lines', 'sites', 'boundaries'] });
    await page.screenshot({ path: 'test-results/atlas-1280x720.png' });
    expect(problems).toEqual([]);
  });

  it('draws pairing lines, and "Pairing lines" off removes them (negative control)', async () => {
    const withLines = await countOnMap(LINE, 30);
    await setSwitch('Pairing lines', false);
    await waitForDrawnLayers(page, { off: ['pairing-lines'] });
    const withoutLines = await countOnMap(LINE, 30);
    await setSwitch('Pairing lines', true);
    await waitForDrawnLayers(page, { on: ['pairing-lines'] });
    expect(withLines).toBeGreaterThan(300);
    expect(withoutLines).toBeLessThan(withLines / 10);
  });

  it('draws sites in vendor colours, and "Sites" off removes them', async () => {
    const withSites = await countOnMap(CERNER, 25);
    await setSwitch('Sites', false);
    await waitForDrawnLayers(page, { off: ['sites'] });
    const withoutSites = await countOnMap(CERNER, 25);
    await setSwitch('Sites', true);
    await waitForDrawnLayers(page, { on: ['sites'] });
    expect(withSites).toBeGreaterThan(100);
    expect(withoutSites).toBeLessThan(withSites / 10);
  });

  it('draws ICS boundaries, and "None" removes them', async () => {
    const boundaries = page.getByRole('combobox', { name: 'Boundaries' });
    const withIcs = await countOnMap(BOUNDARY_LINE, 20);
    await boundaries.selectOption('none');
    await waitForDrawnLayers(page, { off: ['boundaries'] });
    const withoutBoundaries = await countOnMap(BOUNDARY_LINE, 20);
    await boundaries.selectOption('stp');
    await waitForDrawnLayers(page, { on: ['boundaries'] });
    const withStp = await countOnMap(BOUNDARY_LINE, 20);
    await boundaries.selectOption('icb');
    await waitForDrawnLayers(page, { on: ['boundaries'] });
    expect(withIcs).toBeGreaterThan(1000);
    expect(withStp).toBeGreaterThan(1000);
    expect(withoutBoundaries).toBeLessThan(withIcs / 10);
  });

  it('fills a selected area and the one the pointer is on; with neither, the areas are left clear', async () => {
    // Lincolnshire: wide, with no site or line across its middle at the default view.
    await page.goto(`${inject('baseUrl')}?select=area%3Aicb%3AE54000013`);
    await waitForAtlasReady(page);
    await waitForDrawnLayers(page, { on: ['boundaries'] });
    const land = [1, 3, 5].map((at) =>
      parseInt(LAND_COLOUR.slice(at, at + 2), 16),
    ) as unknown as Rgb;
    const alpha = 50 / 255;
    const selectedFill = land.map((c, i) =>
      Math.round(c * (1 - alpha) + (SELECTION_COLOUR[i] ?? 0) * alpha),
    ) as unknown as Rgb;
    const centre = centreOfPixelsNear(await mapScreenshot(page), selectedFill, 6);
    if (centre === null) throw new Error('the selected area is not filled');
    const spot = {
      x: Math.round(centre.x) - 10,
      y: Math.round(centre.y) - 10,
      width: 20,
      height: 20,
    };
    const plainLand = async () =>
      countPixelsNear(cropPng(await mapScreenshot(page), spot), land, 3);
    expect(await plainLand()).toBeLessThan(20);
    // Negative control: nothing selected and the pointer off the map, the land shows plain.
    await page.keyboard.press('Escape');
    await expect.poll(plainLand).toBeGreaterThan(300);
    const box = await page.locator('.map-canvas canvas').first().boundingBox();
    if (box === null) throw new Error('no map canvas');
    // Below the spot: the tooltip opens below and right of the pointer, off the spot.
    await page.mouse.move(box.x + centre.x, box.y + centre.y + 25);
    await expect.poll(plainLand, { timeout: 10_000 }).toBeLessThan(20);
    // Over the North Sea: no area under the pointer, so none filled.
    await page.mouse.move(box.x + box.width - 30, box.y + 120);
    await expect.poll(plainLand, { timeout: 10_000 }).toBeGreaterThan(300);
  });

  it('selects a pairing from its table row: highlighted on the map and described in the card', async () => {
    const before = await countOnMap(SELECTION_COLOUR, 30);
    await openDrawer(page, 'Tables');
    await page
      .getByRole('button', {
        name: /^Cambridge University Hospitals NHS Foundation Trust and University College London/,
      })
      .click();
    const card = page.getByRole('region', { name: 'Selection details' });
    await expect.poll(() => card.textContent()).toContain('75 km (46 miles) apart');
    // The fit keeps the pairing clear of the card and the drawer that cover parts of the map.
    await moveCamera(page, 'Fit to selection');
    await closeDrawer(page);
    await waitForDrawnLayers(page, { on: ['pairing-lines'] });
    const after = await countOnMap(SELECTION_COLOUR, 30);
    await page.screenshot({ path: 'test-results/atlas-selected.png' });
    expect(before).toBe(0);
    expect(after).toBeGreaterThan(30);
  });

  it('hovering a pairing line names the pairing, and clicking the line selects it', async () => {
    // Zoomed in on Cambridge–UCLH, selected: the only line in the selection colour, long and clear.
    await page.goto(`${inject('baseUrl')}?select=pairing%3Acuh--uclh&at=-0.3,51.85,8`);
    await waitForAtlasReady(page);
    await waitForDrawnLayers(page, { on: ['pairing-lines', 'pairing-lines-emphasised'] });
    const card = page.getByRole('region', { name: 'Selection details' });
    const tooltip = page.locator('.deck-tooltip');
    const box = await page.locator('.map-canvas canvas').first().boundingBox();
    if (box === null) throw new Error('no map canvas');
    // A point on the line's upper third: its middle carries the distance label.
    const onLine = async () => {
      const png = await mapScreenshot(page);
      const middle = centreOfPixelsNear(png, SELECTION_COLOUR, 30);
      if (middle === null) return null;
      const upper = { x: 0, y: 0, width: pngSize(png).width, height: Math.floor(middle.y - 40) };
      const point = centreOfPixelsNear(cropPng(png, upper), SELECTION_COLOUR, 30);
      return point === null ? null : { x: box.x + point.x, y: box.y + point.y };
    };
    const named = async (at: { x: number; y: number }) => {
      await page.mouse.move(at.x, at.y);
      return expect
        .poll(() => tooltip.textContent(), { timeout: 10_000 })
        .toMatch(/Cambridge University Hospitals NHS Foundation Trust → University College London/)
        .then(() => true)
        .catch(() => false);
    };
    // Negative control: over empty sea nothing is named.
    await page.mouse.move(box.x + 30, box.y + box.height - 30);
    await expect
      .poll(async () => (await tooltip.count()) === 0 || !(await tooltip.isVisible()))
      .toBe(true);
    // Under full load a hover is now and then not picked: look again, at most three times.
    let at: { x: number; y: number } | null = null;
    for (let attempt = 0; attempt < 3 && at === null; attempt += 1) {
      const candidate = await onLine();
      if (candidate !== null && (await named(candidate))) at = candidate;
    }
    if (at === null) throw new Error('hovering the selected line never named its pairing');
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    // A click is now and then not picked under load either (as for sites below): click again.
    const line = at;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await page.mouse.click(line.x, line.y);
      const selected = await card
        .getByText('75 km (46 miles) apart', { exact: false })
        .waitFor({ timeout: 10_000 })
        .then(() => true)
        .catch(() => false);
      if (selected) break;
    }
    await expect.poll(() => card.textContent()).toContain('75 km (46 miles) apart');
  });

  it('hovering a site shows its tooltip and clicking it selects it', async () => {
    await page.getByRole('button', { name: /Clear selection/ }).click();
    // Close enough to Manchester that Salford Royal is not in a stack with its neighbours.
    await page.goto(`${inject('baseUrl')}${MANCHESTER}`);
    await waitForAtlasReady(page);
    await page.locator('.map-canvas canvas').first().scrollIntoViewIfNeeded();
    const card = page.getByRole('region', { name: 'Selection details' });
    // Salford Royal is the only Allscripts site, so its fill colour finds it on the map.
    const allscripts: Rgb = VENDOR_COLOURS.Allscripts ?? [0, 0, 0];
    // Under full CPU load (every test project at once) a click is now and then not picked, or the
    // map is still settling when the site is found. A person would look again and click again;
    // so does this test, at most three times, from nothing selected each time.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      if (attempt > 0) await page.keyboard.press('Escape');
      await waitForDrawnLayers(page, { on: ['sites'] });
      const centre = centreOfPixelsNear(await mapScreenshot(page), allscripts, 12);
      expect(centre).not.toBeNull();
      const box = await page.locator('.map-canvas canvas').first().boundingBox();
      if (centre === null || box === null) throw new Error('Salford Royal is not on the map');
      await page.mouse.move(box.x + centre.x, box.y + centre.y);
      await expect
        .poll(() => page.locator('.deck-tooltip').textContent())
        .toContain('Salford Royal');
      // Held for longer than deck.gl's default 250 ms for a tap: a slow click still selects.
      await page.mouse.click(box.x + centre.x, box.y + centre.y, { delay: 400 });
      const selected = await card
        .getByText('Salford Royal NHS Foundation Trust was a global digital exemplar', {
          exact: false,
        })
        .waitFor({ timeout: 10_000 })
        .then(() => true)
        .catch(() => false);
      if (selected) break;
    }
    await expect
      .poll(() => card.textContent())
      .toContain('Salford Royal NHS Foundation Trust was a global digital exemplar');
    await openDrawer(page, 'Tables');
    await expect
      .poll(() =>
        page
          .getByRole('button', { name: 'Salford Royal NHS Foundation Trust', exact: true })
          .getAttribute('aria-pressed'),
      )
      .toBe('true');
    await closeDrawer(page);
  });

  it('has no axe violations with a selection made, and Escape clears the selection', async () => {
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    // The card is there only while something is selected.
    await expect
      .poll(() => page.getByRole('region', { name: 'Selection details' }).count())
      .toBe(0);
  });

  it('hovering a site brightens its pairing and dims the other lines; moving away restores them', async () => {
    await page.goto(`${inject('baseUrl')}${MANCHESTER}`);
    await waitForAtlasReady(page);
    const allscripts: Rgb = VENDOR_COLOURS.Allscripts ?? [0, 0, 0];
    const centre = centreOfPixelsNear(await mapScreenshot(page), allscripts, 12);
    const box = await page.locator('.map-canvas canvas').first().boundingBox();
    expect(centre).not.toBeNull();
    expect(box).not.toBeNull();
    const at = { x: (box?.x ?? 0) + (centre?.x ?? 0), y: (box?.y ?? 0) + (centre?.y ?? 0) };
    // Negative control first: with the pointer over empty sea, every line is at full colour.
    await page.mouse.move((box?.x ?? 0) + (box?.width ?? 0) - 30, (box?.y ?? 0) + 120);
    await waitForDrawnLayers(page, { on: ['pairing-lines'] });
    const resting = await countOnMap(LINE, 30);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.locator('.deck-tooltip').textContent()).toContain('Salford Royal');
    await expect.poll(async () => countOnMap(LINE, 30)).toBeLessThan(resting * 0.6);
    await page.mouse.move((box?.x ?? 0) + (box?.width ?? 0) - 30, (box?.y ?? 0) + 120);
    await expect.poll(async () => countOnMap(LINE, 30)).toBeGreaterThan(resting * 0.9);
  });

  it('lays out for a phone (390×844) without errors or axe violations', async () => {
    const phone = await openAtlas(browser, inject('baseUrl'), { width: 390, height: 844 });
    await phone.page.screenshot({ path: 'test-results/atlas-390x844.png', fullPage: true });
    // Nothing may force sideways scrolling on a phone.
    expect(
      await phone.page.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(390);
    expect(await axeViolations(phone.page)).toEqual([]);
    expect(phone.problems).toEqual([]);
    await phone.page.context().close();
  });
});
