import { useEffect } from 'react';
import type { Story } from '../data/story-schema';
import type { UrlProblem } from '../domain/view/url-codec';
import { sceneViewState, showsScene } from './scene-view-state';
import { useReadViewState, useSettledViewState, useViewDispatch } from './view-state-context';

/**
 * A link or Back/Forward can name a scene before the story has loaded, or a scene that does not
 * exist: once the story is here, the view is made to match the scene it names.
 */
export function useSceneSync(story: Story | null, onProblem: (problem: UrlProblem) => void) {
  const settled = useSettledViewState();
  const readView = useReadViewState();
  const dispatch = useViewDispatch();
  useEffect(() => {
    // Run as the settled view changes, but matched to the live one: a key pressed since (End
    // just after Present) has already moved on, and restoring the older scene would undo it.
    const view = readView();
    if (story === null || view.scene === null) return;
    const target = sceneViewState(story, view.scene);
    if (target.scene !== view.scene) {
      onProblem({
        param: 'scene',
        value: String(view.scene),
        message: `is past the end of the story, which has ${story.scenes.length} scenes`,
      });
    }
    if (!showsScene(view, target)) dispatch({ type: 'restore', state: target });
  }, [story, settled, readView, dispatch, onProblem]);
}
