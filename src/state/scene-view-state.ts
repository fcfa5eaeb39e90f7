import type { Story } from '../data/story-schema';
import { decodeViewState, encodeViewState } from '../domain/view/url-codec';
import type { ViewState } from '../domain/view/view-state';

/** The whole view a scene sets; the story file was validated, so its links decode cleanly. */
export function sceneViewState(story: Story, scene: number): ViewState {
  const index = Math.min(Math.max(scene, 1), story.scenes.length) - 1;
  const view = story.scenes[index]?.view ?? '';
  return { ...decodeViewState(view).state, scene: index + 1 };
}

/** Whether the view already shows what the scene sets (camera included). */
export function showsScene(view: ViewState, target: ViewState): boolean {
  return (
    view.scene === target.scene &&
    encodeViewState({ ...view, scene: null }) === encodeViewState({ ...target, scene: null })
  );
}
