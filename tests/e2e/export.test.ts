import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { FINDER_STYLES, STATUS_STYLES, VENDOR_COLOURS } from '../../src/theme/colours';
import { openAtlas, openDrawer, openShare, waitForDrawnLayers } from './support/atlas-page';
import { countPixelsNear, countPixelsNotNear, cropPng, pngSize } from './support/pixels';
import { chromiumForThisFile } from './support/shared-browser';

const browser = chromiumForThisFile();
const WHITE = [255, 255, 255] as const;
const SEA = [0xdc, 0xe8, 0xf0] as const;

async function exportPng(page: Page, button: RegExp): Promise<{ png: Buffer; name: string }> {
  await openShare(page);
  const menu = page.locator('summary', { hasText: 'Download PNG' });
  if ((await page.getByRole('button', { name: button }).isVisible()) === false) await menu.click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { png: readFileSync((await download.path()) ?? ''), name: download.suggestedFilename() };
}

describe('PNG export in Chromium', () => {
  it('makes a 1920 × 1080 slide whose map and legend are drawn, and an on-screen-size image', async () => {
    const { page, problems } = await openAtlas(browser(), `${inject('baseUrl')}?status=active`);
    await waitForDrawnLayers(page, { on: ['pairing-lines'] });
    const slide = await exportPng(page, /^Slide, 1920 × 1080/);
    writeFileSync('test-results/export-slide.png', slide.png);
    expect(slide.name).toBe('gde-atlas-1920x1080.png');
    expect(pngSize(slide.png)).toEqual({ width: 1920, height: 1080 });
    const map = cropPng(slide.png, { x: 40, y: 200, width: 1300, height: 760 });
    const legend = cropPng(slide.png, { x: 1460, y: 160, width: 440, height: 760 });
    expect(countPixelsNear(map, SEA, 6)).toBeGreaterThan(50_000);
    expect(countPixelsNear(map, STATUS_STYLES.active.colour, 12)).toBeGreaterThan(200);
    expect(countPixelsNear(map, VENDOR_COLOURS.Cerner ?? [0, 0, 0], 12)).toBeGreaterThan(100);
    expect(countPixelsNotNear(legend, WHITE, 30)).toBeGreaterThan(3_000);
    // Negative control for the finder's slide below: no plan, no magenta.
    expect(countPixelsNear(map, FINDER_STYLES.plan.colour, 20)).toBeLessThan(20);
    await page.getByText(/^Saved gde-atlas-1920x1080\.png/).waitFor();

    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await openDrawer(page, 'Tables');
    await page
      .getByRole('row', { name: /Taunton/ })
      .first()
      .getByRole('button')
      .first()
      .click();
    const mapBox = await page.locator('.map-canvas').boundingBox();
    const screen = await exportPng(page, /^Map as on screen/);
    writeFileSync('test-results/export-screen.png', screen.png);
    expect(pngSize(screen.png)).toEqual({
      width: Math.round(mapBox?.width ?? 0),
      height: Math.round(mapBox?.height ?? 0),
    });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('puts the partner finder’s suggested plan on the slide', async () => {
    const { page, problems } = await openAtlas(
      browser(),
      `${inject('baseUrl')}?finder=programme&plan=2`,
    );
    await waitForDrawnLayers(page, { on: ['finder-lines'] });
    const slide = await exportPng(page, /^Slide, 1920 × 1080/);
    const map = cropPng(slide.png, { x: 40, y: 200, width: 1300, height: 760 });
    expect(countPixelsNear(map, FINDER_STYLES.plan.colour, 20)).toBeGreaterThan(500);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('negative control: with the pairing lines switched off, the slide has no line pixels', async () => {
    const { page } = await openAtlas(browser(), `${inject('baseUrl')}?status=active&layers=sites`);
    const slide = await exportPng(page, /^Slide, 1920 × 1080/);
    const map = cropPng(slide.png, { x: 40, y: 200, width: 1300, height: 760 });
    expect(countPixelsNear(map, SEA, 6)).toBeGreaterThan(50_000);
    expect(countPixelsNear(map, STATUS_STYLES.active.colour, 12)).toBe(0);
    expect(countPixelsNear(map, VENDOR_COLOURS.Cerner ?? [0, 0, 0], 12)).toBeGreaterThan(100);
    await page.context().close();
  });
});
