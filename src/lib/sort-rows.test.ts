import { describe, expect, it } from 'vitest';
import { sortRows } from './sort-rows';

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
