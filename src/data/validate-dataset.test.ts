import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from './validate-dataset';

const fixtures = join(process.cwd(), 'tests/fixtures/good');
const goodOrganisations = readFileSync(join(fixtures, 'organisations.csv'), 'utf8');
const goodPairings = readFileSync(join(fixtures, 'pairings.csv'), 'utf8');

/** Replaces one cell of one data row (1 = first data row) in a CSV without quoted commas. */
function withCell(csv: string, dataRow: number, column: string, value: string): string {
  const lines = csv.trimEnd().split('\n');
  const header = (lines[0] ?? '').split(',');
  const cells = (lines[dataRow] ?? '').split(',');
  cells[header.indexOf(column)] = value;
  lines[dataRow] = cells.join(',');
  return `${lines.join('\n')}\n`;
}

function appendRow(csv: string, row: string): string {
  return `${csv.trimEnd()}\n${row}\n`;
}

describe('validateDataset on good data', () => {
  it('accepts every row and reports nothing', () => {
    const dataset = validateDataset(goodOrganisations, goodPairings);
    expect(dataset.issues).toEqual([]);
    expect(dataset.counts).toEqual({
      organisations: { valid: 5, invalid: 0 },
      pairings: { valid: 2, invalid: 0 },
    });
  });

  it.each([
    ['semicolons', ';'],
    ['tabs', '\t'],
  ])(
    'reads files delimited by %s, with column names in any case and common aliases',
    (_name, delimiter) => {
      const convert = (csv: string) =>
        csv
          .split('\n')
          .map((line) => line.split(',').join(delimiter))
          .join('\n');
      const renamed = goodOrganisations
        .replace(',lat,lon,', ',Latitude,Longitude,')
        .replace('id,name,', 'ID,Trust Name,')
        .replace(',core_vendor,', ',EPR vendor,');
      const pairings = goodPairings.replace('gde_id,ff_id,', 'Exemplar,Fast follower,');
      const dataset = validateDataset(convert(renamed), convert(pairings));
      expect(dataset.issues).toEqual([]);
      expect(dataset.counts.organisations.valid).toBe(5);
      expect(dataset.counts.pairings.valid).toBe(2);
      expect(dataset.organisations[0]).toMatchObject({
        name: 'Alpha Hospitals NHS Foundation Trust',
        lat: 53.4,
        coreVendor: 'Cerner',
      });
    },
  );

  it('reads a UTF-8 BOM and CRLF line endings', () => {
    const dataset = validateDataset(
      `\uFEFF${goodOrganisations.replace(/\n/g, '\r\n')}`,
      goodPairings,
    );
    expect(dataset.issues).toEqual([]);
    expect(dataset.organisations[0]?.id).toBe('gde-a');
  });
});

