import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const INSTALL_HINT =
  'No Chromium or Chrome found for the browser tests. Install one (Debian/Ubuntu: ' +
  '"sudo apt-get install -y chromium fonts-dejavu-core") or point CHROME_PATH at an existing ' +
  'Chrome/Chromium executable, e.g. CHROME_PATH=/path/to/chrome npm test.';

/** CHROME_PATH wins; otherwise the usual install locations. Nothing is ever downloaded. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists = existsSync): string {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!exists(fromEnv))
      throw new Error(`CHROME_PATH points at ${fromEnv}, which does not exist. ${INSTALL_HINT}`);
    return fromEnv;
  }
  const found = CANDIDATES.find((candidate) => exists(candidate));
  if (found === undefined) throw new Error(INSTALL_HINT);
  return found;
}

/** Flags verified on our machines: SwiftShader WebGL2, and no background calls to Google hosts. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
