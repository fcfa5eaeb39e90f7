import { PaperCitation } from '../components/paper-citation';
import { useEvaluation } from '../state/evaluation-context';
import { ModalSheet } from './modal-sheet';

export const OGL_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

/** What the atlas is, the paper behind it, and every attribution, one button away. */
export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const paper = useEvaluation();
  return (
    <ModalSheet open={open} title="About this atlas" onClose={onClose} className="about-dialog">
      <p>
        Where England&rsquo;s NHS Global Digital Exemplars and their Fast Followers were, how far
        apart each pair was, and which shared a platform, an ICS or a history. Every organisation
        and pairing keeps its sources and a confidence, shown when you select it.
      </p>
      {paper !== null && (
        <p id="evaluation-citation">
          Findings (summarised in our own words): <PaperCitation paper={paper} />
        </p>
      )}
      <p>
        Boundaries: Source: Office for National Statistics licensed under the{' '}
        <a href={OGL_URL}>Open Government Licence v.3.0</a>. Contains OS data © Crown copyright and
        database right 2011–2022.
      </p>
      <p>
        Coastline: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain).
        Organisation and pairing facts: compiled from public sources listed with every row;
        distances are straight lines between main sites.
      </p>
    </ModalSheet>
  );
}
