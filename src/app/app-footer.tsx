import { PaperCitation } from '../components/paper-citation';
import { useEvaluation } from '../state/evaluation-context';

export function AppFooter() {
  const paper = useEvaluation();
  return (
    <footer className="app-footer">
      {paper !== null && (
        <p id="evaluation-citation">
          Findings (summarised in our own words): <PaperCitation paper={paper} />
        </p>
      )}
      <p>
        Boundaries: Source: Office for National Statistics licensed under the{' '}
        <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">
          Open Government Licence v.3.0
        </a>
        . Contains OS data © Crown copyright and database right 2011–2022.
      </p>
      <p>
        Coastline: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain).
        Organisation and pairing facts: compiled from public sources listed with every row;
        distances are straight lines between main sites.
      </p>
    </footer>
  );
}
