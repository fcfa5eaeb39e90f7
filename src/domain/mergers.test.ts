import { describe, expect, it } from 'vitest';
import { mergerBetween, mergerTiming, organisationMergers } from './mergers';
import type { Organisation } from './model';

function organisation(id: string, mergerWith: string[], mergerDate: string[]): Organisation {
  return {
    id,
    name: `${id} NHS Trust`,
    successor: null,
    odsCode: 'R00',
    sector: 'acute',
    specialty: null,
    role: 'FF',
    announced: null,
    nhsRegion: 'North',
    stp: null,
    icb2022: null,
    siteName: 'Site',
    lat: 53,
    lon: -2,
    coreVendor: 'unknown',
    coreProduct: null,
    approach: 'unknown',
    mergerWith,
    mergerDate,
    sources: ['https://example.org'],
    confidence: { level: 'high', text: 'high' },
  };
}

describe('organisationMergers', () => {
  it.each([
    { with: [], dates: [], expected: [] },
    {
      with: ['srft', 'ext:manchester_university_nhs_ft'],
      dates: ['2021-10', '2021-04'],
      expected: [
        { partner: 'srft', month: '2021-10' },
        { partner: 'ext:manchester_university_nhs_ft', month: '2021-04' },
      ],
    },
    {
      with: ['ntw', 'lancscare'],
      dates: ['2019-10'],
      expected: [
        { partner: 'ntw', month: '2019-10' },
        { partner: 'lancscare', month: '2019-10' },
      ],
    },
    {
      with: ['a', 'b', 'c'],
      dates: ['2019-10', '2020-01'],
      expected: [
        { partner: 'a', month: '2019-10' },
        { partner: 'b', month: '2020-01' },
        { partner: 'c', month: null },
      ],
    },
    { with: ['a'], dates: [], expected: [{ partner: 'a', month: null }] },
  ])('$with with $dates', ({ with: partners, dates, expected }) => {
    expect(organisationMergers(organisation('x', partners, dates))).toEqual(expected);
  });
});

describe('mergerBetween', () => {
  const rfl = organisation('rfl', ['nmuh'], ['2025-01']);
  it.each([
    {
      case: 'both sides record it',
      a: rfl,
      b: organisation('nmuh', ['rfl'], ['2025-01']),
      month: '2025-01',
    },
    {
      case: 'only the first records it',
      a: rfl,
      b: organisation('nmuh', [], []),
      month: '2025-01',
    },
    {
      case: 'only the second records it',
      a: organisation('nmuh', [], []),
      b: rfl,
      month: '2025-01',
    },
    {
      case: 'it is undated',
      a: organisation('a', ['b'], []),
      b: organisation('b', [], []),
      month: null,
    },
  ])('$case', ({ a, b, month }) => {
    expect(mergerBetween(a, b)?.month).toBe(month);
  });

  it('is null when neither records a merger with the other', () => {
    expect(mergerBetween(rfl, organisation('uclh', ['cuh'], ['2020-01']))).toBeNull();
  });
});

describe('mergerTiming against a publication in August 2021', () => {
  it.each([
    { month: '2019-04', expected: 'by-publication' },
    { month: '2021-08', expected: 'by-publication' },
    { month: '2021-10', expected: 'after-publication' },
    { month: '2025-01', expected: 'after-publication' },
    { month: null, expected: 'undated' },
  ] as const)('$month is $expected', ({ month, expected }) => {
    expect(mergerTiming(month, '2021-08')).toBe(expected);
  });
});
