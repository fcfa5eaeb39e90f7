import { describe, expect, it } from 'vitest';
import type { OrganisationFacts } from '../derive-facts';
import type { Area } from '../geo/boundaries';
import { distanceScore, rankCandidates, scoreInWords } from './candidates';
import type { Weights } from './weights';

const area = (code: string): Area => ({ code, name: code });
const org = (
  id: string,
  role: 'GDE' | 'FF',
  lon: number,
  lat: number,
  vendor: string,
  icb: string | null,
  sector = 'acute',
) =>
  ({
    organisation: { id, name: `${id} Trust`, role, lon, lat, coreVendor: vendor, sector },
    areas: { icb: icb === null ? null : area(icb), stp: area('S1'), region: area('R1') },
  }) as unknown as OrganisationFacts;

const follower = org('f', 'FF', -2.3, 53.5, 'Cerner', 'I1');
const exemplars = [
  org('near-other', 'GDE', -2.2, 53.5, 'Epic', 'I1'), // 7 km, different platform, same ICS
  org('far-same', 'GDE', -1.5, 52.0, 'Cerner', 'I2'), // ~175 km, same platform
  org('unknown-vendor', 'GDE', -2.25, 53.45, 'unknown', null), // 6 km, vendor and ICS unknown
  org('other-sector', 'GDE', -2.3, 53.51, 'Cerner', 'I1', 'mental_health'),
  org('another-follower', 'FF', -2.3, 53.52, 'Cerner', 'I1'),
];
const W = (weights: Partial<Weights>): Weights => ({
  platform: 0,
  distance: 0,
  ics: 0,
  stp: 0,
  region: 0,
  ...weights,
});
const order = (weights: Weights, allSectors = false) =>
  rankCandidates(follower, exemplars, weights, { allSectors }).map(
    ({ facts, rank }) => `${rank}:${facts.organisation.id}`,
  );

describe('distanceScore', () => {
  it.each([
    [0, 1],
    [160, 0.5],
    [480, 0.25],
  ])('%d km scores %d', (km, score) => expect(distanceScore(km)).toBeCloseTo(score, 10));

  it('is strictly decreasing', () => {
    const scores = [0, 1, 10, 100, 1000, 10000].map(distanceScore);
    scores.slice(1).forEach((score, index) => expect(score).toBeLessThan(scores[index] ?? 1));
  });
});

describe('rankCandidates', () => {
  it('platform only: the same-platform exemplar first; an unknown vendor is no match', () => {
    // far-same scores 5; the other two score 0 and fall back on distance.
    expect(order(W({ platform: 5 }))).toEqual(['1:far-same', '2:unknown-vendor', '3:near-other']);
  });

  it.each([
    {
      name: 'distance only: nearest first',
      weights: W({ distance: 1 }),
      order: ['1:unknown-vendor', '2:near-other', '3:far-same'],
    },
    {
      name: 'ICS only: the same ICS first, unknown ICS not a match',
      weights: W({ ics: 1 }),
      order: ['1:near-other', '2:unknown-vendor', '3:far-same'],
    },
    {
      name: 'no weights: ties broken by distance',
      weights: W({}),
      order: ['1:unknown-vendor', '2:near-other', '3:far-same'],
    },
  ])('$name', ({ weights, order: expected }) => {
    expect(order(weights)).toEqual(expected);
  });

  it('only the other role, in the same sector unless widened', () => {
    expect(order(W({}))).not.toContain('another-follower');
    expect(order(W({}), true).map((entry) => entry.split(':')[1])).toContain('other-sector');
    expect(order(W({}), true).map((entry) => entry.split(':')[1])).not.toContain(
      'another-follower',
    );
  });

  it('explains each score in words', () => {
    const weights = W({ platform: 3, distance: 2, ics: 1 });
    const [best] = rankCandidates(follower, exemplars, weights);
    expect(best?.facts.organisation.id).toBe('far-same');
    expect(best === undefined ? '' : scoreInWords(best, weights)).toMatch(
      /^same platform \(Cerner\) \+3, 175 km \+1, different ICS 0$/,
    );
    const unknown = rankCandidates(follower, exemplars, weights).find(
      ({ facts }) => facts.organisation.id === 'unknown-vendor',
    );
    expect(unknown === undefined ? '' : scoreInWords(unknown, weights)).toMatch(
      /^platform unknown 0, 6 km \+1\.9, ICS unknown 0$/,
    );
  });
});
