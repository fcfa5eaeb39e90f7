import { useEffect, useRef } from 'react';
import { useReadViewState } from '../../state/view-state-context';
import { toggleFullscreen } from './fullscreen';
import { presenterCommand, targetScene } from './presenter-keys';

function isControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a, summary, input, select') !== null;
}

export function usePresenterKeys({
  scene,
  count,
  goTo,
  leave,
}: {
  scene: number;
  count: number;
  goTo: (scene: number) => void;
  leave: () => void;
}) {
  // The listener reads the latest values without being re-attached on every scene change.
  const latest = useRef({ scene, count, goTo, leave });
  const readView = useReadViewState();
  useEffect(() => {
    latest.current = { scene, count, goTo, leave };
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = presenterCommand(event, isControl(event.target));
      if (command === null) return;
      event.preventDefault();
      const { scene: shown, count: total, goTo: go, leave: exit } = latest.current;
      // A clicker's second press can come before the first one's scene is shown.
      const current = readView().scene ?? shown;
      if (command.type === 'leave') exit();
      else if (command.type === 'fullscreen') toggleFullscreen();
      else {
        const target = targetScene(command, current, total);
        if (target !== null && target !== current) go(target);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [readView]);
}
