import { farFromOthers } from '../domain/geo/far-sites';
import { pairingId, type Organisation, type Pairing } from '../domain/model';
import { ORGANISATION_ALIASES, PAIRING_ALIASES } from './column-aliases';
import type { FixKind } from './coordinate-fixes';
import { ORGANISATIONS_FILE, PAIRINGS_FILE } from './data-files';
import { normaliseWords } from './everyday-values';
import { readOpenedOrganisation, readOpenedPairing, type CellProblem } from './opened-rows';
import { parseCsv, type ParsedCsv, type RawRow } from './parse-csv';
import type { Dataset } from './validate-dataset';
import type { ValidationIssue } from './validation-issue';

export interface OpenedFileNames {
  organisations: string;
  pairings: string;
}

export const DEFAULT_FILE_NAMES: OpenedFileNames = {
  organisations: ORGANISATIONS_FILE,
  pairings: PAIRINGS_FILE,
};

/** Names compared as people mean them: case, spacing and punctuation aside. */
const nameKey = (name: string) =>
  normaliseWords(name)
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .replace(/ +/g, ' ')
    .trim();

interface LeftOut {
  row: number;
  id: string;
  name: string;
  reason: string;
}

/** Organisations read from a file, with what the pairings need to find them (or why not). */
export interface OpenedOrganisations {
  file: string;
  organisations: Organisation[];
  rows: Map<string, number>;
  leftOut: LeftOut[];
  invalid: number;
  issues: ValidationIssue[];
}

const rawId = (raw: RawRow) => (raw.id ?? '').trim();
const rawName = (raw: RawRow) => (raw.name ?? '').trim();
const whoOf = (raw: RawRow) => ({ rowId: rawId(raw) || null, rowName: rawName(raw) || null });

/** A cell's problem as an issue, naming the row by number and by who it is. */
function problemIssue(
  severity: ValidationIssue['severity'],
  file: string,
  row: number,
  who: Pick<ValidationIssue, 'rowId' | 'rowName'>,
  problem: CellProblem,
): ValidationIssue {
  return {
    severity,
    file,
    row,
    ...who,
    column: problem.column,
    value: problem.value === '' ? null : problem.value,
    message: problem.message,
    ...(problem.fix === undefined ? {} : { fix: problem.fix }),
  };
}

function missingColumns(
  parsed: ParsedCsv,
  file: string,
  needs: { columns: string[]; label: string }[],
): ValidationIssue[] {
  const present = new Set(parsed.headers);
  return needs
    .filter(({ columns }) => !columns.some((column) => present.has(column)))
    .map(({ columns, label }) => ({
      severity: 'error' as const,
      file,
      row: 1,
      column: columns[0] ?? null,
      value: null,
      message: `no column gives ${label} (the headings are: ${parsed.headers.join(', ') || 'none'}); name one ${columns.map((column) => `"${column}"`).join(' or ')}`,
    }));
}

/** One warning per column that many rows leave empty, instead of one per row. */
function emptyColumnSummary(
  file: string,
  count: number,
  noun: string,
  column: string,
  effect: string,
): ValidationIssue[] {
  if (count === 0) return [];
  return [
    {
      severity: 'warning',
      file,
      row: null,
      column,
      value: null,
      message: `${count} ${noun}${count === 1 ? ' has' : 's have'} no ${column.replace(/_/g, ' ')}: ${effect}`,
    },
  ];
}

/**
 * Opened organisations: forgiving where a person would expect it (DESIGN §5), strict only where
 * the map needs it. Every message names the row by number, id and name.
 */
