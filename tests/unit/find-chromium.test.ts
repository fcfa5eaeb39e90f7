import { describe, expect, it } from 'vitest';
import { INSTALL_HINT, findChromium } from '../e2e/support/find-chromium';

describe('findChromium', () => {
  it.each([
    {
      name: 'CHROME_PATH wins',
      env: { CHROME_PATH: '/opt/chrome' },
      present: ['/opt/chrome', '/usr/bin/chromium'],
      expected: '/opt/chrome',
    },
    {
      name: 'Debian chromium',
      env: {},
      present: ['/usr/bin/chromium'],
      expected: '/usr/bin/chromium',
    },
    {
      name: 'Google Chrome',
      env: {},
      present: ['/usr/bin/google-chrome'],
      expected: '/usr/bin/google-chrome',
    },
  ])('$name', ({ env, present, expected }) => {
    expect(findChromium(env, (path) => present.includes(String(path)))).toBe(expected);
  });

  it('explains how to install one when none is found', () => {
    expect(() => findChromium({}, () => false)).toThrow(INSTALL_HINT);
  });

  it('says when CHROME_PATH points nowhere', () => {
    expect(() => findChromium({ CHROME_PATH: '/nope' }, () => false)).toThrow(
      /CHROME_PATH points at \/nope/,
    );
  });
});
