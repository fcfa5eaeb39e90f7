import type { z } from 'zod';
import type { ParsedCsv, RawRow } from './parse-csv';
import type { ValidationIssue } from './validation-issue';

export interface RowResult<T> {
  valid: { row: number; value: T }[];
  invalidRows: number[];
  issues: ValidationIssue[];
}

interface RowSpec<T> {
  file: string;
  schema: z.ZodType<T, RawRow>;
  columns: readonly string[];
  requiredColumns: readonly string[];
}

/** Validates every row on its own, so one bad cell costs one row, never the file. */
export function validateRows<T>(parsed: ParsedCsv, spec: RowSpec<T>): RowResult<T> {
  const present = new Set(parsed.headers);
  const missing = spec.requiredColumns.filter((column) => !present.has(column));
  const issues: ValidationIssue[] = [...parsed.issues];
  for (const column of missing) {
    issues.push({
      severity: 'error',
      file: spec.file,
      row: 1,
      column,
      value: null,
      message: `the header has no "${column}" column, which is required`,
    });
  }
  const known = new Set(spec.columns);
  for (const column of parsed.headers.filter((header) => !known.has(header))) {
    issues.push({
      severity: 'warning',
      file: spec.file,
      row: 1,
      column,
      value: null,
      message: 'this column is not part of the format and is ignored',
    });
  }
  const missingSet = new Set<string>(missing);

  const valid: RowResult<T>['valid'] = [];
  const invalidRows: number[] = [];
  for (const { row, values } of parsed.rows) {
    const complete: RawRow = {};
    for (const column of spec.columns) complete[column] = values[column] ?? '';
    const result = spec.schema.safeParse(complete);
    if (result.success) {
      valid.push({ row, value: result.data });
      continue;
    }
    invalidRows.push(row);
    for (const problem of result.error.issues) {
      const column = typeof problem.path[0] === 'string' ? problem.path[0] : null;
      if (column !== null && missingSet.has(column)) continue;
      issues.push({
        severity: 'error',
        file: spec.file,
        row,
        column,
        value: column === null ? null : (complete[column] ?? null),
        message: problem.message,
      });
    }
  }
  return { valid, invalidRows, issues };
}
