import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
}
