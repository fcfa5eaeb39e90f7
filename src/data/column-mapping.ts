import Papa from 'papaparse';
import {
  normaliseHeader,
  ORGANISATION_ALIASES,
  PAIRING_ALIASES,
  type ColumnAliases,
} from './column-aliases';
import {
  MAPPED_FIELDS,
  missingFields,
  type ColumnChoice,
  type FilePreview,
  type FileRole,
} from './column-fields';
import type { OwnData } from './own-data';

const ALIASES: Record<FileRole, ColumnAliases> = {
  organisations: ORGANISATION_ALIASES,
  pairings: PAIRING_ALIASES,
};

const PREVIEW_ROWS = 3;

function preview(role: FileRole, fileName: string, text: string): FilePreview {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    preview: PREVIEW_ROWS,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
  });
  const headings = (parsed.meta.fields ?? []).filter((heading) => heading.trim() !== '');
  const known: ColumnChoice = {};
  const guessed: ColumnChoice = {};
  const taken = new Set<string>();
  for (const { field } of MAPPED_FIELDS[role]) {
    const heading = headings.find(
      (candidate) => normaliseHeader(candidate, ALIASES[role]) === field,
    );
    if (heading !== undefined) {
      known[field] = heading;
      guessed[field] = heading;
      taken.add(heading);
    }
  }
  for (const { field, hints } of MAPPED_FIELDS[role]) {
    if (guessed[field] !== undefined) continue;
    const heading = headings.find(
      (candidate) =>
        !taken.has(candidate) &&
        hints.some((hint) => normaliseHeader(candidate, {}).split('_').includes(hint)),
    );
    guessed[field] = heading ?? '';
    if (heading !== undefined) taken.add(heading);
  }
  return { role, fileName, headings, rows: parsed.data, known, guessed };
}

/**
 * The files' headings and first rows, and whether their names alone say where each needed field
 * is. When they do, the files open at once; when not, the person confirms or corrects a guess.
 */
export function planColumns(data: Omit<OwnData, 'id'>): {
  previews: FilePreview[];
  needed: boolean;
} {
  const names = data.fileNames ?? { organisations: 'organisations.csv', pairings: 'pairings.csv' };
  const previews = [
    preview('organisations', names.organisations, data.organisations),
    ...(data.pairings.trim() === '' ? [] : [preview('pairings', names.pairings, data.pairings)]),
  ];
  return {
    previews,
    needed:
      data.confirmColumns === true ||
      previews.some((file) => missingFields(file.role, file.known).length > 0),
  };
}
