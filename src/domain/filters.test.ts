import { describe, expect, it } from 'vitest';
import { realDataFacts } from '../../tests/support/fixture-facts';
import { NO_FILTERS, applyFilters, countActiveFilters, type Filters } from './filters';

const facts = realDataFacts();
const run = (change: Partial<Filters>) =>
  applyFilters(facts.organisations, facts.pairings, { ...NO_FILTERS, ...change });
const pairingIds = (change: Partial<Filters>) =>
  run(change)
    .pairings.map(({ pairing }) => pairing.id)
    .sort();

describe('applyFilters on the repository data', () => {
  it.each<[string, Partial<Filters>, number, number]>([
    ['no filters', {}, 25, 51],
    ['mental health only', { sectors: ['mental_health'] }, 7, 14],
    ['ambulance only (no pairings)', { sectors: ['ambulance'] }, 0, 3],
    ['fast followers only (pairings kept)', { roles: ['FF'] }, 25, 25],
    ['proposed, unconfirmed pairings', { statuses: ['unknown'] }, 6, 12],
    ['merged pairings', { statuses: ['merged'] }, 5, 10],
    ['same platform', { factors: { same_platform: 'yes' } }, 10, 20],
    [
      'same platform and over 100 km apart',
      { factors: { same_platform: 'yes' }, minKm: 100 },
      4,
      8,
    ],
    ['within 10 km', { maxKm: 10 }, 7, 14],
    ['a range that nothing falls in', { minKm: 1000 }, 0, 0],
    ['Cerner sites and their partners', { vendors: ['Cerner'] }, 6, 12],
    ['vendor unknown, with partners', { vendors: ['unknown'] }, 5, 10],
    ['region, with partners outside it', { regions: ['Region West'] }, 12, 23],
  ])('%s', (_name, change, pairings, organisations) => {
    const result = run(change);
    expect(result.pairings).toHaveLength(pairings);
    expect(result.organisations).toHaveLength(organisations);
  });

  it('finds the far-apart same-platform pairings', () => {
    expect(pairingIds({ factors: { same_platform: 'yes' }, minKm: 100 })).toEqual([
      'bhft--lancscare',
      'oxhealth--sussexpft',
      'tst--wvt',
      'wsft--mkuh',
    ]);
  });

  it('counts active filters', () => {
    expect(countActiveFilters(NO_FILTERS)).toBe(0);
    expect(
      countActiveFilters({
        ...NO_FILTERS,
        sectors: ['acute'],
        factors: { same_ics: 'yes' },
        minKm: 5,
      }),
    ).toBe(3);
  });
});
