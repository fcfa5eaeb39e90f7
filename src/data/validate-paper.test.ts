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
    {
      name: 'a missing title',
      text: JSON.stringify({ ...JSON.parse(paper), title: undefined }),
      column: 'title',
      message: '',
    },
    {
      name: 'no authors',
      text: JSON.stringify({ ...JSON.parse(paper), authors: [] }),
      column: 'authors',
      message: '',
    },
    {
      name: 'a publication month written as a date',
      text: paper.replace('"published": "2021-08"', '"published": "2 August 2021"'),
      column: 'published',
      message: 'must be the publication month',
    },
    {
      name: 'a PubMed Central id without its prefix',
      text: paper.replace('"pmcid": "PMC8328305"', '"pmcid": "8328305"'),
      column: 'pmcid',
      message: 'must be a PubMed Central id',
    },
  ])('reports $name', ({ text, column, message }) => {
    const [issue] = validatePaperJson(text);
    expect(issue).toMatchObject({ severity: 'error', file: 'paper.json', column });
    expect(issue?.message).toContain(message);
  });
});
