import { useEffect, useRef } from 'react';
import type { UrlProblem } from '../../domain/view/url-codec';
import type { ViewState } from '../../domain/view/view-state';
import { sceneViewState } from '../../state/scene-view-state';
import { useSceneSync } from '../../state/use-scene-sync';
import { useStory } from '../../state/use-story';
import {
  useReadViewState,
  useSettledViewState,
  useViewDispatch,
} from '../../state/view-state-context';

/**
 * Presenter mode's state: the story, starting it (remembering the view to come back to), moving
 * between scenes, leaving, and focus back on the Present button afterwards.
 */
export function usePresentation(onProblem: (problem: UrlProblem) => void) {
  const view = useSettledViewState();
  const dispatch = useViewDispatch();
  const readView = useReadViewState();
  const story = useStory(view.scene !== null);
  const loaded = story.story;
  useSceneSync(loaded, onProblem);
  // The view to go back to when a presentation started from the Present button ends.
  const returnTo = useRef<ViewState | null>(null);
  const presentButton = useRef<HTMLButtonElement>(null);

  const present = () => {
    const now = readView();
    returnTo.current = now;
    dispatch({ type: 'restore', state: { ...now, scene: 1 } });
  };
  const goToScene = (scene: number) => {
    if (loaded !== null) dispatch({ type: 'restore', state: sceneViewState(loaded, scene) });
  };
  const leave = () => {
    const back = returnTo.current ?? readView();
    returnTo.current = null;
    dispatch({ type: 'restore', state: { ...back, scene: null } });
  };

  const wasPresenting = useRef(view.scene !== null);
  useEffect(() => {
    if (wasPresenting.current && view.scene === null) presentButton.current?.focus();
    wasPresenting.current = view.scene !== null;
  }, [view.scene]);

  return { story, present, goToScene, leave, presentButton };
}
