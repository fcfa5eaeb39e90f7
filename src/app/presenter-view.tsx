import { useEffect, useRef, type ReactNode } from 'react';
import type { Story } from '../data/story-schema';
import type { FilteredFacts } from '../domain/filters';
import type { Organisation } from '../domain/model';
import { MapLegend } from '../features/map/map-legend';
import { toggleFullscreen } from '../features/present/fullscreen';
import { SceneCard } from '../features/present/scene-card';
import '../features/present/presenter.css';
import { SceneProgress } from '../features/present/scene-progress';
import { usePresenterKeys } from '../features/present/use-presenter-keys';
import { AtlasMap } from './atlas-map';
import { SceneChart } from './charts-section';

/** Presenter mode: the map full screen, one scene's caption in large type, clicker keys. */
export function PresenterView({
  story,
  scene,
  facts,
  organisations,
  goTo,
  leave,
  children,
}: {
  story: Story;
  scene: number;
  facts: FilteredFacts;
  organisations: Organisation[];
  goTo: (scene: number) => void;
  leave: () => void;
  /** Notices (e.g. a link naming a scene that does not exist). */
  children?: ReactNode;
}) {
  const count = story.scenes.length;
  const current = story.scenes[Math.min(scene, count) - 1];
  usePresenterKeys({ count, goTo, leave });
  const main = useRef<HTMLElement>(null);
  // Focus starts on the presentation so the first key press (or clicker) already works.
  useEffect(() => main.current?.focus(), []);
  if (current === undefined) return null;

  return (
    <main className="presenter" ref={main} tabIndex={-1} aria-labelledby="presenter-title">
      <h1 id="presenter-title" className="visually-hidden">
        Presentation: {story.title}
      </h1>
      <p className="visually-hidden" aria-live="polite">
        Scene {scene} of {count}: {current.title}
      </p>
      {children}
      <AtlasMap />
      <div className="presenter-actions">
        <button type="button" onClick={toggleFullscreen}>
          Full screen <kbd>F</kbd>
        </button>
        <button type="button" onClick={leave}>
          Leave presentation <kbd>Esc</kbd>
        </button>
      </div>
      <SceneCard
        key={current.id}
        scene={current}
        number={scene}
        count={count}
        chart={
          current.chart === undefined ? null : (
            <SceneChart pairings={facts.pairings} only={current.chart} />
          )
        }
      />
      <SceneProgress scenes={story.scenes} current={scene} goTo={goTo} />
      <MapLegend organisations={organisations} collapsed readOnly />
    </main>
  );
}
