import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useValueAfterFrame } from './use-value-after-frame';

// Frames are drawn when the test says so; the task after a frame is a real timer.
let frames: FrameRequestCallback[] = [];
const cancelled: number[] = [];

beforeEach(() => {
  frames = [];
  cancelled.length = 0;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.push(callback);
    return frames.length;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => cancelled.push(id));
});
afterEach(() => vi.unstubAllGlobals());

/** Draws a frame, then lets the task after it (and React's render) run. */
async function drawFrame() {
  const due = frames;
  frames = [];
  for (const callback of due) callback(performance.now());
  await act(() => new Promise<void>((resolve) => setTimeout(resolve)));
}

const mount = () =>
  renderHook(({ value }: { value: string }) => useValueAfterFrame(value), {
    initialProps: { value: 'a' },
  });

describe('useValueAfterFrame', () => {
  it('starts with the value it is given and asks for no frame', () => {
    const { result } = mount();
    expect(result.current).toBe('a');
    expect(frames).toHaveLength(0);
  });

  it('keeps the last value until a frame has been drawn, then takes the new one', async () => {
    const { result, rerender } = mount();
    rerender({ value: 'b' });
    expect(result.current).toBe('a');
    await act(() => new Promise<void>((resolve) => setTimeout(resolve)));
    expect(result.current).toBe('a');
    await drawFrame();
    expect(result.current).toBe('b');
  });

  it('takes changes made before the frame together, showing the latest', async () => {
    const { result, rerender } = mount();
    rerender({ value: 'b' });
    rerender({ value: 'c' });
    expect(frames).toHaveLength(1);
    await drawFrame();
    expect(result.current).toBe('c');
  });

  it('still follows a change that comes between the frame and the task after it', async () => {
    const { result, rerender } = mount();
    rerender({ value: 'b' });
    const due = frames;
    frames = [];
    for (const callback of due) callback(performance.now());
    // A slider dragged once a frame: restarting the wait here would never show anything.
    rerender({ value: 'c' });
    await act(() => new Promise<void>((resolve) => setTimeout(resolve)));
    expect(result.current).toBe('c');
  });

  it('cancels the frame it asked for when it goes away', () => {
    const { rerender, unmount } = mount();
    rerender({ value: 'b' });
    unmount();
    expect(cancelled).toEqual([1]);
  });
});
