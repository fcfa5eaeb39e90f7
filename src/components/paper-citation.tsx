import { citationParts, type PaperReference } from '../domain/citation';

/** The evaluation's full reference: every author, year, title, journal and a link to its DOI. */
export function PaperCitation({ paper }: { paper: PaperReference }) {
  const parts = citationParts(paper);
  return (
    <span className="paper-citation">
      {parts.authors}. {parts.title}. <i>{paper.journal}</i>, {paper.articleNumber}.{' '}
      <a href={paper.url} target="_blank" rel="noopener noreferrer">
        {parts.doi}
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    </span>
  );
}