export function readOpenedOrganisations(
  text: string,
  file: string = ORGANISATIONS_FILE,
  chosen: Readonly<Record<string, string>> = {},
  fixes: ReadonlySet<FixKind> = new Set(),
): OpenedOrganisations {
  const parsed = parseCsv(file, text, ORGANISATION_ALIASES, chosen);
  const issues: ValidationIssue[] = [
    ...parsed.issues,
    ...missingColumns(parsed, file, [
      { columns: ['name', 'id'], label: "the organisation's name or id" },
      { columns: ['role'], label: 'the role (Exemplar or Fast Follower)' },
      { columns: ['lat'], label: 'the latitude' },
      { columns: ['lon'], label: 'the longitude' },
    ]),
  ];
  const result: OpenedOrganisations = {
    file,
    organisations: [],
    rows: new Map(),
    leftOut: [],
    invalid: 0,
    issues,
  };
  if (issues.some((issue) => issue.severity === 'error' && issue.row === 1)) {
    result.invalid = parsed.rows.length;
    return result;
  }
  const usedIds = new Map<string, number>();
  const rowsOf: number[] = [];
  for (const { row, values } of parsed.rows) {
    const reading = readOpenedOrganisation(values, fixes);
    for (const note of reading.notes)
      issues.push(problemIssue('warning', file, row, whoOf(values), note));
    if (reading.value === null) {
      for (const error of reading.errors)
        issues.push(problemIssue('error', file, row, whoOf(values), error));
      result.invalid += 1;
      result.leftOut.push({
        row,
        id: rawId(values),
        name: rawName(values),
        reason: reading.errors[0]?.message ?? 'it could not be read',
      });
      continue;
    }
    const organisation = reading.value;
    const earlier = usedIds.get(organisation.id);
    if (earlier !== undefined) {
      const derived = rawId(values) === '';
      issues.push(
        problemIssue('error', file, row, whoOf(values), {
          column: derived ? 'name' : 'id',
          value: derived ? organisation.name : organisation.id,
          message: derived
            ? `has the same name as row ${earlier} and no id to tell them apart; give each an id`
            : `this id is already used by row ${earlier}; ids must be unique`,
        }),
      );
      result.invalid += 1;
      result.leftOut.push({
        row,
        id: organisation.id,
        name: organisation.name,
        reason: `its id is already used by row ${earlier}`,
      });
      continue;
    }
    usedIds.set(organisation.id, row);
    result.rows.set(organisation.id, row);
    result.organisations.push(organisation);
    rowsOf.push(row);
  }

  const kept = result.organisations;
  for (const { index, nearestKm } of farFromOthers(kept)) {
    const organisation = kept[index];
    const row = rowsOf[index];
    if (organisation === undefined || row === undefined) continue;
    const swapped = { lat: organisation.lon, lon: organisation.lat };
    const swappedFits =
      Math.abs(swapped.lat) <= 90 &&
      farFromOthers(kept.map((other, at) => (at === index ? swapped : other))).every(
        (far) => far.index !== index,
      );
    const written = `${organisation.lat}, ${organisation.lon}`;
    const at = {
      severity: 'warning' as const,
      file,
      row,
      rowId: organisation.id,
      rowName: organisation.name,
      column: 'lat',
      value: written,
    };
    if (swappedFits && fixes.has('swapped')) {
      kept[index] = { ...organisation, ...swapped };
      issues.push({
        ...at,
        message: `latitude and longitude were swapped: read as ${swapped.lat}, ${swapped.lon} (fixed)`,
      });
    } else if (swappedFits) {
      issues.push({
        ...at,
        message:
          'latitude and longitude look swapped: read the other way round, the site sits among the others (the row is kept as written)',
        fix: 'swapped',
      });
    } else {
      issues.push({
        ...at,
        message: `${Math.round(nearestKm).toLocaleString('en-GB')} km from every other site: latitude and longitude may be wrong (the row is kept)`,
      });
    }
  }
  const noun = 'organisation';
  issues.push(
    ...emptyColumnSummary(
      file,
      kept.filter(({ coreVendor }) => coreVendor === 'unknown').length,
      noun,
      'core_vendor',
      'shown in the colour for an unknown vendor',
    ),
    ...emptyColumnSummary(
      file,
      kept.filter(({ sector }) => sector === 'unknown').length,
      noun,
      'sector',
      'drawn as a diamond, "sector not given"',
    ),
    ...emptyColumnSummary(
      file,
      kept.filter(({ sources }) => sources.length === 0).length,
      noun,
      'sources',
      'the cards say no sources were given',
    ),
  );
  return result;
}

type Side = 'gde_id' | 'ff_id';

/** Words too common in organisation names to suggest a match on. */
const COMMON_WORDS = new Set([
  'nhs',
  'trust',
  'foundation',
  'the',
  'and',
  'of',
  'hospital',
  'hospitals',
  'university',
  'teaching',
  'care',
  'health',
  'healthcare',
  'services',
]);

/** Finds the organisation a pairing names, by id first, then by name. */
function makeFinder(opened: OpenedOrganisations) {
  const byId = new Map(opened.organisations.map((organisation) => [organisation.id, organisation]));
  const byName = new Map<string, Organisation[]>();
  for (const organisation of opened.organisations) {
    const key = nameKey(organisation.name);
    byName.set(key, [...(byName.get(key) ?? []), organisation]);
  }
  const leftOutByKey = new Map<string, LeftOut>();
  for (const entry of opened.leftOut) {
    if (entry.id !== '') leftOutByKey.set(`id:${entry.id}`, entry);
    if (entry.name !== '') leftOutByKey.set(`name:${nameKey(entry.name)}`, entry);
  }
  const rowOf = (organisation: Organisation) => opened.rows.get(organisation.id);

  return (written: string): { found: Organisation } | { problem: string } => {
    const exact = byId.get(written);
    if (exact !== undefined) return { found: exact };
    const matches = byName.get(nameKey(written)) ?? [];
    const [only] = matches;
    if (matches.length === 1 && only !== undefined) return { found: only };
    if (matches.length > 1)
      return {
        problem: `matches ${matches.length} organisations by name: ${matches
          .map((organisation) => `${organisation.id} (row ${rowOf(organisation)})`)
          .join(', ')}; use the id to say which`,
      };
    const leftOut =
      leftOutByKey.get(`id:${written}`) ?? leftOutByKey.get(`name:${nameKey(written)}`);
    if (leftOut !== undefined) {
      const who = [leftOut.id, leftOut.name].filter((part) => part !== '').join(', ');
      return {
        problem: `refers to ${who}, left out at row ${leftOut.row} of ${opened.file}: ${leftOut.reason}`,
      };
    }
    const words = nameKey(written)
      .split(' ')
      .filter((word) => word.length > 2 && !COMMON_WORDS.has(word));
    const near = [
      ...new Set(
        opened.organisations
          .filter((organisation) =>
            words.some((word) => nameKey(organisation.name).split(' ').includes(word)),
          )
          .map((organisation) => organisation.name),
      ),
    ].slice(0, 3);
    return {
      problem: `no organisation in ${opened.file} has this id or name${near.length > 0 ? `; did you mean ${near.join(' or ')}?` : ''}`,
    };
  };
}

