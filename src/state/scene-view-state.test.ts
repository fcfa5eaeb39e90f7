import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStoryJson } from '../data/validate-story';
import { sceneViewState, showsScene } from './scene-view-state';

const { story } = validateStoryJson(readFileSync(join(process.cwd(), 'data/story.json'), 'utf8'));
if (story === null) throw new Error('data/story.json should be valid');

describe('sceneViewState on the real story', () => {
  it.each([
    [1, { scene: 1, boundaryLayer: 'region' }],
    [3, { scene: 3, lineColouring: 'platform', boundaryLayer: 'none' }],
    [5, { scene: 5, boundaryLayer: 'icb' }],
    [99, { scene: story.scenes.length }],
    [0, { scene: 1 }],
  ])('scene %i', (scene, expected) => {
    expect(sceneViewState(story, scene)).toMatchObject(expected);
  });

  it('sets filters, selection and camera from the scene link', () => {
    const neighbours = sceneViewState(story, 4);
    expect(neighbours.filters.factors).toEqual({ same_ics: 'yes' });
    expect(neighbours.selection).toEqual({ kind: 'area', layer: 'icb', code: 'E54000008' });
    expect(neighbours.camera).toEqual({ lon: -2.85, lat: 53.3, zoom: 8 });
    expect(sceneViewState(story, 5).filters.statuses).toEqual(['merged']);
  });

  it('tells a view that shows the scene from one that does not', () => {
    const target = sceneViewState(story, 5);
    expect(showsScene(target, target)).toBe(true);
    expect(showsScene({ ...target, boundaryLayer: 'stp' }, target)).toBe(false);
    expect(showsScene({ ...target, scene: 4 }, target)).toBe(false);
    expect(showsScene({ ...target, camera: { lon: 0, lat: 52, zoom: 6 } }, target)).toBe(false);
  });
});

describe('a scene that opens the partner finder', () => {
  const withFinder = {
    ...story,
    scenes: [
      ...story.scenes,
      {
        ...story.scenes[1],
        id: 'finder',
        view: 'finder=gateshead&weights=platform:1,distance:3&plan=2',
      },
    ],
  } as typeof story;

  it('sets the finder, its weights and plan from the scene link', () => {
    const view = sceneViewState(withFinder, withFinder.scenes.length);
    expect(view.finder).toEqual({ organisation: 'gateshead', allSectors: false, plan: 2 });
    expect(view.weights).toEqual({ platform: 1, distance: 3, ics: 0, stp: 0, region: 0 });
    expect(showsScene(view, view)).toBe(true);
    expect(showsScene({ ...view, finder: null }, view)).toBe(false);
  });

  it('passes the story checks, which accept every link parameter but scene, embed and charts', () => {
    const text = JSON.stringify(withFinder);
    expect(validateStoryJson(text).issues).toEqual([]);
  });
});
