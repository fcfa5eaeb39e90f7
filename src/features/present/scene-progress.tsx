import type { Scene } from '../../data/story-schema';

/** Where the presenter is in the story, and a way to jump for those using a mouse or keyboard. */
export function SceneProgress({
  scenes,
  current,
  goTo,
}: {
  scenes: Scene[];
  current: number;
  goTo: (scene: number) => void;
}) {
  return (
    <nav className="scene-progress" aria-label="Scenes">
      <button
        type="button"
        onClick={() => goTo(current - 1)}
        disabled={current <= 1}
        aria-label="Previous scene"
      >
        ‹
      </button>
      <ol>
        {scenes.map((scene, index) => (
          <li key={scene.id}>
            <button
              type="button"
              className="scene-dot"
              aria-current={index + 1 === current ? 'step' : undefined}
              aria-label={`Scene ${index + 1}: ${scene.title}`}
              onClick={() => goTo(index + 1)}
            />
          </li>
        ))}
      </ol>
      <span className="scene-count">
        {current} / {scenes.length}
      </span>
      <button
        type="button"
        onClick={() => goTo(current + 1)}
        disabled={current >= scenes.length}
        aria-label="Next scene"
      >
        ›
      </button>
    </nav>
  );
}
