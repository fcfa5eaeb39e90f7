import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs `npm run validate -- <args>` as a person would, and returns what it printed and its exit code. */
function validate(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/validate-data.ts', ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run validate', () => {
  it.each([
    {
      folder: 'tests/fixtures/opened/minimal',
      status: 0,
      lines: [
        /\(opened-data rules\): 6 organisations shown \(0 left out\), 3 pairings shown \(0 left out\); 0 errors/,
      ],
    },
    {
      folder: 'tests/fixtures/opened/spreadsheet',
      status: 0,
      lines: [/4 organisations shown \(0 left out\), 2 pairings shown \(0 left out\)/],
    },
    {
      folder: 'tests/fixtures/opened/abroad',
      status: 0,
      lines: [/row 7 \(par, Paris Trust\), column "lat": 363 km from every other site/],
    },
    {
      folder: 'tests/fixtures/opened/left-out',
      status: 1,
      lines: [
        /^Error: organisations\.csv, row 4 \(f2, Westvale Follower Trust\), column "lat": latitude is not a number/m,
        /^Error: pairings\.csv, column "ff_id": refers to f2, Westvale Follower Trust, left out at row 4 of organisations\.csv: latitude is not a number — 2 rows: row 3 \(g1 – f2\); row 4 \(g1 – Westvale Follower Trust\)$/m,
      ],
    },
  ])('$folder exits $status', ({ folder, status, lines }) => {
    const result = validate(folder);
    expect(result.status).toBe(status);
    for (const line of lines) expect(result.output).toMatch(line);
  });

  it('reads a workbook as the browser does, naming its sheets', () => {
    const result = validate('tests/fixtures/opened/workbook/programme.xlsx');
    expect(result.status).toBe(0);
    expect(result.output).toMatch(
      /^Warning: programme\.xlsx \(sheet "Trusts"\), column "core_vendor": 1 organisation has no core vendor/m,
    );
    expect(result.output).toMatch(
      /4 organisations shown \(0 left out\), 2 pairings shown \(0 left out\)/,
    );
  });

  it('prints 3,000 rows with the same problem as one line with a count, and exits 1', () => {
    const folder = mkdtempSync(join(tmpdir(), 'atlas-repeated-'));
    const rows = Array.from({ length: 3000 }, (_, index) => `o${index},Org ${index},FF,n/a,-2`);
    writeFileSync(
      join(folder, 'organisations.csv'),
      `id,name,role,lat,lon\ng1,Lead Trust,GDE,53.4,-2.9\n${rows.join('\n')}\n`,
    );
    const result = validate(folder);
    expect(result.status).toBe(1);
    const lines = result.output
      .split('\n')
      .filter((line) => line.includes('latitude is not a number'));
    expect(lines).toEqual([
      'Error: organisations.csv, column "lat": latitude is not a number — 3,000 rows: row 3 (o0, Org 0); row 4 (o1, Org 1); row 5 (o2, Org 2); …',
    ]);
  });

  it('--strict holds a folder to the full schema: the spreadsheet fixture is refused', () => {
    const result = validate('tests/fixtures/opened/spreadsheet', '--strict');
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/\(full schema\): 0 organisations shown \(4 left out\)/);
  });

  it('with no folder, checks data/ with the full schema', () => {
    const result = validate();
    expect(result.status).toBe(0);
    expect(result.output).toMatch(/data \(full schema\): \d+ organisations shown \(0 left out\)/);
  });
});
