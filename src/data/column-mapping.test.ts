import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingMap, missingFields } from './column-fields';
import { planColumns } from './column-mapping';
import { validateOpenedDataset } from './validate-opened';

const fixture = (folder: string, file: string) =>
  readFileSync(join(process.cwd(), 'tests/fixtures/opened', folder, file), 'utf8');
const data = (folder: string) => ({
  label: folder,
  organisations: fixture(folder, 'organisations.csv'),
  pairings: fixture(folder, 'pairings.csv'),
  evidence: null,
  story: null,
});

describe('planColumns', () => {
  it.each([
    ['minimal', false],
    ['spreadsheet', false],
    ['own-headings', true],
  ])('%s: the column step is needed: %s', (folder, needed) => {
    expect(planColumns(data(folder)).needed).toBe(needed);
  });

  it('guesses own headings from the words in them, and previews the first rows', () => {
    const [organisations, pairings] = planColumns(data('own-headings')).previews;
    expect(organisations?.guessed).toEqual({
      name: 'Organisation title',
      id: '',
      role: 'Programme type',
      lat: 'Lat (WGS84)',
      lon: 'Long (WGS84)',
      core_vendor: 'Supplier',
      sector: '',
      ods_code: '',
      site_name: '',
      sources: '',
    });
    expect(organisations?.known).toEqual({ core_vendor: 'Supplier' });
    expect(organisations?.rows[0]?.['Organisation title']).toBe('Northvale Hospitals');
    expect(pairings?.guessed).toMatchObject({
      gde_id: 'Mentor organisation',
      ff_id: 'Mentee organisation',
    });
  });

  it('the confirmed columns open the files', () => {
    const [organisations, pairings] = planColumns(data('own-headings')).previews;
    const dataset = validateOpenedDataset(
      fixture('own-headings', 'organisations.csv'),
      fixture('own-headings', 'pairings.csv'),
      undefined,
      {
        organisations: headingMap(organisations?.guessed ?? {}),
        pairings: headingMap(pairings?.guessed ?? {}),
      },
    );
    expect(dataset.organisations.map(({ name, role, lat }) => `${name} ${role} ${lat}`)).toEqual([
      'Northvale Hospitals GDE 53.48',
      'Northvale Follower Trust FF 53.8',
    ]);
    expect(dataset.pairings).toHaveLength(1);
  });
});

describe('missingFields', () => {
  it.each([
    [{ name: 'A', role: 'B', lat: 'C', lon: 'D' }, []],
    [{ id: 'A', role: 'B', lat: 'C', lon: 'D' }, []],
    [{ role: 'B', lat: 'C', lon: 'D' }, ['Name or Id']],
    [{ name: 'A', lat: 'C' }, ['Role (Exemplar or Fast Follower)', 'Longitude (decimal degrees)']],
  ])('%o lacks %o', (choice, missing) => {
    expect(missingFields('organisations', choice)).toEqual(missing);
  });
});
