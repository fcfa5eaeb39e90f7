import { decodeViewState } from '../domain/view/url-codec';
import { STORY_FILE } from './data-files';
import { storySchema, type Story } from './story-schema';
import type { ValidationIssue } from './validation-issue';

/** Parameters that describe a mode rather than a view, so a scene may not set them. */
const NOT_IN_SCENES = ['scene', 'embed', 'charts'];

function error(message: string, row: number | null, column: string | null, value: string | null) {
  return { severity: 'error', file: STORY_FILE, row, column, value, message } as const;
}

/**
 * Checks story.json: its shape, and that every scene's view is a link the atlas understands.
 * "row" is the scene number as the presenter shows it (1 = the first scene).
 */
export function validateStoryJson(text: string): {
  story: Story | null;
  issues: ValidationIssue[];
} {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return { story: null, issues: [error(`is not valid JSON: ${reason}`, null, null, null)] };
  }
  const result = storySchema.safeParse(json);
  if (!result.success) {
    return {
      story: null,
      issues: result.error.issues.map((issue) => {
        const [first, index, ...rest] = issue.path;
        const inScene = first === 'scenes' && typeof index === 'number';
        return error(
          issue.message,
          inScene ? index + 1 : null,
          (inScene ? rest : issue.path).join('.') || null,
          null,
        );
      }),
    };
  }
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  result.data.scenes.forEach((scene, index) => {
    const row = index + 1;
    if (seen.has(scene.id)) issues.push(error('repeats an earlier scene id', row, 'id', scene.id));
    seen.add(scene.id);
    const params = new URLSearchParams(scene.view);
    for (const name of NOT_IN_SCENES) {
      if (params.has(name))
        issues.push(
          error(`may not set "${name}": it is a mode, not a view`, row, 'view', scene.view),
        );
    }
    for (const problem of decodeViewState(scene.view).problems) {
      issues.push(
        error(`${problem.param}=${problem.value} ${problem.message}`, row, 'view', scene.view),
      );
    }
  });
  return { story: issues.length === 0 ? result.data : null, issues };
}
