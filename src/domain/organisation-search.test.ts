import { describe, expect, it } from 'vitest';
import { realDataFacts } from '../../tests/support/fixture-facts';
import { createSearchIndex } from './organisation-search';

const index = createSearchIndex(realDataFacts().organisations);

describe('organisation search', () => {
  it.each([
    ['Salford', 'srft'],
    ['Slaford Royal', 'srft'],
    ['addenbrookes', 'cuh'],
    ['RM3', 'srft'],
    ['Northern Care Alliance', 'srft'],
    ['Wye Vally', 'wvt'],
    ['heart of england', 'heft'],
  ])('%s finds %s first', (query, id) => {
    expect(index.search(query)[0]?.organisation.id).toBe(id);
  });

  it('finds both trusts that became Bedfordshire Hospitals', () => {
    const ids = index
      .search('Bedfordshire Hospitals')
      .slice(0, 2)
      .map(({ organisation }) => organisation.id);
    expect(ids.sort()).toEqual(['bedford', 'ldh']);
  });

  it.each(['', 'x', '   '])('asks for two characters or more (%j)', (query) => {
    expect(index.search(query)).toEqual([]);
  });

  it('returns nothing for nonsense', () => {
    expect(index.search('zzqqxxyy')).toEqual([]);
  });
});
