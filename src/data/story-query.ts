import { queryOptions } from '@tanstack/react-query';
import { STORY_URL } from './data-urls';
import { fetchResource } from './fetch-resource';
import { validateStoryJson } from './validate-story';

export const storyQuery = queryOptions({
  queryKey: ['dataset', 'story'],
  queryFn: async () => validateStoryJson(await (await fetchResource(STORY_URL)).text()),
  staleTime: Infinity,
});
