import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateDataset } from '../../src/data/validate-dataset';
import { deriveAtlasFacts } from '../../src/domain/derive-facts';
import type { Area } from '../../src/domain/geo/boundaries';

/** The repository's real data with simple stand-in areas: west or east of 2°W. */
export function realDataFacts() {
  const read = (file: string) => readFileSync(join(process.cwd(), 'data', file), 'utf8');
  const dataset = validateDataset(read('organisations.csv'), read('pairings.csv'));
  const halves = (prefix: string) => ({
    find: ({ lon }: { lon: number }): Area =>
      lon < -2
        ? { code: `${prefix}W`, name: `${prefix} West` }
        : { code: `${prefix}E`, name: `${prefix} East` },
  });
  return deriveAtlasFacts(dataset.organisations, dataset.pairings, {
    icb: halves('ICB'),
    stp: halves('STP'),
    region: halves('Region'),
  });
}
