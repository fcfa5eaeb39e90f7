export type PresenterCommand =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'go'; scene: number }
  | { type: 'fullscreen' }
  | { type: 'leave' };

/**
 * What a key press means in presenter mode. Clickers send PageUp/PageDown (some send arrows);
 * keys with Ctrl, Alt or Meta stay with the browser, and Space or Enter on a focused control
 * presses that control instead.
 */
export function presenterCommand(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>,
  onControl: boolean,
): PresenterCommand | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
      return { type: 'next' };
    case ' ':
      return onControl ? null : { type: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { type: 'previous' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 'Escape':
      return { type: 'leave' };
    default:
      return /^[1-9]$/.test(event.key) ? { type: 'go', scene: Number(event.key) } : null;
  }
}

/** The scene a command leads to, kept inside 1…count; null when the command is not a move. */
export function targetScene(
  command: PresenterCommand,
  current: number,
  count: number,
): number | null {
  const clamp = (scene: number) => Math.min(Math.max(scene, 1), count);
  switch (command.type) {
    case 'next':
      return clamp(current + 1);
    case 'previous':
      return clamp(current - 1);
    case 'first':
      return 1;
    case 'last':
      return count;
    case 'go':
      return command.scene <= count ? command.scene : null;
    default:
      return null;
  }
}
