import { useEffect, useRef } from 'react';
import { useReadViewState } from '../../state/view-state-context';
import { toggleFullscreen } from './fullscreen';
import { presenterCommand, targetScene } from './presenter-keys';

function isControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a, summary, input, select') !== null;
}

export function usePresenterKeys({
  count,
  goTo,
  leave,
}: {
  count: number;
  goTo: (scene: number) => void;
  leave: () => void;
}) {
  // The listener reads the latest values without being re-attached on every scene change.
  const latest = useRef({ count, goTo, leave });
  const readView = useReadViewState();
  useEffect(() => {
    latest.current = { count, goTo, leave };
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = presenterCommand(event, isControl(event.target));
      if (command === null) return;
      event.preventDefault();
      const { count: total, goTo: go, leave: exit } = latest.current;
      // The live scene, not the one shown: a clicker's second press can come before the first
      // one's scene is on screen. None: the presentation has just been left.
      const current = readView().scene;
      if (command.type === 'leave') exit();
      else if (command.type === 'fullscreen') toggleFullscreen();
      else if (current !== null) {
        const target = targetScene(command, current, total);
        if (target !== null && target !== current) go(target);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [readView]);
}
