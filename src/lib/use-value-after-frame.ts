import { startTransition, useEffect, useRef, useState } from 'react';

/**
 * `value` once the next frame has been drawn. A change reaches the caller in a transition started
 * just after that frame, so what draws in it (the map) is not held up by what renders from this
 * (the panels), as it is by `useDeferredValue`, whose render React starts before the frame.
 * Changes that come faster than frames are taken together: the latest one is shown, and a stream
 * of them (a slider being dragged) still reaches the caller once a frame.
 */
export function useValueAfterFrame<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  const latest = useRef(value);
  const shown = useRef(value);
  const frame = useRef<number | null>(null);
  const timer = useRef<number | null>(null);

  useEffect(() => {
    latest.current = value;
    const pending = frame.current !== null || timer.current !== null;
    if (pending || Object.is(value, shown.current)) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      // A task after the frame's callbacks runs once the frame has been drawn.
      timer.current = window.setTimeout(() => {
        timer.current = null;
        shown.current = latest.current;
        startTransition(() => setSettled(latest.current));
      });
    });
  }, [value]);

  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      if (timer.current !== null) clearTimeout(timer.current);
      frame.current = null;
      timer.current = null;
    },
    [],
  );

  return settled;
}
