import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, parseWeights, writeWeights } from './weights';

describe('parseWeights', () => {
  it.each([
    [
      'platform:3,distance:2,ics:1,stp:0,region:0',
      { platform: 3, distance: 2, ics: 1, stp: 0, region: 0 },
    ],
    ['platform:3,distance:2', { platform: 3, distance: 2, ics: 0, stp: 0, region: 0 }],
    [' region:5 , ics:4 ', { platform: 0, distance: 0, ics: 4, stp: 0, region: 5 }],
    ['platform:6', undefined],
    ['platform:-1', undefined],
    ['platform:2.5', undefined],
    ['colour:3', undefined],
    ['platform:3,platform:2', undefined],
    ['platform', undefined],
    ['', undefined],
  ])('%j → %j', (text, weights) => {
    expect(parseWeights(text)).toEqual(weights);
  });

  it('round-trips through the link form', () => {
    expect(parseWeights(writeWeights(DEFAULT_WEIGHTS))).toEqual(DEFAULT_WEIGHTS);
    expect(writeWeights(DEFAULT_WEIGHTS)).toBe('platform:3,distance:2,ics:1,stp:1,region:0');
  });
});
