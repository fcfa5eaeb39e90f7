import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate-dataset';
import { validateEvidenceCsv } from '../../src/data/validate-evidence';
import { fullCitation } from '../../src/domain/citation';
import type { Organisation, Sector } from '../../src/domain/model';
import { URL_PARAMS, decodeViewState, encodeViewState } from '../../src/domain/view/url-codec';

// The READMEs state counts of the data; these tests re-derive each one from the files.
const read = (path: string) => readFileSync(join(process.cwd(), path), 'utf8');
const { organisations, pairings } = validateDataset(
  read('data/organisations.csv'),
  read('data/pairings.csv'),
);
const bySector = (rows: { sector: Sector }[], sector: Sector) =>
  rows.filter((row) => row.sector === sector).length;
const role = (wanted: Organisation['role']) => organisations.filter((o) => o.role === wanted);
const gdes = role('GDE');
const ffs = role('FF');
const oneLine = (text: string) => text.replace(/\s+/g, ' ');
const readme = oneLine(read('README.md'));
const dataReadme = oneLine(read('data/README.md'));

describe('README counts match the data', () => {
  it('organisations by role and sector', () => {
    expect(dataReadme).toContain(
      `${organisations.length} organisations: ${gdes.length} GDEs (${bySector(gdes, 'acute')} acute, ${bySector(gdes, 'mental_health')} mental health, ${bySector(gdes, 'ambulance')} ambulance) and ${ffs.length} fast followers (${bySector(ffs, 'acute')} acute, including dropped Blackpool; ${bySector(ffs, 'mental_health')} mental health`,
    );
    expect(readme).toContain(`\`data/organisations.csv\` (${organisations.length} organisations)`);
  });

  it('pairings by sector', () => {
    expect(dataReadme).toContain(
      `${pairings.length} GDE–FF pairings (${bySector(pairings, 'acute')} acute, ${bySector(pairings, 'mental_health')} mental health)`,
    );
    expect(readme).toContain(`\`data/pairings.csv\` (${pairings.length} pairings)`);
  });

  it('evidence excerpts', () => {
    const { valid } = validateEvidenceCsv(read('data/evidence.csv'));
    expect(readme).toContain(`the paper's ${valid.length} anonymised evidence excerpts`);
  });

  it('the mental-health providers still missing, against the 15 NHS England counts', () => {
    const mentalHealth = bySector(organisations, 'mental_health');
    expect(dataReadme).toContain(`this dataset has ${mentalHealth} (`);
    expect(mentalHealth).toBeLessThan(15);
  });

  it('the README cites the paper as paper.json records it', () => {
    const paper = JSON.parse(read('data/paper.json')) as Parameters<typeof fullCitation>[0];
    expect(readme.replace(/_/g, '')).toContain(fullCitation(paper).replace(/\. doi:.*$/, '.'));
  });
});

describe('the README’s URL parameter table matches the codec’s table', () => {
  const rows = read('README.md')
    .split('\n')
    .filter((line) => /^\| `[a-z]+` +\|/.test(line))
    .map((line) => {
      const cells = line.split(/(?<!\\)\|/).map((cell) => cell.trim());
      return {
        name: cells[1]?.replace(/`/g, '') ?? '',
        example: cells[3]?.replace(/`/g, '') ?? '',
      };
    });

  it('lists every parameter once, and no other', () => {
    expect(rows.map(({ name }) => name).sort()).toEqual([...URL_PARAMS].sort());
  });

  it.each(rows.map((row) => [row.name, row.example]))(
    '%s: its example %s is understood, and written back the same way',
    (name, example) => {
      const { state, problems } = decodeViewState(`?${example}`);
      expect(problems).toEqual([]);
      const written = encodeViewState(state);
      expect(decodeViewState(`?${written}`)).toEqual({ state, problems: [] });
      // charts=1 is an older link's way of saying panel=charts; every other one is written back.
      const names = [...new URLSearchParams(name === 'charts' ? 'panel=charts' : example).keys()];
      expect([...new URLSearchParams(written).keys()]).toEqual(expect.arrayContaining(names));
    },
  );
});
