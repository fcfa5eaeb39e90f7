import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { SELECTION_COLOUR, STATUS_STYLES, VENDOR_COLOURS } from '../../src/theme/colours';
import {
  countsText,
  mapScreenshot,
  openAtlas,
  openDrawer,
  openShare,
  waitForDrawnLayers,
} from './support/atlas-page';
import { axeViolations } from './support/axe';
import { tabTo } from './support/keyboard';
import { countPixelsNear } from './support/pixels';
import { chromiumForThisFile } from './support/shared-browser';

const browser = chromiumForThisFile();
const CERNER = VENDOR_COLOURS.Cerner ?? [0, 0, 0];

async function open(search = '') {
  const { page, problems } = await openAtlas(browser(), `${inject('baseUrl')}${search}`);
  return { page, problems };
}

const card = (page: Page) => page.getByRole('region', { name: 'Selection details' });

/** Types a shortest distance into the filters, opening them first if they are folded away. */
async function setMinimumKm(page: Page, km: string) {
  const field = page.getByRole('spinbutton', { name: 'At least' });
  if (!(await field.isVisible())) await page.locator('summary', { hasText: /^Filters/ }).click();
  await field.fill(km);
}

describe('exploring in Chromium', () => {
  it('a shared link reproduces filters, selection and camera', async () => {
    const link =
      '?select=pairing%3Atst--wvt&status=active%2Cmerged&factor=same_platform%3Ayes&at=-2.4%2C52.2%2C7';
    const { page, problems } = await open(link);
    await expect.poll(() => countsText(page)).toContain('9 of 25 pairings');
    await expect
      .poll(() => card(page).textContent())
      .toContain(
        'Taunton and Somerset NHS Foundation Trust (exemplar) was paired with Wye Valley NHS Trust',
      );
    // Once the map has drawn, the link is still exactly the one opened.
    await waitForDrawnLayers(page, { on: ['pairing-lines', 'sites'] });
    expect(new URL(page.url()).search).toBe(link);
    expect(countPixelsNear(await mapScreenshot(page), SELECTION_COLOUR, 30)).toBeGreaterThan(100);
    expect(problems).toEqual([]);

    await page.getByRole('button', { name: 'Reset view' }).click();
    await expect.poll(() => page.url()).not.toContain('at=');
    expect(page.url()).toContain('select=pairing%3Atst--wvt');
  });

  it('Back and Forward step through selections and filters', async () => {
    const { page } = await open();
    await openDrawer(page, 'Tables');
    await page
      .getByRole('button', {
        name: /^Oxford University Hospitals NHS Foundation Trust and Royal Berkshire/,
      })
      .click();
    await expect.poll(() => page.url()).toContain('select=pairing%3Aouh--rbft');
    await page.getByRole('button', { name: /^Cerner/ }).click();
    await expect.poll(() => page.url()).toContain('vendor=Cerner');

    await page.goBack();
    await expect.poll(() => page.url()).not.toContain('vendor=');
    expect(page.url()).toContain('select=pairing%3Aouh--rbft');
    expect(await page.getByRole('button', { name: /^Cerner/ }).getAttribute('aria-pressed')).toBe(
      'false',
    );

    await page.goBack();
    await expect.poll(() => card(page).count()).toBe(0);

    await page.goForward();
    await expect
      .poll(() => card(page).textContent())
      .toContain('Oxford University Hospitals NHS Foundation Trust (exemplar)');
  });

  it('keyboard only: search, select, open a partner, copy the link', async () => {
    const { page } = await open();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await tabTo(page, /^Find an organisation$|Name, former name/);
    await page.keyboard.type('Tanton and Somerset');
    await page.getByRole('option', { name: /Taunton and Somerset/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => card(page).textContent())
      .toContain('Taunton and Somerset NHS Foundation Trust was a global digital exemplar');

    await tabTo(page, /^With Wye Valley/);
    await page.keyboard.press('Enter');
    await expect.poll(() => card(page).textContent()).toContain('paired with Wye Valley NHS Trust');
    await tabTo(page, /^Open Wye Valley$/);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => card(page).textContent())
      .toContain('Wye Valley NHS Trust was a fast follower');

    await tabTo(page, /^Share$/, { backwards: true });
    await page.keyboard.press('Enter');
    await tabTo(page, /^Copy link$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('Link copied.').count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get('select')).toBe('org:wvt');
  });

  it('filtering out every pairing removes the lines from the map', async () => {
    const { page } = await open();
    const line = STATUS_STYLES.active.colour;
    const before = countPixelsNear(await mapScreenshot(page), line, 30);
    await setMinimumKm(page, '1000');
    await expect.poll(() => countsText(page)).toContain('0 of 25 pairings');
    expect(before).toBeGreaterThan(300);
    await expect
      .poll(async () => countPixelsNear(await mapScreenshot(page), line, 30))
      .toBeLessThan(before / 10);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('zoomed in past the stacks, filtering out every pairing hides their sites too', async () => {
    // Wirral and Chester, unstacked: the sites layer keeps every site and the GPU hides those the
    // filters leave out.
    const { page } = await open('?at=-3,53.29,10.5');
    await waitForDrawnLayers(page, { on: ['sites'] });
    const before = countPixelsNear(await mapScreenshot(page), CERNER, 25);
    await setMinimumKm(page, '1000');
    await expect.poll(() => countsText(page)).toContain('0 of 25 pairings');
    // Two sites' fills (Wirral, an exemplar, and Chester, a follower).
    expect(before).toBeGreaterThan(40);
    await expect
      .poll(async () => countPixelsNear(await mapScreenshot(page), CERNER, 25))
      .toBeLessThan(before / 10);
    await setMinimumKm(page, '');
    await expect.poll(() => countsText(page)).toContain('25 of 25 pairings');
    await expect
      .poll(async () => countPixelsNear(await mapScreenshot(page), CERNER, 25))
      .toBeGreaterThan(before / 2);
  });

  it('selecting an area lists what is inside it; axe finds nothing with filters open', async () => {
    const { page } = await open('?select=area%3Aicb%3AE54000008&sector=acute');
    await expect
      .poll(() => card(page).textContent())
      .toContain('NHS Cheshire and Merseyside Integrated Care Board');
    await expect.poll(() => card(page).textContent()).toContain('Alder Hey');
    await page.locator('summary', { hasText: /^Filters/ }).click();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('downloads the filtered pairings as a CSV that parses back to the same rows', async () => {
    const { page } = await open('?status=merged');
    await openShare(page);
    await page.locator('summary', { hasText: 'Download CSV' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Pairings (5)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('gde-atlas-pairings.csv');
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.data.map((row) => `${row.gde_id}--${row.ff_id}`).sort()).toEqual([
      'chs--stft',
      'ldh--bedford',
      'srft--pat',
      'uhb--heft',
      'uhbristol--weston',
    ]);
    expect(
      parsed.data.every((row) => row.status === 'merged' && row.sources?.startsWith('http')),
    ).toBe(true);
  });

  it('embed mode shows the map without panels, with no axe violations', async () => {
    const { page, problems } = await open('?embed=1&boundary=region');
    expect(await page.getByRole('table').count()).toBe(0);
    expect(
      await page.getByRole('link', { name: /Open the full GDE Partnership Atlas/ }).count(),
    ).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/atlas-embed.png' });
    expect(problems).toEqual([]);
  });
});
