import { shortCitation } from '../domain/citation';
import { useEvaluation } from '../state/evaluation-context';

export function AppHeader() {
  const paper = useEvaluation();
  return (
    <header className="app-header">
      <h1>GDE Partnership Atlas</h1>
      <p>
        Where England&rsquo;s NHS Global Digital Exemplars and their Fast Followers were, how far
        apart each pair was, and which shared a platform, an ICS or a history
        {paper !== null && (
          <>
            , as studied by{' '}
            {/* Author and year, linked to the full reference in the footer, as in a paper. */}
            <a href="#evaluation-citation">
              {shortCitation(paper)}, {paper.journal}
            </a>
          </>
        )}
        .
      </p>
    </header>
  );
}
