import { describe, expect, it } from 'vitest';
import paper from '../../data/paper.json';
import { authorList, fullCitation, shortCitation, type PaperReference } from './citation';

const withAuthors = (authors: string[]): PaperReference => ({ ...paper, authors });

describe('authorList', () => {
  it.each([
    { authors: ['Ada Lovelace'], expected: 'Ada Lovelace' },
    { authors: ['Ada Lovelace', 'Alan Turing'], expected: 'Ada Lovelace and Alan Turing' },
    {
      authors: ['Ada Lovelace', 'Alan Turing', 'Grace Hopper'],
      expected: 'Ada Lovelace, Alan Turing and Grace Hopper',
    },
  ])('$expected', ({ authors, expected }) => {
    expect(authorList(authors)).toBe(expected);
  });
});

describe('shortCitation', () => {
  it.each([
    { authors: ['Ada Lovelace'], expected: 'Lovelace (2021)' },
    { authors: ['Ada Lovelace', 'Alan Turing'], expected: 'Lovelace and Turing (2021)' },
    { authors: paper.authors, expected: 'Hinder et al. (2021)' },
  ])('$expected', ({ authors, expected }) => {
    expect(shortCitation(withAuthors(authors))).toBe(expected);
  });
});

describe('fullCitation of data/paper.json', () => {
  const text = fullCitation(paper);
  it('lists all twelve authors in order, then the year', () => {
    expect(paper.authors).toHaveLength(12);
    expect(
      text.startsWith(`${paper.authors.slice(0, 11).join(', ')} and Robin Williams (2021). `),
    ).toBe(true);
  });

  it('gives the real title, the journal, the article number and the DOI', () => {
    expect(text).toContain(
      "Promoting inter-organisational knowledge sharing: A qualitative evaluation of England's Global Digital Exemplar and Fast Follower Programme.",
    );
    expect(text).toContain('PLOS ONE, e0255220. doi:10.1371/journal.pone.0255220');
    expect(text).not.toContain('pairings in England: a qualitative evaluation');
  });
});
