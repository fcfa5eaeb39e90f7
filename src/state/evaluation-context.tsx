import { createContext, useContext } from 'react';
import { PAPER } from '../data/paper';
import type { PaperFile } from '../data/paper-schema';

/**
 * The published evaluation that the data on screen can be compared with: the paper for the built-in
 * GDE data, null for someone's own data (the paper says nothing about their programme).
 */
export const EvaluationContext = createContext<PaperFile | null>(PAPER);

export function useEvaluation(): PaperFile | null {
  return useContext(EvaluationContext);
}
