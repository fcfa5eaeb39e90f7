import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate-dataset';
import { validateEvidenceCsv } from '../../src/data/validate-evidence';
import { fullCitation } from '../../src/domain/citation';
import type { Organisation, Sector } from '../../src/domain/model';

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
