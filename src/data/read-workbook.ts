import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';

type Cell = string | number | boolean | Date | null | object;

export interface WorkbookTables {
  organisations: { sheet: string; text: string };
  pairings: { sheet: string; text: string } | null;
  /** The sheets were taken in order (their names said nothing): the column step confirms them. */
  byPosition: boolean;
}

const ORGANISATION_SHEET = /organi[sz]ation|trust|provider|site|member/i;
const PAIRING_SHEET = /pair|budd|partner|link/i;

function cellText(value: Cell): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  return '';
}

/**
 * The organisations and pairings tables of an Excel workbook, as CSV text for the same checks
 * as a CSV file: sheets named like organisations and pairings, or else the first two sheets.
 */
export async function readWorkbook(input: Blob | ArrayBuffer): Promise<WorkbookTables> {
  const sheets = (await readXlsxFile(input)).filter(({ data }) => data.length > 0);
  const asCsv = (data: readonly (readonly Cell[])[]) =>
    Papa.unparse(data.map((row) => row.map(cellText)));
  const named = {
    organisations: sheets.find(({ sheet }) => ORGANISATION_SHEET.test(sheet)),
    pairings: sheets.find(({ sheet }) => PAIRING_SHEET.test(sheet)),
  };
  const byPosition =
    named.organisations === undefined || (named.pairings === undefined && sheets.length > 1);
  const organisations = named.organisations ?? sheets[0];
  const pairings =
    named.pairings ?? (byPosition ? sheets[1] : sheets.find((sheet) => sheet !== organisations));
  if (organisations === undefined) throw new Error('the workbook has no sheet with any rows');
  return {
    organisations: { sheet: organisations.sheet, text: asCsv(organisations.data) },
    pairings:
      pairings === undefined || pairings === organisations
        ? null
        : { sheet: pairings.sheet, text: asCsv(pairings.data) },
    byPosition,
  };
}
