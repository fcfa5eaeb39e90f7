import { queryOptions } from '@tanstack/react-query';
import { checkBuiltinData, takeEarlyBuiltinCheck } from './builtin-check';

/** The built-in programme data: the check main.tsx started early, or a new one (a retry). */
export const builtinDatasetQuery = queryOptions({
  queryKey: ['dataset', 'builtin'],
  queryFn: () => takeEarlyBuiltinCheck() ?? checkBuiltinData(),
  staleTime: Infinity,
});
