import type { Page } from 'playwright-core';

/** Presses Tab (or Shift+Tab) until the focused element's accessible text matches, like a keyboard user. */
export async function tabTo(page: Page, name: RegExp, { backwards = false, limit = 150 } = {}) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (element === null) return '';
      const labelledBy = element.getAttribute('aria-labelledby');
      const label = labelledBy === null ? null : document.getElementById(labelledBy)?.textContent;
      return element.getAttribute('aria-label') ?? label ?? element.textContent ?? '';
    });
    if (name.test(focused.trim())) return;
  }
  throw new Error(`Tab never reached an element named ${name}`);
}
