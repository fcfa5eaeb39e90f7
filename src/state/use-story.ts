import { useQuery } from '@tanstack/react-query';
import { storyQuery } from '../data/story-query';
import type { Story } from '../data/story-schema';
import type { ValidationIssue } from '../data/validation-issue';
import { useOwnChecked } from './use-own-checked';

export interface StoryState {
  story: Story | null;
  issues: ValidationIssue[];
  /** Why there is no story to present, in one sentence; null while loading or when there is one. */
  error: string | null;
  /** False when someone's data are shown and came without a usable story.json. */
  available: boolean;
  retry: () => void;
}

/** The story presenter mode tells: the built-in one, or the story.json someone brought. */
export function useStory(presenting: boolean): StoryState {
  const { showingOwn, checked } = useOwnChecked();
  const builtin = useQuery({ ...storyQuery, enabled: presenting && !showingOwn });
  if (showingOwn) {
    const own = checked?.story ?? null;
    return {
      story: own?.story ?? null,
      issues: own?.issues ?? [],
      error:
        checked === undefined
          ? null
          : own === null
            ? 'Your data came without a story.json, so there are no scenes to present.'
            : null,
      available: own?.story != null,
      retry: () => {},
    };
  }
  return {
    story: builtin.data?.story ?? null,
    issues: builtin.data?.issues ?? [],
    error: builtin.error?.message ?? null,
    available: true,
    retry: () => void builtin.refetch(),
  };
}
