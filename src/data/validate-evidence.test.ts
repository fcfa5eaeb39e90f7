import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateEvidenceCsv } from './validate-evidence';

const evidence = readFileSync(join(process.cwd(), 'data/evidence.csv'), 'utf8');

describe('validateEvidenceCsv', () => {
  it('accepts the 13 coded excerpts of the paper', () => {
    const result = validateEvidenceCsv(evidence);
    expect(result.issues).toEqual([]);
    expect(result.valid).toHaveLength(13);
    expect(result.valid[9]?.value.channels).toEqual(['paid_expert_time', 'design_workshops']);
  });

  it.each([
    ['flow_direction', 'gde_to_ff', 'sideways', 'must be one of'],
    ['channels', 'design_workshops', 'carrier_pigeon', 'each channel must be one of'],
  ])('reports a bad %s', (column, from, to, message) => {
    const broken = evidence.replace(`,${from},`, `,${to},`);
    const [issue] = validateEvidenceCsv(broken).issues;
    expect(issue).toMatchObject({ file: 'evidence.csv', column });
    expect(issue?.message).toContain(message);
  });
});
