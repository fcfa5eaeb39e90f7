import { queryOptions } from '@tanstack/react-query';
import { STORY_URL } from './data-urls';
import { fetchText } from './fetch-resource';

export const storyQuery = queryOptions({
  queryKey: ['dataset', 'story'],
  // The checks (and zod) load only when someone presents.
  queryFn: async () => {
    const [{ validateStoryJson }, text] = await Promise.all([
      import('./validate-story'),
      fetchText(STORY_URL, 'JSON'),
    ]);
    return validateStoryJson(text);
  },
  staleTime: Infinity,
});
