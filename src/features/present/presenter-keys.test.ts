import { describe, expect, it } from 'vitest';
import { presenterCommand, targetScene, type PresenterCommand } from './presenter-keys';

const key = (
  name: string,
  modifiers: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey', boolean>> = {},
) => ({
  key: name,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...modifiers,
});

describe('presenterCommand', () => {
  it.each<[string, ReturnType<typeof key>, boolean, PresenterCommand | null]>([
    ['PageDown (clicker forward)', key('PageDown'), false, { type: 'next' }],
    ['PageUp (clicker back)', key('PageUp'), false, { type: 'previous' }],
    ['right arrow', key('ArrowRight'), false, { type: 'next' }],
    ['left arrow', key('ArrowLeft'), false, { type: 'previous' }],
    ['Space on the page', key(' '), false, { type: 'next' }],
    ['Space on a button', key(' '), true, null],
    ['Home', key('Home'), false, { type: 'first' }],
    ['End', key('End'), false, { type: 'last' }],
    ['digit 4', key('4'), false, { type: 'go', scene: 4 }],
    ['digit 0', key('0'), false, null],
    ['F', key('f'), false, { type: 'fullscreen' }],
    ['Escape', key('Escape'), false, { type: 'leave' }],
    ['Ctrl+F stays with the browser', key('f', { ctrlKey: true }), false, null],
    ['Alt+Left stays with the browser', key('ArrowLeft', { altKey: true }), false, null],
    ['a letter', key('q'), false, null],
  ])('%s', (_name, event, onControl, expected) => {
    expect(presenterCommand(event, onControl)).toEqual(expected);
  });
});

describe('targetScene in a story of 8', () => {
  it.each<[PresenterCommand, number, number | null]>([
    [{ type: 'next' }, 3, 4],
    [{ type: 'next' }, 8, 8],
    [{ type: 'previous' }, 1, 1],
    [{ type: 'previous' }, 5, 4],
    [{ type: 'first' }, 6, 1],
    [{ type: 'last' }, 2, 8],
    [{ type: 'go', scene: 7 }, 2, 7],
    [{ type: 'go', scene: 9 }, 2, null],
    [{ type: 'leave' }, 2, null],
  ])('%j from scene %i', (command, current, expected) => {
    expect(targetScene(command, current, 8)).toBe(expected);
  });
});
