import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { realDataFacts } from '../../../tests/support/fixture-facts';
import { rankCandidates } from './candidates';
import { candidatesCsv, planCsv, CANDIDATE_COLUMNS, PLAN_COLUMNS } from './finder-csv';
import { actualPartners, candidateLines, formatScore, planLines } from './finder-lines';
import { realLinks } from './programme';
import { buildProgrammeMatrix, planProgramme } from './programme-matrix';
import { DEFAULT_WEIGHTS } from './weights';

const { organisations, pairings } = realDataFacts();
const byId = (id: string) => {
  const found = organisations.find(({ organisation }) => organisation.id === id);
  if (found === undefined) throw new Error(`no ${id} in the data`);
  return found;
};
const matrix = buildProgrammeMatrix(organisations, realLinks(pairings));
const orgsById = new Map(organisations.map((facts) => [facts.organisation.id, facts]));
const rows = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true }).data;

describe('finder lines', () => {
  const chosen = byId('stft');
  const ranked = rankCandidates(chosen, organisations, DEFAULT_WEIGHTS);
  const actual = actualPartners(chosen, pairings);

  it('finds the chosen organisation’s real partners from either end', () => {
    expect([...actual.keys()]).toEqual(['chs']);
    expect([...actualPartners(byId('chs'), pairings).keys()]).toContain('stft');
  });

  it.each([
    { top: 0, expected: ['chs'] },
    { top: 1, expected: [ranked[0]?.facts.organisation.id] },
    { top: 5, expected: ranked.slice(0, 5).map(({ facts }) => facts.organisation.id) },
  ])('draws the top $top and always the actual partner', ({ top, expected }) => {
    const lines = candidateLines(chosen, ranked, actual, top);
    expect(new Set(lines.map(({ id }) => id))).toEqual(new Set([...expected, 'chs']));
    expect(lines.filter(({ kind }) => kind === 'actual').map(({ id }) => id)).toEqual(['chs']);
    for (const line of lines)
      expect(line.from).toEqual([chosen.organisation.lon, chosen.organisation.lat]);
  });

  it('draws one line per placed follower of a plan, exemplar to follower', () => {
    const { pairs } = planProgramme(matrix, DEFAULT_WEIGHTS, 1);
    const lines = planLines(pairs, orgsById);
    expect(lines).toHaveLength(pairs.filter(({ exemplarId }) => exemplarId !== null).length);
    expect(lines.every(({ kind, id }) => kind === 'plan' && id.startsWith('plan:'))).toBe(true);
  });

  it.each([
    [0, '0.0'],
    [3.04, '3.0'],
    [4.96, '5.0'],
    [12.25, '12.3'],
  ])('writes the score %s as %s', (score, text) => {
    expect(formatScore(score)).toBe(text);
  });
});

describe('finder CSV', () => {
  const chosen = byId('stft');
  const ranked = rankCandidates(chosen, organisations, DEFAULT_WEIGHTS);

  it('writes every candidate with its factors, score in words and the actual partner', () => {
    const parsed = rows(candidatesCsv(ranked, actualPartners(chosen, pairings), DEFAULT_WEIGHTS));
    expect(Object.keys(parsed[0] ?? {})).toEqual(CANDIDATE_COLUMNS);
    expect(parsed).toHaveLength(ranked.length);
    const chs = parsed.find((row) => row.id === 'chs');
    expect(chs).toMatchObject({ actual_partner: 'merged', same_platform: 'yes' });
    expect(chs?.score_in_words).toMatch(/^same platform \(MEDITECH\) \+3, 8 km \+1\.9,/);
    expect(parsed.filter((row) => row.actual_partner !== '')).toHaveLength(1);
  });

  it('writes the plan with each follower’s real exemplars beside the suggestion', () => {
    const { pairs } = planProgramme(matrix, DEFAULT_WEIGHTS, 2);
    const parsed = rows(planCsv(pairs, orgsById, pairings));
    expect(Object.keys(parsed[0] ?? {})).toEqual(PLAN_COLUMNS);
    expect(parsed).toHaveLength(pairs.length);
    expect(parsed.every((row) => row.suggested_gde_name !== '')).toBe(true);
    expect(parsed.find((row) => row.ff_id === 'stft')?.real_gde_ids).toBe('chs');
  });
});
