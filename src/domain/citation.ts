/** The published evaluation the atlas compares itself with, as recorded in data/paper.json. */
export interface PaperReference {
  title: string;
  /** Full names in the order the paper lists them. */
  authors: string[];
  year: number;
  /** YYYY-MM: mergers after this month came after the evaluation. */
  published: string;
  journal: string;
  articleNumber: string;
  doi: string;
  pmcid: string;
  url: string;
}

function familyName(author: string): string {
  return author.trim().split(/\s+/).pop() ?? author;
}

/** "A, B and C": every author, as the paper lists them. */
export function authorList(authors: readonly string[]): string {
  if (authors.length <= 1) return authors.join('');
  return `${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]}`;
}

/** "Hinder et al. (2021)": the form for running text beside a link to the paper. */
export function shortCitation(paper: PaperReference): string {
  const [first = '', second] = paper.authors;
  const who =
    paper.authors.length === 1
      ? familyName(first)
      : paper.authors.length === 2 && second !== undefined
        ? `${familyName(first)} and ${familyName(second)}`
        : `${familyName(first)} et al.`;
  return `${who} (${paper.year})`;
}

/** The parts of a full reference, for views that set the title in italics or link the DOI. */
export function citationParts(paper: PaperReference) {
  return {
    authors: `${authorList(paper.authors)} (${paper.year})`,
    title: paper.title,
    journal: `${paper.journal}, ${paper.articleNumber}`,
    doi: `doi:${paper.doi}`,
  };
}

/** The full reference in one line of plain text: exported images and the README use this. */
export function fullCitation(paper: PaperReference): string {
  const parts = citationParts(paper);
  return `${parts.authors}. ${parts.title}. ${parts.journal}. ${parts.doi}`;
}
