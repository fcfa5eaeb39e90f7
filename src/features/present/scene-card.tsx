import type { ReactNode } from 'react';
import { PaperCitation } from '../../components/paper-citation';
import type { Scene } from '../../data/story-schema';
import { useEvaluation } from '../../state/evaluation-context';

export function SceneCard({
  scene,
  number,
  count,
  chart,
}: {
  scene: Scene;
  number: number;
  count: number;
  /** The scene's chart, when it has one (the charts are another feature: the app brings it). */
  chart: ReactNode;
}) {
  const paper = useEvaluation();
  // The title scene gives the evaluation's full reference when the story cites it.
  const citesPaper =
    scene.layout === 'title' &&
    paper !== null &&
    scene.sources.some((source) => source.url === paper.url);
  // There the reference stands in for the paper's entry in the sources line.
  const listed = citesPaper
    ? scene.sources.filter((source) => source.url !== paper.url)
    : scene.sources;
  return (
    <section
      className={`scene-card${scene.layout === 'title' ? ' scene-card-title' : ''}`}
      aria-labelledby="scene-heading"
    >
      <p className="scene-number">
        Scene {number} of {count}
      </p>
      <h2 id="scene-heading">{scene.title}</h2>
      <p className="scene-caption">{scene.caption}</p>
      {chart}
      {citesPaper && (
        <p className="scene-citation">
          Source: <PaperCitation paper={paper} />
        </p>
      )}
      {listed.length > 0 && (
        <p className="scene-sources">
          Source{listed.length > 1 ? 's' : ''}:{' '}
          {listed.map((source, index) => (
            <span key={source.url}>
              {index > 0 && '; '}
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.label}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