/** Opened pairings, matched to the opened organisations by id or by name. */
export function assembleOpenedDataset(
  opened: OpenedOrganisations,
  pairingsText: string,
  file: string = PAIRINGS_FILE,
  chosen: Readonly<Record<string, string>> = {},
): Dataset {
  const parsed = parseCsv(file, pairingsText, PAIRING_ALIASES, chosen);
  const issues: ValidationIssue[] = [
    ...opened.issues,
    ...parsed.issues,
    ...(pairingsText.trim() === ''
      ? []
      : missingColumns(parsed, file, [
          { columns: ['gde_id'], label: 'the exemplar (GDE)' },
          { columns: ['ff_id'], label: 'the fast follower (FF)' },
        ])),
  ];
  const pairings: Pairing[] = [];
  const seen = new Map<string, number>();
  let invalid = 0;
  // "Proposed" also reads as the unconfirmed status: only empty cells count as not given.
  let noStatus = 0;
  const headerBroken = issues.some(
    (issue) => issue.file === file && issue.severity === 'error' && issue.row === 1,
  );
  const find = makeFinder(opened);
  for (const { row, values } of headerBroken ? [] : parsed.rows) {
    const reading = readOpenedPairing(values);
    const who = {
      rowId: reading.value === null ? null : `${reading.value.gde} – ${reading.value.ff}`,
      rowName: null,
    };
    const at = (severity: ValidationIssue['severity'], problem: CellProblem) =>
      problemIssue(severity, file, row, who, problem);
    issues.push(...reading.notes.map((note) => at('warning', note)));
    if (reading.value === null) {
      issues.push(...reading.errors.map((error) => at('error', error)));
      invalid += 1;
      continue;
    }
    const value = reading.value;
    const sides: [Side, string][] = [
      ['gde_id', value.gde],
      ['ff_id', value.ff],
    ];
    const found = sides.map(([column, written]) => ({ column, written, ...find(written) }));
    const problems = found.flatMap((side) =>
      'problem' in side
        ? [{ column: side.column, value: side.written, message: side.problem }]
        : [],
    );
    let [gde, ff] = found.map((side) => ('found' in side ? side.found : null));
    if (problems.length === 0 && gde && ff && gde.role === 'FF' && ff.role === 'GDE') {
      issues.push(
        at('warning', {
          column: 'gde_id',
          value: value.gde,
          message: 'names a fast follower and ff_id an exemplar: read the other way round',
        }),
      );
      [gde, ff] = [ff, gde];
    } else if (problems.length === 0 && gde && ff && gde.role === ff.role) {
      problems.push({
        column: 'ff_id',
        value: value.ff,
        message: `both sides are ${gde.role === 'GDE' ? 'exemplars (GDE)' : 'fast followers (FF)'}; a pairing joins an exemplar to a fast follower`,
      });
    }
    if (problems.length > 0 || !gde || !ff) {
      issues.push(...problems.map((problem) => at('error', problem)));
      invalid += 1;
      continue;
    }
    const id = pairingId(gde.id, ff.id);
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      issues.push(
        at('error', {
          column: 'ff_id',
          value: value.ff,
          message: `this pairing is already listed on row ${earlier}`,
        }),
      );
      invalid += 1;
      continue;
    }
    seen.set(id, row);
    if ((values.status ?? '').trim() === '') noStatus += 1;
    pairings.push({
      ...value.details,
      id,
      gdeId: gde.id,
      ffId: ff.id,
      sector: value.sector ?? gde.sector,
    });
  }
  issues.push(
    ...emptyColumnSummary(
      file,
      noStatus,
      'pairing',
      'status',
      'drawn dotted, as proposed or unconfirmed',
    ),
  );
  return {
    organisations: opened.organisations,
    pairings,
    issues,
    organisationRows: opened.rows,
    counts: {
      organisations: { valid: opened.organisations.length, invalid: opened.invalid },
      pairings: { valid: pairings.length, invalid },
    },
  };
}

export function validateOpenedDataset(
  organisationsText: string,
  pairingsText: string,
  names: OpenedFileNames = DEFAULT_FILE_NAMES,
  chosen: { organisations?: Record<string, string>; pairings?: Record<string, string> } = {},
  fixes: ReadonlySet<FixKind> = new Set(),
): Dataset {
  return assembleOpenedDataset(
    readOpenedOrganisations(organisationsText, names.organisations, chosen.organisations, fixes),
    pairingsText,
    names.pairings,
    chosen.pairings,
  );
}