describe('organisation rows that break the schema', () => {
  it.each([
    { problem: 'empty name', column: 'name', value: '', message: 'is required' },
    {
      problem: 'unknown sector',
      column: 'sector',
      value: 'community',
      message: 'must be one of: acute, mental_health, ambulance',
    },
    {
      problem: 'unknown role',
      column: 'role',
      value: 'Leader',
      message: 'must be one of: GDE, FF',
    },
    {
      problem: 'latitude outside the UK',
      column: 'lat',
      value: '40.1',
      message: 'latitude must be between 49.8 and 60.9',
    },
    {
      problem: 'latitude in degrees-minutes-seconds',
      column: 'lat',
      value: '53°24′N',
      message: 'looks like degrees, minutes and seconds',
    },
    {
      problem: 'longitude outside the UK',
      column: 'lon',
      value: '12.5',
      message: 'longitude must be between -8.7 and 1.8',
    },
    {
      problem: 'month in the wrong format',
      column: 'announced',
      value: 'Sept 2017',
      message: 'YYYY-MM',
    },
    {
      problem: 'a javascript: source',
      column: 'sources',
      value: 'javascript:alert(1)',
      message: 'http(s) URLs',
    },
    { problem: 'no source at all', column: 'sources', value: '', message: 'at least one source' },
    {
      problem: 'confidence without a level',
      column: 'confidence',
      value: 'probably',
      message: 'must start with one of: high, medium, low',
    },
    { problem: 'id with spaces', column: 'id', value: 'gde a', message: 'lower-case letters' },
    { problem: 'unknown approach', column: 'approach', value: 'mixed', message: 'must be one of' },
  ])('$problem → error on row 2, column $column', ({ column, value, message }) => {
    const dataset = validateDataset(withCell(goodOrganisations, 1, column, value), goodPairings);
    const errors = dataset.issues.filter((issue) => issue.severity === 'error');
    expect(errors[0]).toMatchObject({ file: 'organisations.csv', row: 2, column, value });
    expect(errors[0]?.message).toContain(message);
    expect(dataset.counts.organisations).toEqual({ valid: 4, invalid: 1 });
  });

  it('rejects a duplicate id and keeps the first row', () => {
    const duplicate = goodOrganisations.trimEnd().split('\n')[2] ?? '';
    const dataset = validateDataset(appendRow(goodOrganisations, duplicate), goodPairings);
    expect(dataset.issues).toContainEqual(
      expect.objectContaining({ severity: 'error', row: 7, column: 'id', value: 'ff-b' }),
    );
    expect(dataset.organisations.filter((organisation) => organisation.id === 'ff-b')).toHaveLength(
      1,
    );
  });

  it('reports a missing required column once, in the header row', () => {
    const withoutLat = goodOrganisations.replace(',lat,', ',lattitude,');
    const dataset = validateDataset(withoutLat, goodPairings);
    const missing = dataset.issues.filter((issue) => issue.column === 'lat');
    expect(missing).toEqual([
      expect.objectContaining({ row: 1, message: expect.stringContaining('no "lat" column') }),
    ]);
  });

  it('reports a broken quote as a CSV error on its row', () => {
    const broken = appendRow(goodOrganisations, 'x,"Unclosed name,,ZZZ,acute');
    const dataset = validateDataset(broken, goodPairings);
    expect(
      dataset.issues.some(
        (issue) => issue.severity === 'error' && issue.message.includes('could not be read'),
      ),
    ).toBe(true);
    expect(dataset.counts.organisations.valid).toBe(5);
  });
});

describe('pairing rows that break the schema or the references', () => {
  it.each([
    {
      problem: 'unknown exemplar',
      column: 'gde_id',
      value: 'nobody',
      message: 'no organisation in organisations.csv has this id',
    },
    {
      problem: 'GDE–GDE pairing',
      column: 'ff_id',
      value: 'gde-c',
      message: 'GDE–GDE pairing',
    },
    {
      problem: 'FF as the exemplar',
      column: 'gde_id',
      value: 'ff-d',
      message: 'role is FF, but gde_id needs a GDE',
    },
    {
      problem: 'unknown status',
      column: 'status',
      value: 'paused',
      message: 'must be one of: active, merged, dropped, unknown',
    },
    {
      problem: 'tri-state not yes/no/unknown',
      column: 'same_core_system',
      value: 'maybe',
      message: 'must be one of: yes, no, unknown',
    },
  ])('$problem → error on row 2, column $column', ({ column, value, message }) => {
    const dataset = validateDataset(goodOrganisations, withCell(goodPairings, 1, column, value));
    const error = dataset.issues.find((issue) => issue.severity === 'error');
    expect(error).toMatchObject({ file: 'pairings.csv', row: 2, column, value });
    expect(error?.message).toContain(message);
    expect(dataset.pairings.map((pairing) => pairing.id)).toEqual(['gde-c--ff-d']);
  });

  it('rejects a pairing listed twice', () => {
    const repeated = appendRow(goodPairings, goodPairings.trimEnd().split('\n')[1] ?? '');
    const dataset = validateDataset(goodOrganisations, repeated);
    expect(dataset.issues).toContainEqual(
      expect.objectContaining({ row: 4, message: expect.stringContaining('already listed') }),
    );
    expect(dataset.pairings).toHaveLength(2);
  });
});
