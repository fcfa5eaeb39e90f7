import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from './read-workbook';
import { validateOpenedDataset } from './validate-opened';

const WORKBOOK = join(process.cwd(), 'tests/fixtures/opened/workbook/programme.xlsx');
const bytes = () => {
  const buffer = readFileSync(WORKBOOK);
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
};

describe('readWorkbook', () => {
  it('finds the organisations and pairings sheets by their names and reads them as tables', async () => {
    const tables = await readWorkbook(bytes());
    expect(tables.organisations.sheet).toBe('Trusts');
    expect(tables.pairings?.sheet).toBe('Buddies');
    expect(tables.byPosition).toBe(false);
    expect(tables.organisations.text.split('\r\n')[0]).toBe(
      'Trust Name,Type,Latitude,Longitude,EPR Supplier',
    );
  });

  it('its sheets open like the same spreadsheet saved as CSV', async () => {
    const tables = await readWorkbook(bytes());
    const dataset = validateOpenedDataset(tables.organisations.text, tables.pairings?.text ?? '');
    expect(dataset.organisations.map(({ role, coreVendor }) => `${role} ${coreVendor}`)).toEqual([
      'GDE Cerner',
      'GDE Epic',
      'FF Cerner',
      'FF unknown',
    ]);
    expect(dataset.pairings.map(({ status }) => status)).toEqual(['active', 'unknown']);
  });

  it('says what is wrong with a file that is not a workbook', async () => {
    await expect(readWorkbook(new TextEncoder().encode('id,name\n').buffer)).rejects.toThrow();
  });
});
