import { describe, expect, it } from 'vitest';
import paper from '../../data/paper.json';
import { realDataFacts } from '../../tests/support/fixture-facts';
import { describeOrganisation, describePairing, externalName } from './describe';

const facts = realDataFacts();
const pairing = (id: string) => {
  const found = facts.pairings.find((item) => item.pairing.id === id);
  if (found === undefined) throw new Error(`no pairing ${id} in data/pairings.csv`);
  return found;
};
const organisation = (id: string) => {
  const found = facts.organisations.find((item) => item.organisation.id === id);
  if (found === undefined) throw new Error(`no organisation ${id} in data/organisations.csv`);
  return found;
};
const names = new Map(facts.organisations.map(({ organisation: o }) => [o.id, o.name]));
const nameOf = (id: string) => names.get(id) ?? externalName(id);

describe('externalName', () => {
  it.each([
    ['ext:manchester_university_nhs_ft', 'Manchester University NHS FT'],
    ['ext:aintree_university_hospital_nhs_ft', 'Aintree University Hospital NHS FT'],
    ['ext:somerset_partnership_nhs_ft', 'Somerset Partnership NHS FT'],
    ['ext:the_hospital_of_st_john_and_st_elizabeth', 'The Hospital of St John and St Elizabeth'],
  ])('%s → %s', (id, expected) => {
    expect(externalName(id)).toBe(expected);
  });
});

describe('mergers in the cards, on the repository data', () => {
  it.each([
    {
      id: 'rfl--nmuh',
      published: paper.published,
      expected:
        'The two organisations, or parts of them, merged in January 2025 (after the evaluation, published August 2021).',
    },
    {
      id: 'rfl--nmuh',
      published: null,
      expected: 'The two organisations, or parts of them, merged in January 2025.',
    },
    {
      id: 'srft--pat',
      published: paper.published,
      expected:
        'The two organisations merged in October 2021 (after the evaluation, published August 2021).',
    },
    {
      id: 'chs--stft',
      published: paper.published,
      expected: 'The two organisations merged in April 2019.',
    },
  ])('$id with the evaluation published $published', ({ id, published, expected }) => {
    expect(describePairing(pairing(id), published)).toContain(expected);
  });

  it('a pairing that never merged says nothing of mergers', () => {
    expect(describePairing(pairing('cuh--uclh'), paper.published)).not.toContain('merged');
  });

  it('an organisation names each partner with the month, and which came after the evaluation', () => {
    expect(describeOrganisation(organisation('pat'), nameOf, paper.published)).toContain(
      'It merged with Salford Royal NHS Foundation Trust in October 2021 (after the evaluation, published August 2021) and with Manchester University NHS FT in April 2021.',
    );
    expect(describeOrganisation(organisation('nmuh'), nameOf, paper.published)).toContain(
      'It merged with Royal Free London NHS Foundation Trust in January 2025 (after the evaluation, published August 2021).',
    );
  });
});
