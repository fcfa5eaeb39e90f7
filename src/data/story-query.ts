import { queryOptions } from '@tanstack/react-query';
import { STORY_URL } from './data-urls';
import { fetchResource } from './fetch-resource';

export const storyQuery = queryOptions({
  queryKey: ['dataset', 'story'],
  // The checks (and zod) load only when someone presents.
  queryFn: async () => {
    const [{ validateStoryJson }, response] = await Promise.all([
      import('./validate-story'),
      fetchResource(STORY_URL),
    ]);
    return validateStoryJson(await response.text());
  },
  staleTime: Infinity,
});
