import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function folderWith(organisations: string, pairings: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'atlas-validate-'));
  folders.push(folder);
  copyFileSync(join('tests/fixtures', organisations), join(folder, 'organisations.csv'));
  copyFileSync(join('tests/fixtures', pairings), join(folder, 'pairings.csv'));
  return folder;
}

function validate(folder: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate-data.ts', folder], {
    encoding: 'utf8',
  });
}

describe('npm run validate -- <folder>', () => {
  it('prints each problem with file, row and column, and exits 1 when there are errors', () => {
    const result = validate(
      folderWith('bad/lat-lon-swapped/organisations.csv', 'good/pairings.csv'),
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'Error: organisations.csv, row 3, column "lat": latitude and longitude look swapped',
    );
    expect(result.stdout).toMatch(
      /4 valid organisations \(1 invalid\), 1 valid pairings \(1 invalid\)/,
    );
  });

  it('exits 0 for a clean folder', () => {
    const result = validate(folderWith('good/organisations.csv', 'good/pairings.csv'));
    expect(result.stdout).toContain('0 errors');
    expect(result.status).toBe(0);
  });
});
