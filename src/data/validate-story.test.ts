import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStoryJson } from './validate-story';

const real = readFileSync(join(process.cwd(), 'data/story.json'), 'utf8');

const scene = (change: Record<string, unknown> = {}) => ({
  id: 'one',
  title: 'A scene',
  caption: 'Words.',
  sources: [{ label: 'Paper', url: 'https://doi.org/10.1371/journal.pone.0255220' }],
  view: 'boundary=icb',
  ...change,
});
const story = (...scenes: unknown[]) => JSON.stringify({ title: 'T', scenes });

describe('validateStoryJson', () => {
  it('accepts the real story: a title scene and 6 to 8 more', () => {
    const { story: parsed, issues } = validateStoryJson(real);
    expect(issues).toEqual([]);
    expect(parsed?.scenes[0]?.layout).toBe('title');
    expect(parsed?.scenes.length).toBeGreaterThanOrEqual(7);
    expect(parsed?.scenes.length).toBeLessThanOrEqual(9);
  });

  it.each<[string, string, { row: number | null; column: string | null; message: RegExp }]>([
    ['not JSON', '{ scenes: [', { row: null, column: null, message: /not valid JSON/ }],
    ['no scenes', JSON.stringify({ title: 'T' }), { row: null, column: 'scenes', message: /./ }],
    [
      'a scene without a caption',
      story(scene(), scene({ id: 'two', caption: undefined })),
      { row: 2, column: 'caption', message: /./ },
    ],
    [
      'a javascript: source',
      story(scene(), scene({ id: 'two', sources: [{ label: 'x', url: 'javascript:alert(1)' }] })),
      { row: 2, column: 'sources.0.url', message: /http\(s\)/ },
    ],
    [
      'an unknown chart',
      story(scene(), scene({ id: 'two', chart: 'pie' })),
      { row: 2, column: 'chart', message: /./ },
    ],
    [
      'a view the atlas does not understand',
      story(scene(), scene({ id: 'two', view: 'status=paused' })),
      { row: 2, column: 'view', message: /status=paused expected/ },
    ],
    [
      'a view that sets a mode',
      story(scene(), scene({ id: 'two', view: 'embed=1' })),
      { row: 2, column: 'view', message: /may not set "embed"/ },
    ],
    [
      'a repeated id',
      story(scene(), scene()),
      { row: 2, column: 'id', message: /repeats an earlier scene id/ },
    ],
  ])('reports %s with its scene and field', (_name, text, expected) => {
    const { story: parsed, issues } = validateStoryJson(text);
    expect(parsed).toBeNull();
    expect(issues).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        file: 'story.json',
        row: expected.row,
        column: expected.column,
        message: expect.stringMatching(expected.message),
      }),
    );
  });
});

describe('the real story cites the evaluation as paper.json records it', () => {
  const paper = JSON.parse(readFileSync(join(process.cwd(), 'data/paper.json'), 'utf8')) as {
    authors: string[];
    year: number;
    journal: string;
    url: string;
  };
  const parsed = JSON.parse(real) as {
    scenes: { id: string; layout?: string; sources: { label: string; url: string }[] }[];
  };
  const citing = parsed.scenes.flatMap((item) =>
    item.sources
      .filter((source) => source.url === paper.url)
      .map((source) => ({ ...source, scene: item.id })),
  );
  const firstAuthor = paper.authors[0]?.split(' ').pop() ?? '';

  it('the title scene cites it (so the presenter shows its full reference there)', () => {
    const title = parsed.scenes.find((item) => item.layout === 'title');
    expect(title?.sources.map((source) => source.url)).toContain(paper.url);
  });

  it.each(citing)('scene $scene: "$label"', ({ label }) => {
    expect(label.startsWith(`${firstAuthor} et al. (${paper.year}), ${paper.journal}`)).toBe(true);
  });
});
