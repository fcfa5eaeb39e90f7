import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { SELECTION_COLOUR } from '../../src/theme/colours';
import {
  mapScreenshot,
  openAtlas,
  waitForAtlasReady,
  waitForDrawnLayers,
} from './support/atlas-page';
import { axeViolations } from './support/axe';
import { countPixelsNear } from './support/pixels';
import { chromiumForThisFile } from './support/shared-browser';

const browser = chromiumForThisFile();
const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as {
  scenes: { title: string }[];
};
const titles = story.scenes.map((scene) => scene.title);

const sceneHeading = (page: Page) => page.getByRole('heading', { level: 2 }).first();
const sceneParam = (page: Page) => new URL(page.url()).searchParams.get('scene');

describe('presenter mode in Chromium', () => {
  it('PageDown steps through every scene to the end, with no axe violations', async () => {
    const { page, problems } = await openAtlas(browser(), `${inject('baseUrl')}?scene=1`);
    await expect.poll(() => sceneHeading(page).textContent()).toBe(titles[0]);
    expect(await axeViolations(page)).toEqual([]);
    for (let scene = 2; scene <= titles.length; scene += 1) {
      await page.keyboard.press('PageDown');
      await expect.poll(() => sceneHeading(page).textContent()).toBe(titles[scene - 1]);
      expect(sceneParam(page)).toBe(String(scene));
      await expect.poll(() => page.getByText(`${scene} / ${titles.length}`).count()).toBe(1);
    }
    await page.keyboard.press('PageDown');
    expect(sceneParam(page)).toBe(String(titles.length));
    // A scene with a chart: the chart is there and the page is still clean for axe.
    await page.keyboard.press('2');
    await expect.poll(() => page.getByRole('figure').count()).toBe(1);
    await page.screenshot({ path: 'test-results/presenter-scene-2.png' });
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("each scene's link restores that scene, map included", async () => {
    const { page } = await openAtlas(browser(), `${inject('baseUrl')}?scene=1`);
    for (const [index, title] of titles.entries()) {
      await page.goto(`${inject('baseUrl')}?scene=${index + 1}`);
      await expect.poll(() => sceneHeading(page).textContent()).toBe(title);
      await expect
        .poll(() =>
          page.getByText(`Scene ${index + 1} of ${titles.length}`, { exact: true }).count(),
        )
        .toBe(1);
    }
    // The map follows the scene: only the dropped-pairing scene (6) selects a pairing, so it
    // alone shows the selection colour; the mergers scene (5) is the negative control.
    const selectionPixels = async (scene: number) => {
      await page.goto(`${inject('baseUrl')}?scene=${scene}`);
      await waitForAtlasReady(page);
      await waitForDrawnLayers(page, { on: ['sites', 'pairing-lines'] });
      return countPixelsNear(await mapScreenshot(page), SELECTION_COLOUR, 10);
    };
    expect(await selectionPixels(6)).toBeGreaterThan(100);
    expect(await selectionPixels(5)).toBe(0);
    await page.context().close();
  });

  it('Escape leaves onto the scene view; Present starts again from scene 1', async () => {
    const { page } = await openAtlas(browser(), `${inject('baseUrl')}?scene=5`);
    await expect.poll(() => sceneHeading(page).textContent()).toBe(titles[4]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('button', { name: 'Tables' }).count()).toBe(1);
    await expect.poll(() => new URL(page.url()).search).toBe('?status=merged');
    await page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => sceneHeading(page).textContent()).toBe(titles[0]);
    await page.keyboard.press('End');
    await expect.poll(() => sceneHeading(page).textContent()).toBe(titles.at(-1));
    await page.goBack();
    await expect.poll(() => sceneParam(page)).toBe('1');
    await expect.poll(() => sceneHeading(page).textContent()).toBe(titles[0]);
    await page.context().close();
  });

  it('fits a phone, with no axe violations', async () => {
    const { page } = await openAtlas(browser(), `${inject('baseUrl')}?scene=3`, {
      width: 390,
      height: 844,
    });
    await expect.poll(() => sceneHeading(page).textContent()).toBe(titles[2]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
