import { Suspense, lazy } from 'react';
import type { Scene } from '../../data/story-schema';
import type { PairingFacts } from '../../domain/derive-facts';

const ChartsPanel = lazy(() => import('../charts/charts-panel'));

export function SceneCard({
  scene,
  number,
  count,
  pairings,
}: {
  scene: Scene;
  number: number;
  count: number;
  pairings: PairingFacts[];
}) {
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
      {scene.chart !== undefined && (
        <Suspense fallback={<p role="status">Loading the chart…</p>}>
          <ChartsPanel pairings={pairings} only={scene.chart} />
        </Suspense>
      )}
      <p className="scene-sources">
        Source{scene.sources.length > 1 ? 's' : ''}:{' '}
        {scene.sources.map((source, index) => (
          <span key={source.url}>
            {index > 0 && '; '}
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.label}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </span>
        ))}
      </p>
    </section>
  );
}
