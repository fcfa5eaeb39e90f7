import { describe, expect, it } from 'vitest';
import { areaWarnings } from './area-warnings';
import { deriveAtlasFacts, sameVendor, type AreaIndexes } from './derive-facts';
import { describePairing } from './describe';
import type { Area } from './geo/boundaries';
import type { Organisation, Pairing } from './model';

function organisation(overrides: Partial<Organisation>): Organisation {
  return {
    id: 'x',
    name: 'X NHS Trust',
    successor: null,
    odsCode: 'X',
    sector: 'acute',
    specialty: null,
    role: 'GDE',
    announced: null,
    nhsRegion: 'North',
    stp: null,
    icb2022: null,
    siteName: 'X Hospital',
    lat: 53,
    lon: -2,
    coreVendor: 'Cerner',
    coreProduct: null,
    approach: 'single_vendor_epr',
    mergerWith: [],
    mergerDate: [],
    sources: ['https://example.org'],
    confidence: { level: 'high', text: 'high' },
    ...overrides,
  };
}

describe('sameVendor', () => {
  it.each([
    ['Cerner', 'Cerner', 'yes'],
    ['Cerner', 'cerner', 'yes'],
    ['Cerner', 'Epic', 'no'],
    ['in-house', 'in-house', 'no'],
    ['multiple', 'Cerner', 'no'],
    ['unknown', 'Cerner', 'unknown'],
    ['Epic', 'unknown', 'unknown'],
  ] as const)('%s vs %s → %s', (a, b, expected) => {
    expect(sameVendor(organisation({ coreVendor: a }), organisation({ coreVendor: b }))).toBe(
      expected,
    );
  });
});

/** A stand-in area index: west of 2°W is "West", east is "East". */
const halves = {
  find: ({ lon }: { lon: number }): Area =>
    lon < -2 ? { code: 'W', name: 'West' } : { code: 'E', name: 'East' },
};

const pairing: Pairing = {
  id: 'a--b',
  gdeId: 'a',
  ffId: 'b',
  sector: 'acute',
  announced: '2017-09',
  status: 'active',
  sameCoreSystem: 'yes',
  sameStp: 'yes',
  priorRelationship: 'unknown',
  priorRelationshipEvidence: null,
  mergedWithPartner: 'no',
  flowDirection: 'unknown',
  sources: ['https://example.org'],
  confidence: { level: 'high', text: 'high' },
};

describe('deriveAtlasFacts', () => {
  const a = organisation({ id: 'a', name: 'Alpha NHS Trust', lat: 53, lon: -2.5, stp: 'West' });
  const b = organisation({
    id: 'b',
    name: 'Beta NHS Trust',
    role: 'FF',
    lat: 53,
    lon: -1.5,
    stp: 'Westerly',
  });

  it.each([
    {
      name: 'with boundaries',
      indexes: { icb: halves, stp: halves } as AreaIndexes,
      sameIcs: 'no',
      aligned: 1,
    },
    { name: 'without boundaries', indexes: {} as AreaIndexes, sameIcs: 'unknown', aligned: 1 },
  ])('$name', ({ indexes, sameIcs, aligned }) => {
    const facts = deriveAtlasFacts([a, b], [pairing], indexes);
    const [derived] = facts.pairings;
    expect(derived?.distanceKm).toBeCloseTo(66.9, 0);
    expect(derived?.sameIcs).toBe(sameIcs);
    expect(derived?.aligned).toHaveLength(aligned);
    expect(derived?.factors.same_platform).toBe('yes');
  });

  it('skips a pairing whose organisation is missing', () => {
    expect(deriveAtlasFacts([a], [pairing], {}).pairings).toEqual([]);
  });

  it('describes the pairing in plain English with km and miles', () => {
    const [derived] = deriveAtlasFacts([a, b], [pairing], { icb: halves, stp: halves }).pairings;
    const sentence = derived === undefined ? '' : describePairing(derived);
    expect(sentence).toContain(
      'Alpha NHS Trust (exemplar) was paired with Beta NHS Trust (fast follower)',
    );
    expect(sentence).toContain('67 km (42 miles) apart, in different ICSs');
    expect(sentence).toContain('Both ran Cerner.');
    expect(sentence).toContain('announced September 2017');
    expect(sentence).not.toContain('merged');
  });

  it.each([
    { status: 'merged', merged: 'yes', expected: 'The two organisations later merged.' },
    {
      status: 'unknown',
      merged: 'yes',
      expected:
        'no source confirms that it went ahead. The two organisations, or parts of them, later merged.',
    },
    { status: 'dropped', merged: 'no', expected: 'The pairing was dropped before it started.' },
  ] as const)('states status $status and merger $merged', ({ status, merged, expected }) => {
    const changed = { ...pairing, status, mergedWithPartner: merged };
    const [derived] = deriveAtlasFacts([a, b], [changed], {}).pairings;
    expect(derived === undefined ? '' : describePairing(derived)).toContain(expected);
  });

  it('warns when the typed STP disagrees with the site’s area', () => {
    const facts = deriveAtlasFacts([a, b], [pairing], { stp: halves });
    expect(areaWarnings(facts.organisations)).toEqual([
      expect.objectContaining({
        organisationId: 'b',
        column: 'stp',
        typed: 'Westerly',
        found: 'East',
      }),
    ]);
  });
});
