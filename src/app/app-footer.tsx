import { shortCitation } from '../domain/citation';
import { useEvaluation } from '../state/evaluation-context';
import { OGL_URL } from './about-dialog';

/** The attributions the map's data need, in the map's corner; the full statements are in About. */
export function AppFooter({ onAbout }: { onAbout: () => void }) {
  const paper = useEvaluation();
  return (
    <footer className="app-footer">
      <p>
        Boundaries: ONS, <a href={OGL_URL}>Open Government Licence v3.0</a>; contains OS data ©
        Crown copyright and database right 2011–2022 · Coastline: Natural Earth ·{' '}
        {paper !== null && (
          <>
            Findings: {shortCitation(paper)}, {paper.journal} ·{' '}
          </>
        )}
        <button type="button" className="link-button" onClick={onAbout}>
          About and sources
        </button>
      </p>
    </footer>
  );
}
