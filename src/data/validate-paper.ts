import { paperSchema } from './paper-schema';
import type { ValidationIssue } from './validation-issue';

export const PAPER_FILE = 'paper.json';

export function validatePaperJson(text: string): ValidationIssue[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      {
        severity: 'error',
        file: PAPER_FILE,
        row: null,
        column: null,
        value: null,
        message: `is not valid JSON: ${reason}`,
      },
    ];
  }
  const result = paperSchema.safeParse(json);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    severity: 'error',
    file: PAPER_FILE,
    row: null,
    column: issue.path.join('.'),
    value: null,
    message: issue.message,
  }));
}
