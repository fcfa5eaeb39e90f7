import { describe, expect, it } from 'vitest';
import { describeFilters, describeView } from './describe-filters';
import { NO_FILTERS, type Filters } from './filters';

describe('describeFilters', () => {
  it.each<[string, Partial<Filters>, string[]]>([
    ['no filters', {}, []],
    ['two sectors', { sectors: ['acute', 'mental_health'] }, ['sector: acute or mental health']],
    ['one role', { roles: ['FF'] }, ['organisations: fast followers']],
    ['both roles (no restriction in effect)', { roles: ['GDE', 'FF'] }, []],
    ['status', { statuses: ['unknown'] }, ['status: proposed, unconfirmed']],
    [
      'vendors, including the grey groups',
      { vendors: ['Cerner', 'no-single-vendor', 'unknown'] },
      ['vendor: Cerner or no single vendor or vendor unknown'],
    ],
    ['region', { regions: ['London'] }, ['region: London']],
    [
      'factors in a fixed order',
      { factors: { same_ics: 'no', same_platform: 'yes' } },
      ['same core platform: yes', 'same ICS (July 2022): no'],
    ],
    ['a range', { minKm: 50, maxKm: 200 }, ['50 km to 200 km apart']],
    ['a minimum', { minKm: 100 }, ['at least 100 km apart']],
    ['a maximum', { maxKm: 2.5 }, ['at most 2.5 km apart']],
  ])('%s', (_name, change, expected) => {
    expect(describeFilters({ ...NO_FILTERS, ...change })).toEqual(expected);
  });
});

describe('describeView', () => {
  it.each<[string, Parameters<typeof describeView>[0], string]>([
    [
      'everything',
      { shown: 25, total: 25, filters: NO_FILTERS, selected: null },
      '25 of 25 pairings shown · no filters',
    ],
    [
      'filtered with a selection',
      {
        shown: 5,
        total: 25,
        filters: { ...NO_FILTERS, statuses: ['merged'] },
        selected: 'Salford Royal and Pennine Acute',
      },
      '5 of 25 pairings shown · filtered by status: merged · selected: Salford Royal and Pennine Acute',
    ],
  ])('%s', (_name, input, expected) => {
    expect(describeView(input)).toBe(expected);
  });
});
