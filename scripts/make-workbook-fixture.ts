/**
 * npx tsx scripts/make-workbook-fixture.ts
 * Writes tests/fixtures/opened/workbook/programme.xlsx: a minimal Excel workbook (two sheets,
 * "Trusts" and "Buddies", inline strings) as a spreadsheet export might hold a programme. Kept as a
 * script so the fixture can be read and rebuilt; no spreadsheet program is needed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';

const SHEETS: { name: string; rows: (string | number)[][] }[] = [
  {
    name: 'Trusts',
    rows: [
      ['Trust Name', 'Type', 'Latitude', 'Longitude', 'EPR Supplier'],
      ['Northvale Hospitals NHS Foundation Trust', 'Exemplar', 53.48, -2.24, 'Cerner'],
      ['Southvale Hospitals NHS Trust', 'Global Digital Exemplar', 51.45, -2.58, 'Epic'],
      ['Northvale Follower Trust', 'Fast Follower', 53.8, -1.55, 'Cerner'],
      ['Southvale Follower Trust', 'fast follower', 50.72, -3.53, ''],
    ],
  },
  {
    name: 'Buddies',
    rows: [
      ['Exemplar', 'Fast Follower', 'Status'],
      ['Northvale Hospitals NHS Foundation Trust', 'Northvale Follower Trust', 'Active'],
      ['Southvale Hospitals NHS Trust', 'Southvale Follower Trust', 'Proposed'],
    ],
  },
];

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const column = (index: number) => String.fromCharCode(65 + index);
const cell = (value: string | number, ref: string) =>
  typeof value === 'number'
    ? `<c r="${ref}"><v>${value}</v></c>`
    : value === ''
      ? ''
      : `<c r="${ref}" t="inlineStr"><is><t>${escape(value)}</t></is></c>`;
const sheetXml = (rows: (string | number)[][]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row.map((value, c) => cell(value, `${column(c)}${r + 1}`)).join('')}</row>`,
    )
    .join('')}</sheetData></worksheet>`;

const files: Record<string, Uint8Array> = {
  '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${SHEETS.map(
    (_, index) =>
      `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('')}</Types>`),
  '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
  'xl/workbook.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${SHEETS.map(
    ({ name }, index) => `<sheet name="${name}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`,
  ).join('')}</sheets></workbook>`),
  'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${SHEETS.map(
    (_, index) =>
      `<Relationship Id="rId${index + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
  ).join('')}</Relationships>`),
};
SHEETS.forEach(({ rows }, index) => {
  files[`xl/worksheets/sheet${index + 1}.xml`] = strToU8(sheetXml(rows));
});

mkdirSync('tests/fixtures/opened/workbook', { recursive: true });
writeFileSync('tests/fixtures/opened/workbook/programme.xlsx', zipSync(files));
console.log('wrote tests/fixtures/opened/workbook/programme.xlsx');
