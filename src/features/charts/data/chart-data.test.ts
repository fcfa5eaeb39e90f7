import { describe, expect, it } from 'vitest';
import paper from '../../../../data/paper.json';
import { realDataFacts } from '../../../../tests/support/fixture-facts';
import { realEvidence } from '../../../../tests/support/real-evidence';
import { alignedByStatus } from './aligned-by-status';
import { distanceSeries } from './distance-series';
import { channelCounts, flowCounts } from './evidence-counts';
import { factorCounts } from './factor-counts';
import { paperComparison } from './paper-comparison';
import { vendorMatrix } from './vendor-matrix';

const { pairings } = realDataFacts();
const evidence = realEvidence();

describe('factor counts on the repository data', () => {
  const rows = factorCounts(pairings, paper.aggregates);
  it.each([
    ['same_platform', 10, 9, 6, { value: 17, of: 23, unit: 'pairings' }],
    ['prior_relationship', 8, 0, 17, null],
    ['merged_with_partner', 8, 17, 0, { value: 6, of: 23, unit: 'organisations in mergers' }],
  ] as const)('%s: %d yes, %d no, %d unknown', (factor, yes, no, unknown, figure) => {
    expect(rows.find((row) => row.factor === factor)).toMatchObject({
      yes,
      no,
      unknown,
      total: 25,
      paper: figure,
    });
  });

  it('every row adds up to the number of pairings', () => {
    for (const row of rows) expect(row.yes + row.no + row.unknown).toBe(25);
  });
});

describe('mergers beside the paper, on the repository data', () => {
  it('counts the partners that merged by the paper’s publication and lists the later ones', () => {
    const comparison = paperComparison(pairings, paper.published);
    expect(comparison).toMatchObject({
      published: '2021-08',
      proposed: 6,
      dropped: 1,
      byPublication: 6,
      undated: 0,
    });
    expect(comparison.later.map(({ pairingId, month }) => [pairingId, month])).toEqual([
      ['srft--pat', '2021-10'],
      ['rfl--nmuh', '2025-01'],
    ]);
  });

  it('ignores pairings whose partners did not merge', () => {
    const notMerged = pairings.filter((facts) => facts.pairing.mergedWithPartner !== 'yes');
    expect(paperComparison(notMerged, paper.published)).toMatchObject({
      byPublication: 0,
      later: [],
      undated: 0,
    });
  });
});

describe('aligned factors by status', () => {
  it('has a row for 0 to 5 factors and counts every pairing once', () => {
    const rows = alignedByStatus(pairings);
    expect(rows.map((row) => row.aligned)).toEqual([0, 1, 2, 3, 4, 5]);
    const total = rows.reduce(
      (sum, row) => sum + row.active + row.merged + row.dropped + row.unknown,
      0,
    );
    expect(total).toBe(25);
    expect(rows.reduce((sum, row) => sum + row.dropped, 0)).toBe(1);
    expect(rows.reduce((sum, row) => sum + row.merged, 0)).toBe(5);
  });
});

describe('distance series', () => {
  const series = distanceSeries(pairings);
  it('lists every pairing longest first', () => {
    expect(series).toHaveLength(25);
    expect(series[0]).toMatchObject({ id: 'tst--blackpool', km: 312.5, platform: 'unknown' });
    expect(series.at(-1)).toMatchObject({ id: 'rlbuh--lwh', platform: 'different' });
  });
  it('tags the far-apart same-platform pairings', () => {
    expect(
      series.filter((bar) => bar.km > 100 && bar.platform === 'same').map((bar) => bar.id),
    ).toEqual(['bhft--lancscare', 'tst--wvt', 'oxhealth--sussexpft', 'wsft--mkuh']);
  });
});

describe('vendor matrix', () => {
  const matrix = vendorMatrix(pairings);
  it('puts every pairing in exactly one cell', () => {
    const cellCount = Object.values(matrix.cells)
      .flatMap((row) => Object.values(row))
      .flat().length;
    expect(cellCount).toBe(25);
  });
  it.each([
    ['Cerner', 'Cerner', 4],
    ['Cerner', 'System C', 2],
    ['Servelec', 'Servelec', 1],
    ['IMS MAXIMS', 'IMS MAXIMS', 1],
  ])('%s → %s: %d', (from, to, count) => {
    expect(matrix.cells[from]?.[to]).toHaveLength(count);
  });
});

describe('evidence counts', () => {
  it('counts items by observed direction', () => {
    expect(Object.fromEntries(flowCounts(evidence).map((row) => [row.flow, row.items]))).toEqual({
      gde_to_ff: 4,
      ff_to_gde: 3,
      two_way: 1,
      weak_or_none: 3,
      neutral: 2,
    });
  });

  it('counts items per channel, an item with two channels in both', () => {
    expect(channelCounts(evidence).map((row) => [row.channel, row.items])).toEqual([
      ['unspecified', 4],
      ['design_workshops', 2],
      ['shared_staff', 2],
      ['blueprints', 2],
      ['none', 2],
      ['paid_expert_time', 1],
      ['calls_video', 1],
      ['content_reuse', 1],
    ]);
  });
});
