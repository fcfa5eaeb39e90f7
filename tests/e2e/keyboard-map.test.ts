import { describe, expect, inject, it } from 'vitest';
import { mapScreenshot, openAtlas, waitForDrawnLayers } from './support/atlas-page';
import { axeViolations } from './support/axe';
import { countPixelsNear, type Rgb } from './support/pixels';
import { chromiumForThisFile } from './support/shared-browser';

const browser = chromiumForThisFile();
const CURSOR: Rgb = [255, 221, 0];

describe('the map by keyboard in Chromium', () => {
  it('focus the map, move it with an arrow, list what is in view, ring one, select it with Enter', async () => {
    const { page, problems } = await openAtlas(browser(), inject('baseUrl'));
    const canvas = page.getByRole('region', { name: 'Interactive map' });
    await canvas.focus();
    expect(await canvas.getAttribute('aria-describedby')).not.toBeNull();

    const before = page.url();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL((url) => url.href !== before && url.search.includes('at='));
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /^Map moved/ })
          .textContent(),
      )
      .toMatch(/^Map moved east; \d+ organisations in view\.$/);

    await page.keyboard.press('Shift+?');
    await page.getByRole('region', { name: 'Map keys' }).waitFor();
    await page.keyboard.press('Shift+?');
    await expect.poll(() => page.getByRole('region', { name: 'Map keys' }).count()).toBe(0);

    const withoutCursor = countPixelsNear(await mapScreenshot(page), CURSOR, 40);
    await page.keyboard.press('l');
    const list = page.getByRole('listbox', { name: 'Organisations in view' });
    await list.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('listbox');
    await page.keyboard.press('ArrowDown');
    const active = page.locator('[role="option"][aria-selected="true"]');
    const name = (await active.textContent())?.replace(/ \((exemplar|fast follower)\)$/, '') ?? '';
    expect(name).not.toBe('');
    await waitForDrawnLayers(page, { on: ['keyboard-cursor'] });
    const withCursor = countPixelsNear(await mapScreenshot(page), CURSOR, 40);
    expect(withoutCursor).toBe(0);
    expect(withCursor).toBeGreaterThan(50);
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('region', { name: 'Selection details' }).textContent())
      .toContain(name);
    await page.keyboard.press('Escape');
    await expect.poll(() => list.count()).toBe(0);
    // Escape closed the list and gave focus back to the map; the selection stays.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('CANVAS');
    expect(await page.getByRole('region', { name: 'Selection details' }).count()).toBe(1);
    await waitForDrawnLayers(page, { off: ['keyboard-cursor'] });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
