import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate-dataset';

const FIXTURES = join(process.cwd(), 'tests/fixtures');

/** A bad fixture folder holds only the broken file(s); the other file comes from the good set. */
function load(kind: string, file: 'organisations.csv' | 'pairings.csv'): string {
  const bad = join(FIXTURES, 'bad', kind, file);
  return readFileSync(existsSync(bad) ? bad : join(FIXTURES, 'good', file), 'utf8');
}

interface Expected {
  file: 'organisations.csv' | 'pairings.csv';
  row: number | null;
  column: string | null;
  message: RegExp;
  /** Valid rows still kept: organisations, pairings (the good set has 5 and 2). */
  kept: [number, number];
}

const CATALOGUE: Record<string, Expected> = {
  'lat-lon-swapped': {
    file: 'organisations.csv',
    row: 3,
    column: 'lat',
    message: /latitude and longitude look swapped/,
    kept: [4, 1],
  },
  'degrees-minutes-seconds': {
    file: 'organisations.csv',
    row: 3,
    column: 'lat',
    message: /degrees, minutes and seconds; write decimal degrees/,
    kept: [4, 1],
  },
  'outside-the-uk': {
    file: 'organisations.csv',
    row: 3,
    column: 'lat',
    message: /between 49\.8 and 60\.9 \(inside the UK\)/,
    kept: [4, 1],
  },
  'duplicate-id': {
    file: 'organisations.csv',
    row: 7,
    column: 'id',
    message: /already used by an earlier row; ids must be unique/,
    kept: [5, 2],
  },
  'pairing-to-unknown-organisation': {
    file: 'pairings.csv',
    row: 4,
    column: 'ff_id',
    message: /no organisation in organisations\.csv has this id/,
    kept: [5, 2],
  },
  'gde-gde-pairing': {
    file: 'pairings.csv',
    row: 4,
    column: 'ff_id',
    message: /GDE–GDE pairing/,
    kept: [5, 2],
  },
  'ff-as-exemplar': {
    file: 'pairings.csv',
    row: 4,
    column: 'gde_id',
    message: /role is FF, but gde_id needs a GDE/,
    kept: [5, 2],
  },
  'unknown-sector': {
    file: 'organisations.csv',
    row: 3,
    column: 'sector',
    message: /must be one of: acute, mental_health, ambulance/,
    kept: [4, 1],
  },
  'unknown-status': {
    file: 'pairings.csv',
    row: 2,
    column: 'status',
    message: /must be one of: active, merged, dropped, unknown/,
    kept: [5, 1],
  },
  'missing-required-column': {
    file: 'organisations.csv',
    row: 1,
    column: 'lon',
    message: /the header has no "lon" column, which is required/,
    kept: [0, 0],
  },
  'javascript-source': {
    file: 'organisations.csv',
    row: 3,
    column: 'sources',
    message: /must be http\(s\) URLs/,
    kept: [4, 1],
  },
  'month-format': {
    file: 'organisations.csv',
    row: 3,
    column: 'announced',
    message: /YYYY-MM/,
    kept: [4, 1],
  },
  'empty-name': {
    file: 'organisations.csv',
    row: 3,
    column: 'name',
    message: /is required but empty/,
    kept: [4, 1],
  },
  'confidence-level': {
    file: 'organisations.csv',
    row: 3,
    column: 'confidence',
    message: /must start with one of: high, medium, low/,
    kept: [4, 1],
  },
  'duplicate-pairing': {
    file: 'pairings.csv',
    row: 4,
    column: 'ff_id',
    message: /already listed on an earlier row/,
    kept: [5, 2],
  },
  'unclosed-quote': {
    file: 'organisations.csv',
    row: 7,
    column: null,
    message: /could not be read/,
    kept: [5, 2],
  },
  'bad-id-characters': {
    file: 'organisations.csv',
    row: 7,
    column: 'id',
    message: /only lower-case letters, digits/,
    kept: [5, 2],
  },
  'html-error-page': {
    file: 'organisations.csv',
    row: null,
    column: null,
    message: /is a web page \(HTML\), not a CSV file/,
    kept: [0, 0],
  },
};

describe('the catalogue of malformed files (tests/fixtures/bad)', () => {
  it('has an expectation for every fixture folder, and at least 15 kinds', () => {
    const folders = readdirSync(join(FIXTURES, 'bad')).sort();
    expect(folders).toEqual(Object.keys(CATALOGUE).sort());
    expect(folders.length).toBeGreaterThanOrEqual(15);
  });

  it.each(Object.entries(CATALOGUE))(
    '%s: says where and what, and keeps the valid rows',
    (kind, expected) => {
      const dataset = validateDataset(load(kind, 'organisations.csv'), load(kind, 'pairings.csv'));
      expect(dataset.issues).toContainEqual(
        expect.objectContaining({
          severity: 'error',
          file: expected.file,
          row: expected.row,
          column: expected.column,
          message: expect.stringMatching(expected.message),
        }),
      );
      expect([dataset.organisations.length, dataset.pairings.length]).toEqual(expected.kept);
    },
  );
});
