import { describe, expect, it } from 'vitest';
import { inSortedOrder, sortRows, sortRowsOnce } from './sort-rows';

describe('sortRows', () => {
  const rows = [
    { name: 'St Helens', km: 10 },
    { name: 'salford', km: 2.5 },
    { name: 'Bedford', km: 100 },
    { name: 'Site 10', km: 2.5 },
    { name: 'Site 9', km: 7 },
  ];
  it.each([
    {
      by: 'name',
      direction: 'ascending',
      expected: ['Bedford', 'salford', 'Site 9', 'Site 10', 'St Helens'],
    },
    {
      by: 'name',
      direction: 'descending',
      expected: ['St Helens', 'Site 10', 'Site 9', 'salford', 'Bedford'],
    },
    {
      by: 'km',
      direction: 'ascending',
      expected: ['salford', 'Site 10', 'Site 9', 'St Helens', 'Bedford'],
    },
    {
      by: 'km',
      direction: 'descending',
      expected: ['Bedford', 'St Helens', 'Site 9', 'salford', 'Site 10'],
    },
  ] as const)('by $by $direction', ({ by, direction, expected }) => {
    expect(sortRows(rows, (row) => row[by], direction).map((row) => row.name)).toEqual(expected);
  });
});

describe('inSortedOrder', () => {
  const [a, b, c, d] = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
  const superset = [d, b, a, c];
  const outsider = { id: 'x' };
  it.each([
    { name: 'a subset keeps the superset order', rows: [a, b, c], expected: ['b', 'a', 'c'] },
    { name: 'every row', rows: [a, b, c, d], expected: ['d', 'b', 'a', 'c'] },
    { name: 'no rows', rows: [], expected: [] },
    { name: 'a row outside the superset sorts afresh', rows: [c, outsider], expected: ['sorted'] },
  ])('$name', ({ rows, expected }) => {
    const ordered = inSortedOrder(superset, rows, () => [{ id: 'sorted' }]);
    expect(ordered.map((row) => row.id)).toEqual(expected);
  });
});

describe('sortRowsOnce', () => {
  const rows = [{ name: 'Salford' }, { name: 'St Helens' }, { name: 'Bolton' }];
  const byName = ({ name }: { name: string }) => name;
  const byLength = ({ name }: { name: string }) => name.length;

  it.each([
    { direction: 'ascending' as const, value: byName, names: ['Bolton', 'Salford', 'St Helens'] },
    { direction: 'descending' as const, value: byName, names: ['St Helens', 'Salford', 'Bolton'] },
    { direction: 'ascending' as const, value: byLength, names: ['Bolton', 'Salford', 'St Helens'] },
  ])('sorts as sortRows does ($direction)', ({ direction, value, names }) => {
    expect(sortRowsOnce(rows, value, direction).map(byName)).toEqual(names);
  });

  it('hands back the same sorted list for the same rows, column and direction, and no other', () => {
    const first = sortRowsOnce(rows, byName, 'ascending');
    expect(sortRowsOnce(rows, byName, 'ascending')).toBe(first);
    expect(sortRowsOnce(rows, byName, 'descending')).not.toBe(first);
    expect(sortRowsOnce(rows, byLength, 'ascending')).not.toBe(first);
    expect(sortRowsOnce([...rows], byName, 'ascending')).not.toBe(first);
  });
});
