import { describe, expect, it } from 'vitest';
import { groupIssues, reportRows } from './group-issues';
import type { ValidationIssue } from './validation-issue';

const issue = (row: number, message: string, severity: ValidationIssue['severity'] = 'error') => ({
  severity,
  file: 'organisations.csv',
  row,
  rowId: `o${row}`,
  rowName: `Org ${row}`,
  column: 'lat',
  value: 'n/a',
  message,
});

describe('groupIssues', () => {
  it('makes one group of 3,000 rows with the same problem', () => {
    const many = Array.from({ length: 3000 }, (_, index) =>
      issue(index + 2, 'latitude is not a number'),
    );
    const groups = groupIssues(many);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.issues).toHaveLength(3000);
    expect(groups[0]?.issues[0]?.row).toBe(2);
  });

  it.each([
    {
      name: 'different messages stay apart, errors first',
      issues: [
        issue(2, 'a warning', 'warning'),
        issue(3, 'latitude is not a number'),
        issue(4, 'role is required'),
      ],
      groups: [
        'error:latitude is not a number:1',
        'error:role is required:1',
        'warning:a warning:1',
      ],
    },
    {
      name: 'the same message in another column is another group',
      issues: [issue(2, 'is required'), { ...issue(3, 'is required'), column: 'lon' }],
      groups: ['error:is required:1', 'error:is required:1'],
    },
  ])('$name', ({ issues, groups }) => {
    expect(
      groupIssues(issues).map(
        (group) => `${group.severity}:${group.message}:${group.issues.length}`,
      ),
    ).toEqual(groups);
  });
});

describe('reportRows', () => {
  it('names the file, row, id, name, column, value and problem', () => {
    expect(reportRows([issue(4, 'latitude is not a number')])).toEqual([
      {
        severity: 'error',
        file: 'organisations.csv',
        row: 4,
        id: 'o4',
        name: 'Org 4',
        column: 'lat',
        value: 'n/a',
        problem: 'latitude is not a number',
      },
    ]);
  });
});
