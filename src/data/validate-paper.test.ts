import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePaperJson } from './validate-paper';

const paper = readFileSync(join(process.cwd(), 'data/paper.json'), 'utf8');

describe('validatePaperJson', () => {
  it('accepts the repository’s paper.json', () => {
    expect(validatePaperJson(paper)).toEqual([]);
  });

  it.each([
    { name: 'broken JSON', text: '{"doi": ', column: null, message: 'is not valid JSON' },
    {
      name: 'a negative count',
      text: paper.replace('"interviews": 508', '"interviews": -1'),
      column: 'aggregates.interviews',
      message: '',
    },
    {
      name: 'a DOI that is a URL',
      text: paper.replace('"doi": "10.1371/journal.pone.0255220"', '"doi": "https://doi.org/x"'),
      column: 'doi',
      message: 'must be a DOI',
    },
  ])('reports $name', ({ text, column, message }) => {
    const [issue] = validatePaperJson(text);
    expect(issue).toMatchObject({ severity: 'error', file: 'paper.json', column });
    expect(issue?.message).toContain(message);
  });
});
