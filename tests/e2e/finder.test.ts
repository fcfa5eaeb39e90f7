import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FINDER_STYLES, SELECTION_COLOUR } from '../../src/theme/colours';
import { mapScreenshot, openAtlas, waitForDrawnLayers } from './support/atlas-page';
import { axeViolations } from './support/axe';
import { launchChromium } from './support/launch';
import { countPixelsNear } from './support/pixels';

const CANDIDATE = FINDER_STYLES.candidate.colour;
const PLAN = FINDER_STYLES.plan.colour;

let browser: Browser;

beforeAll(() => {
  mkdirSync('test-results', { recursive: true });
});

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function onMap(page: Page, colour: readonly [number, number, number]) {
  return countPixelsNear(await mapScreenshot(page), colour, 30);
}

const firstCandidate = (page: Page) =>
  page
    .getByRole('table', { name: 'Candidate partners' })
    .getByRole('row')
    .nth(1)
    .getByRole('rowheader')
    .textContent();

describe('the partner finder in Chromium', () => {
  it('opens from the selection card and draws its candidates as teal lines', async () => {
    const { page, problems } = await openAtlas(
      browser,
      `${inject('baseUrl')}?select=org:gateshead`,
      { width: 1440, height: 900 },
    );
    await waitForDrawnLayers(page, { on: ['sites', 'pairing-lines'], off: ['finder-lines'] });
    // Negative control: no finder, no teal lines.
    const before = await onMap(page, CANDIDATE);

    await page.getByRole('button', { name: 'Find partners' }).click();
    const finder = page.getByRole('region', { name: 'Partner finder' });
    await finder.getByRole('table', { name: 'Candidate partners' }).waitFor();
    await waitForDrawnLayers(page, { on: ['finder-lines'] });
    // Opening the finder fits the candidates into view: wait for the link to record it.
    await page.waitForURL(/at=/, { timeout: 15_000 });
    await waitForDrawnLayers(page, { on: ['finder-lines'] });
    const after = await onMap(page, CANDIDATE);
    expect(before).toBeLessThan(50);
    expect(after).toBeGreaterThan(before + 300);
    expect(page.url()).toContain('finder=gateshead');

    // Pointing at a row (rank 3: a long line, clear of the markers) turns its line orange on the
    // map; leaving it turns it back.
    const orangeBefore = await onMap(page, SELECTION_COLOUR);
    const row = finder.getByRole('table', { name: 'Candidate partners' }).getByRole('row').nth(3);
    await row.hover();
    await expect
      .poll(async () => (await onMap(page, SELECTION_COLOUR)) - orangeBefore)
      .toBeGreaterThan(200);
    expect(await row.getAttribute('class')).toContain('finder-hovered');
    await page.mouse.move(5, 300);
    await expect
      .poll(async () => (await onMap(page, SELECTION_COLOUR)) - orangeBefore)
      .toBeLessThan(100);

    // A weight change re-ranks the table and goes into the link.
    await finder.getByRole('button', { name: 'Platform first' }).click();
    await page.waitForURL(/weights=platform%3A5/);
    // The model follows the view state a frame later: poll rather than read once.
    await expect.poll(() => firstCandidate(page)).toMatch(/^University Hospitals Bristol/);
    await finder.getByRole('button', { name: 'Geography first' }).click();
    await page.waitForURL(/weights=platform%3A1%2Cdistance%3A3/);
    await expect.poll(() => firstCandidate(page)).toMatch(/^Newcastle upon Tyne Hospitals/);

    await page.screenshot({ path: 'test-results/finder-1440x900.png' });
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('opens from a link on the programme, and draws a suggested plan in magenta', async () => {
    const { page, problems } = await openAtlas(browser, `${inject('baseUrl')}?finder=programme`);
    const finder = page.getByRole('region', { name: 'Partner finder' });
    await finder.getByText(/^Under these weights, \d+ of \d+ followers/).waitFor();
    expect(await finder.getByRole('table', { name: 'Candidate partners' }).count()).toBe(0);
    await waitForDrawnLayers(page, { on: ['sites'] });
    const before = await onMap(page, PLAN);

    await finder.getByRole('button', { name: 'Suggest a plan' }).click();
    await finder.getByRole('table', { name: 'Suggested plan against the real pairings' }).waitFor();
    await waitForDrawnLayers(page, { on: ['finder-lines'] });
    const after = await onMap(page, PLAN);
    expect(before).toBeLessThan(50);
    expect(after).toBeGreaterThan(before + 300);
    expect(page.url()).toMatch(/finder=programme&plan=\d/);

    await finder.getByText('Show the grid of platform and distance weights').click();
    await finder.getByRole('button', { name: /\(current weights\)/ }).waitFor();
    await page.screenshot({ path: 'test-results/finder-plan-1280x720.png' });
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('on a phone, the finder is a sheet under a map that still shows', async () => {
    const { page, problems } = await openAtlas(browser, `${inject('baseUrl')}?finder=stft`, {
      width: 390,
      height: 844,
    });
    await page.getByRole('table', { name: 'Candidate partners' }).waitFor();
    await waitForDrawnLayers(page, { on: ['finder-lines'] });
    expect(await onMap(page, CANDIDATE)).toBeGreaterThan(50);
    await page.screenshot({ path: 'test-results/finder-390x844.png' });
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
