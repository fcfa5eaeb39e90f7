import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openAtlas, openDrawer } from './support/atlas-page';
import { axeViolations } from './support/axe';
import { launchChromium } from './support/launch';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * The share of the window where the map itself is what a person sees: points on a 10-pixel grid
 * whose topmost element is the map's canvas.
 */
function unobscuredMapShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    let hits = 0;
    let points = 0;
    for (let x = 5; x < window.innerWidth; x += 10) {
      for (let y = 5; y < window.innerHeight; y += 10) {
        points += 1;
        const top = document.elementFromPoint(x, y);
        if (top instanceof HTMLCanvasElement && top.closest('.map-canvas') !== null) hits += 1;
      }
    }
    return hits / points;
  });
}

function pageOverflow(page: Page) {
  return page.evaluate(() => ({
    down: document.documentElement.scrollHeight - window.innerHeight,
    sideways: document.documentElement.scrollWidth - window.innerWidth,
  }));
}

describe('map first on a desktop', () => {
  it.each([
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
    { width: 1920, height: 1080 },
  ])(
    'at $width×$height the map has at least 60 % of the window and the page does not scroll',
    async (size) => {
      const { page, problems } = await openAtlas(browser, inject('baseUrl'), size);
      const share = await unobscuredMapShare(page);
      expect(share).toBeGreaterThanOrEqual(0.6);
      expect(await pageOverflow(page)).toEqual({ down: 0, sideways: 0 });
      // The legend is open on first load, in the left panel.
      expect(
        await page
          .getByRole('complementary', { name: 'Filters, layers and legend' })
          .getByRole('heading', { name: /^Core EPR vendor/ })
          .isVisible(),
      ).toBe(true);
      // Negative control: the tables drawer covers part of the map, and the measure sees it.
      await openDrawer(page, 'Tables');
      await page.getByRole('table', { name: 'Pairings' }).waitFor();
      expect(await unobscuredMapShare(page)).toBeLessThan(share - 0.15);
      expect(await pageOverflow(page)).toEqual({ down: 0, sideways: 0 });
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );

  it('the selection card is there only with a selection, and the panel collapses to give the map back', async () => {
    const { page } = await openAtlas(browser, inject('baseUrl'), { width: 1280, height: 720 });
    expect(await page.getByRole('region', { name: 'Selection details' }).count()).toBe(0);
    const before = await unobscuredMapShare(page);
    const toggle = page.getByRole('button', { name: 'Hide panel' });
    await toggle.click();
    const collapsed = page.getByRole('button', { name: 'Filters, layers and legend' });
    expect(await collapsed.getAttribute('aria-expanded')).toBe('false');
    expect(await unobscuredMapShare(page)).toBeGreaterThan(before + 0.1);
    await collapsed.click();
    await page.getByRole('combobox', { name: 'Find an organisation' }).fill('Alder Hey');
    await page
      .getByRole('option', { name: /Alder Hey/ })
      .first()
      .click();
    const card = page.getByRole('region', { name: 'Selection details' });
    await expect
      .poll(() => card.textContent())
      .toContain("Alder Hey Children's NHS Foundation Trust");
    expect(await axeViolations(page)).toEqual([]);
    // Escape in the search box belongs to the search; from the card it clears the selection.
    await card.getByRole('button', { name: /Clear selection/ }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    await page.context().close();
  });
});

describe('map first on a phone (390×844)', () => {
  it('shows the map on at least 45 % of the first screen, never scrolls sideways, and opens the panel as a modal sheet', async () => {
    const { page, problems } = await openAtlas(browser, inject('baseUrl'), {
      width: 390,
      height: 844,
    });
    expect(await unobscuredMapShare(page)).toBeGreaterThanOrEqual(0.45);
    expect((await pageOverflow(page)).sideways).toBeLessThanOrEqual(0);
    const open = page.getByRole('button', { name: 'Filters and legend' });
    await open.click();
    const sheet = page.getByRole('dialog', { name: 'Filters, layers and legend' });
    await sheet.waitFor();
    expect(await sheet.getByRole('checkbox', { name: 'Pairing lines' }).isVisible()).toBe(true);
    // Modal: the page behind is inert, so focus stays in the sheet.
    for (let step = 0; step < 12; step += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(
      true,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Filters and legend');
    expect((await pageOverflow(page)).sideways).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('before the app has run', () => {
  it("draws the page's loading line with the app's styles, not the browser's", async () => {
    // With scripts off the page stays as its HTML has it, with only what the HTML links.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    const styles = await page.evaluate(() => ({
      bodyMargin: getComputedStyle(document.body).margin,
      font: getComputedStyle(document.querySelector('h1') ?? document.body).fontFamily,
    }));
    // The browser's own would be an 8 px margin and a serif font.
    expect(styles).toEqual({ bodyMargin: '0px', font: expect.stringContaining('system-ui') });
    await context.close();
  });
});
