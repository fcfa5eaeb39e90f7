import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { realDataFacts } from '../../tests/support/fixture-facts';
import {
  ORGANISATION_EXPORT_COLUMNS,
  PAIRING_EXPORT_COLUMNS,
  organisationsCsv,
  pairingsCsv,
} from './export-csv';

const facts = realDataFacts();

function parse(csv: string) {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
}

describe('CSV export', () => {
  it('pairings parse back to the same rows, with sources and confidence', () => {
    const merged = facts.pairings.filter(({ pairing }) => pairing.status === 'merged');
    const parsed = parse(pairingsCsv(merged));
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(PAIRING_EXPORT_COLUMNS);
    expect(parsed.data.map((row) => `${row.gde_id}--${row.ff_id}`)).toEqual(
      merged.map(({ pairing }) => pairing.id),
    );
    expect(parsed.data[0]?.sources).toBe(merged[0]?.pairing.sources.join(';'));
    expect(parsed.data[0]?.confidence).toBe(merged[0]?.pairing.confidence.text);
  });

  it('organisations keep names with apostrophes and commas intact', () => {
    const parsed = parse(organisationsCsv(facts.organisations));
    expect(parsed.meta.fields).toEqual(ORGANISATION_EXPORT_COLUMNS);
    expect(parsed.data).toHaveLength(51);
    expect(parsed.data.map((row) => row.name)).toContain(
      "Alder Hey Children's NHS Foundation Trust",
    );
    expect(parsed.data.map((row) => row.name)).toContain(
      'Northumberland, Tyne and Wear NHS Foundation Trust',
    );
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    const [first] = facts.organisations;
    if (first === undefined) throw new Error('no data');
    const hostile = {
      ...first,
      organisation: { ...first.organisation, name: '=HYPERLINK("http://x","y")' },
    };
    const parsed = parse(organisationsCsv([hostile]));
    expect(parsed.data[0]?.name).toBe('\'=HYPERLINK("http://x","y")');
  });
});
