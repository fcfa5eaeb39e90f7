import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateOpenedDataset } from './validate-opened';
import { formatIssue, type ValidationIssue } from './validation-issue';

const fixture = (folder: string, file: string) =>
  readFileSync(join(process.cwd(), 'tests/fixtures/opened', folder, file), 'utf8');
const open = (folder: string) =>
  validateOpenedDataset(fixture(folder, 'organisations.csv'), fixture(folder, 'pairings.csv'));
const messages = (issues: ValidationIssue[], severity: ValidationIssue['severity']) =>
  issues.filter((issue) => issue.severity === severity).map(formatIssue);

describe('opened data: forgiving where a person would expect it', () => {
  it.each([
    { folder: 'minimal', organisations: 6, pairings: 3, errors: 0 },
    { folder: 'spreadsheet', organisations: 4, pairings: 2, errors: 0 },
    { folder: 'abroad', organisations: 6, pairings: 4, errors: 0 },
    { folder: 'left-out', organisations: 2, pairings: 1, errors: 3 },
    { folder: 'ambiguous', organisations: 3, pairings: 1, errors: 2 },
  ])('$folder: $organisations organisations, $pairings pairings, $errors errors', (expected) => {
    const dataset = open(expected.folder);
    expect(dataset.organisations).toHaveLength(expected.organisations);
    expect(dataset.pairings).toHaveLength(expected.pairings);
    expect(messages(dataset.issues, 'error')).toHaveLength(expected.errors);
  });

  it('minimal columns: every other field reads as unknown, reported once per column', () => {
    const dataset = open('minimal');
    const [first] = dataset.organisations;
    expect(first).toMatchObject({
      id: 'g1',
      name: 'Northvale Hospitals',
      role: 'GDE',
      sector: 'unknown',
      coreVendor: 'unknown',
      approach: 'unknown',
      odsCode: '',
      sources: [],
      confidence: { level: 'unknown' },
    });
    expect(messages(dataset.issues, 'warning')).toEqual([
      'Warning: organisations.csv, column "core_vendor": 6 organisations have no core vendor: shown in the colour for an unknown vendor',
      'Warning: organisations.csv, column "sector": 6 organisations have no sector: drawn as a diamond, "sector not given"',
      'Warning: organisations.csv, column "sources": 6 organisations have no sources: the cards say no sources were given',
      'Warning: pairings.csv, column "status": 3 pairings have no status: drawn dotted, as proposed or unconfirmed',
    ]);
  });

  it('spreadsheet headings, everyday role words, and pairings by name in any case and spacing', () => {
    const dataset = open('spreadsheet');
    expect(
      dataset.organisations.map(({ id, role, coreVendor }) => `${id} ${role} ${coreVendor}`),
    ).toEqual([
      'northvale-hospitals-nhs-foundation-trust GDE Cerner',
      'southvale-hospitals-nhs-trust GDE Epic',
      'northvale-follower-trust FF Cerner',
      'southvale-follower-trust FF unknown',
    ]);
    expect(dataset.pairings.map(({ id, status }) => `${id} ${status}`)).toEqual([
      'northvale-hospitals-nhs-foundation-trust--northvale-follower-trust active',
      'southvale-hospitals-nhs-trust--southvale-follower-trust unknown',
    ]);
  });

  it('a programme abroad is valid, and a site far from all the others is a named warning', () => {
    const dataset = open('abroad');
    expect(messages(dataset.issues, 'warning')).toContain(
      'Warning: organisations.csv, row 7 (par, Paris Trust), column "lat": 363 km from every other site: latitude and longitude may be wrong (the row is kept) (value: "48.86, 2.35")',
    );
  });

  it('a pairing that names a left-out organisation says which row and why, by id or by name', () => {
    expect(messages(open('left-out').issues, 'error')).toEqual([
      'Error: organisations.csv, row 4 (f2, Westvale Follower Trust), column "lat": latitude is not a number (value: "n/a")',
      'Error: pairings.csv, row 3 (g1 – f2), column "ff_id": refers to f2, Westvale Follower Trust, left out at row 4 of organisations.csv: latitude is not a number (value: "f2")',
      'Error: pairings.csv, row 4 (g1 – Westvale Follower Trust), column "ff_id": refers to f2, Westvale Follower Trust, left out at row 4 of organisations.csv: latitude is not a number (value: "Westvale Follower Trust")',
    ]);
  });

  it('an ambiguous name names its candidates; an unmatched one suggests near names', () => {
    expect(messages(open('ambiguous').issues, 'error')).toEqual([
      'Error: pairings.csv, row 2 (g1 – Riverside Trust), column "ff_id": matches 2 organisations by name: f1 (row 3), f2 (row 4); use the id to say which (value: "Riverside Trust")',
      'Error: pairings.csv, row 3 (g1 – Hillside Trust), column "ff_id": no organisation in organisations.csv has this id or name (value: "Hillside Trust")',
    ]);
  });

  it('swapped columns in a pairing are read the other way round, with a warning', () => {
    const dataset = validateOpenedDataset(
      fixture('minimal', 'organisations.csv'),
      'gde_id,ff_id\nf1,g1\n',
    );
    expect(dataset.pairings.map(({ id }) => id)).toEqual(['g1--f1']);
    expect(messages(dataset.issues, 'warning')).toContain(
      'Warning: pairings.csv, row 2 (f1 – g1), column "gde_id": names a fast follower and ff_id an exemplar: read the other way round (value: "f1")',
    );
  });

  it('swapped latitude and longitude are named as such, and the row is kept', () => {
    const organisations = `${fixture('minimal', 'organisations.csv')}f4,Swapped Trust,FF,-2.9,53.4\n`;
    const dataset = validateOpenedDataset(organisations, '');
    expect(dataset.organisations).toHaveLength(7);
    expect(dataset.issues.find((issue) => issue.rowId === 'f4')).toMatchObject({
      column: 'lat',
      value: '-2.9, 53.4',
      message: expect.stringMatching(/^latitude and longitude look swapped/),
      fix: 'swapped',
    });
  });

  it.each([
    { name: 'a decimal comma', lat: '53,4', fix: 'decimal-comma', read: 53.4 },
    {
      name: 'degrees, minutes and seconds',
      lat: '53°24′N',
      fix: 'degrees-minutes-seconds',
      read: 53.4,
    },
    { name: 'swapped coordinates', lat: '-2.9', lon: '53.4', fix: 'swapped', read: 53.4 },
  ] as const)('"Fix these rows" for $name: the row is read, and the original kept', (example) => {
    const row = `f4,Mended Trust,FF,"${example.lat}",${'lon' in example ? example.lon : '-2.9'}\n`;
    const organisations = `${fixture('minimal', 'organisations.csv')}${row}`;
    const before = validateOpenedDataset(organisations, '');
    expect(before.issues.filter(({ fix }) => fix === example.fix)).toHaveLength(1);
    const after = validateOpenedDataset(organisations, '', undefined, {}, new Set([example.fix]));
    const mended = after.organisations.find(({ id }) => id === 'f4');
    expect(mended?.lat).toBe(example.read);
    expect(mended?.lon).toBe(-2.9);
    const note = after.issues.find((issue) => issue.rowId === 'f4');
    expect(note).toMatchObject({
      severity: 'warning',
      message: expect.stringMatching(/\(fixed\)$/),
    });
    expect(note?.fix).toBeUndefined();
  });

  it.each([
    ['a missing role column', 'id,name,lat,lon\ng1,A,53,-2\n', /no column gives the role/],
    [
      'neither name nor id',
      'role,lat,lon\nGDE,53,-2\n',
      /no column gives the organisation's name or id/,
    ],
  ])('refuses %s with the headings it found', (_name, organisations, message) => {
    const dataset = validateOpenedDataset(organisations, '');
    expect(messages(dataset.issues, 'error').join('\n')).toMatch(message);
    expect(dataset.organisations).toEqual([]);
  });

  it.each([
    ['Exemplar', 'GDE'],
    ['lead', 'GDE'],
    ['GDE', 'GDE'],
    ['Fast-Follower', 'FF'],
    ['follower', 'FF'],
    ['ff', 'FF'],
  ])('reads the role "%s" as %s', (word, role) => {
    const dataset = validateOpenedDataset(`name,role,lat,lon\nA Trust,${word},53,-2\n`, '');
    expect(dataset.organisations[0]?.role).toBe(role);
  });

  it.each([
    ['53,48', /decimal comma/],
    ['53°29′N', /degrees, minutes and seconds/],
    ['north', /latitude is not a number/],
    ['', /latitude is required/],
    ['95', /between −90 and 90/],
  ])('leaves out a latitude of "%s" with a message that says why', (lat, message) => {
    const dataset = validateOpenedDataset(`name,role,lat,lon\nA Trust,GDE,"${lat}",-2\n`, '');
    expect(dataset.organisations).toEqual([]);
    expect(messages(dataset.issues, 'error').join('\n')).toMatch(message);
  });
});
