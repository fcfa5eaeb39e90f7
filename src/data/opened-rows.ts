import {
  APPROACHES,
  FLOW_DIRECTIONS,
  type Approach,
  type Confidence,
  type FlowDirection,
  type Organisation,
  type Pairing,
  type TriState,
} from '../domain/model';
import { fromDecimalComma, fromDegreesMinutesSeconds, type FixKind } from './coordinate-fixes';
import {
  normaliseWords,
  roleFromWords,
  sectorFromWords,
  statusFromWords,
  triStateFromWords,
} from './everyday-values';
import { confidenceLevelOf, DMS_PATTERN, isWebUrl, splitList } from './field-schemas';
import type { RawRow } from './parse-csv';

/** A problem with one cell: an error leaves the row out, a note keeps it with the value unknown. */
export interface CellProblem {
  column: string;
  value: string;
  message: string;
  /** The unambiguous correction that would mend it, offered as "Fix these rows". */
  fix?: FixKind;
}

export interface RowReading<T> {
  value: T | null;
  errors: CellProblem[];
  notes: CellProblem[];
}

const DECIMAL = /^[-+]?\d+(\.\d+)?$/;

const cell = (raw: RawRow, column: string) => (raw[column] ?? '').trim();

/** An id from a name, for files that give names only: "St Mary's Trust" → "st-mary-s-trust". */
function idFromName(name: string): string {
  return normaliseWords(name)
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function degrees(
  raw: RawRow,
  column: 'lat' | 'lon',
  errors: CellProblem[],
  notes: CellProblem[],
  fixes: ReadonlySet<FixKind>,
): number | null {
  const value = cell(raw, column);
  const label = column === 'lat' ? 'latitude' : 'longitude';
  if (value === '') {
    errors.push({ column, value, message: `${label} is required but empty` });
    return null;
  }
  const fixable = (
    fix: FixKind,
    read: number | null,
    problem: string,
  ): number | null | undefined => {
    if (read === null) return undefined;
    if (fixes.has(fix)) {
      notes.push({ column, value, message: `${label} ${problem}: read as ${read} (fixed)` });
      return read;
    }
    errors.push({ column, value, message: `${label} ${problem}; write decimal degrees`, fix });
    return null;
  };
  if (DMS_PATTERN.test(value)) {
    const fixed = fixable(
      'degrees-minutes-seconds',
      fromDegreesMinutesSeconds(value),
      'is in degrees, minutes and seconds',
    );
    if (fixed !== undefined) return fixed;
    errors.push({
      column,
      value,
      message: `${label} looks like degrees, minutes and seconds; write decimal degrees (e.g. 53.4084)`,
    });
    return null;
  }
  if (/^[-+]?\d+,\d+$/.test(value)) {
    const fixed = fixable('decimal-comma', fromDecimalComma(value), 'uses a decimal comma');
    if (fixed !== undefined) return fixed;
  }
  if (!DECIMAL.test(value)) {
    errors.push({ column, value, message: `${label} is not a number` });
    return null;
  }
  return Number(value);
}

/** Coordinates anywhere on Earth, with a hint when the two look swapped. */
function position(
  raw: RawRow,
  errors: CellProblem[],
  notes: CellProblem[],
  fixes: ReadonlySet<FixKind>,
): { lat: number; lon: number } | null {
  const lat = degrees(raw, 'lat', errors, notes, fixes);
  const lon = degrees(raw, 'lon', errors, notes, fixes);
  if (lat === null || lon === null) return null;
  if (Math.abs(lat) > 90) {
    errors.push({
      column: 'lat',
      value: String(lat),
      message:
        Math.abs(lon) <= 90
          ? 'latitude must be between −90 and 90; latitude and longitude may be swapped'
          : 'latitude must be between −90 and 90',
    });
    return null;
  }
  if (Math.abs(lon) > 180) {
    errors.push({
      column: 'lon',
      value: String(lon),
      message: 'longitude must be between −180 and 180',
    });
    return null;
  }
  return { lat, lon };
}

function optional(raw: RawRow, column: string): string | null {
  const value = cell(raw, column);
  return value === '' ? null : value;
}

function month(raw: RawRow, column: string, notes: CellProblem[]): string | null {
  const value = cell(raw, column);
  if (value === '') return null;
  const match = /^(\d{4})-(0[1-9]|1[0-2])(-\d{2})?$/.exec(value);
  if (match !== null) return `${match[1]}-${match[2]}`;
  notes.push({ column, value, message: 'is not a month written YYYY-MM; read as unknown' });
  return null;
}

function fromWords<T>(
  raw: RawRow,
  column: string,
  read: (value: string) => T | null,
  unknown: T,
  expected: string,
  notes: CellProblem[],
): T {
  const value = cell(raw, column);
  if (value === '') return unknown;
  const known = read(value);
  if (known !== null) return known;
  notes.push({ column, value, message: `is not one of ${expected}; read as unknown` });
  return unknown;
}

function oneOfValues<T extends string>(
  raw: RawRow,
  column: string,
  values: readonly T[],
  unknown: T,
  notes: CellProblem[],
): T {
  return fromWords(
    raw,
    column,
    (value) =>
      values.find((candidate) => candidate === normaliseWords(value).replace(/ /g, '_')) ?? null,
    unknown,
    values.join(', '),
    notes,
  );
}

function sourcesOf(raw: RawRow, notes: CellProblem[]): string[] {
  const list = splitList(cell(raw, 'sources'));
  const web = list.filter(isWebUrl);
  if (web.length < list.length)
    notes.push({
      column: 'sources',
      value: cell(raw, 'sources'),
      message: 'only http(s) addresses are kept as sources',
    });
  return web;
}

function confidenceOf(raw: RawRow): Confidence {
  const text = cell(raw, 'confidence');
  const level = confidenceLevelOf(text);
  return level === undefined ? { level: 'unknown', text } : { level, text };
}

/**
 * One organisation row of opened data: only a name or an id, a role and a location are needed;
 * everything else may be absent and reads as unknown (DESIGN §5, "two levels of checking").
 */
export function readOpenedOrganisation(
  raw: RawRow,
  fixes: ReadonlySet<FixKind> = new Set(),
): RowReading<Organisation> {
  const errors: CellProblem[] = [];
  const notes: CellProblem[] = [];
  const givenId = cell(raw, 'id');
  const givenName = cell(raw, 'name');
  if (givenId === '' && givenName === '')
    errors.push({ column: 'name', value: '', message: 'has neither a name nor an id' });
  const id = givenId !== '' ? givenId : idFromName(givenName);
  const roleText = cell(raw, 'role');
  const role = roleFromWords(roleText);
  if (role === null)
    errors.push({
      column: 'role',
      value: roleText,
      message:
        roleText === ''
          ? 'role is required but empty (Exemplar or Fast Follower)'
          : 'role must say Exemplar (GDE) or Fast Follower (FF)',
    });
  const at = position(raw, errors, notes, fixes);
  const sector = fromWords(
    raw,
    'sector',
    sectorFromWords,
    'unknown' as const,
    'acute, mental health, ambulance',
    notes,
  );
  const approach: Approach = oneOfValues(raw, 'approach', APPROACHES, 'unknown', notes);
  const announced = month(raw, 'announced', notes);
  if (errors.length > 0 || role === null || at === null) return { value: null, errors, notes };
  return {
    value: {
      id,
      name: givenName !== '' ? givenName : givenId,
      successor: optional(raw, 'successor'),
      odsCode: cell(raw, 'ods_code'),
      sector,
      specialty: optional(raw, 'specialty'),
      role,
      announced,
      nhsRegion: cell(raw, 'nhs_region'),
      stp: optional(raw, 'stp'),
      icb2022: optional(raw, 'icb_2022'),
      siteName: cell(raw, 'site_name'),
      lat: at.lat,
      lon: at.lon,
      coreVendor: cell(raw, 'core_vendor') === '' ? 'unknown' : cell(raw, 'core_vendor'),
      coreProduct: optional(raw, 'core_product'),
      approach,
      mergerWith: splitList(cell(raw, 'merger_with')),
      mergerDate: splitList(cell(raw, 'merger_date')),
      sources: sourcesOf(raw, notes),
      confidence: confidenceOf(raw),
    },
    errors,
    notes,
  };
}

/** A pairing row of opened data before its two sides are matched to organisations. */
export interface OpenedPairing {
  /** As written: an id or a name, matched later. */
  gde: string;
  ff: string;
  /** Null when not given: the exemplar's sector is used. */
  sector: Pairing['sector'] | null;
  /** Everything else the pairing says, as the atlas holds it. */
  details: Omit<Pairing, 'id' | 'gdeId' | 'ffId' | 'sector'>;
}

export function readOpenedPairing(raw: RawRow): RowReading<OpenedPairing> {
  const errors: CellProblem[] = [];
  const notes: CellProblem[] = [];
  const gde = cell(raw, 'gde_id');
  const ff = cell(raw, 'ff_id');
  if (gde === '')
    errors.push({
      column: 'gde_id',
      value: '',
      message: 'names no exemplar (GDE): give its id or name',
    });
  if (ff === '')
    errors.push({
      column: 'ff_id',
      value: '',
      message: 'names no fast follower (FF): give its id or name',
    });
  const tri = (column: string): TriState =>
    fromWords(raw, column, triStateFromWords, 'unknown' as const, 'yes, no', notes);
  const sectorText = cell(raw, 'sector');
  const sector = sectorText === '' ? null : sectorFromWords(sectorText);
  if (sectorText !== '' && sector === null)
    notes.push({
      column: 'sector',
      value: sectorText,
      message: "is not a sector the atlas knows; the exemplar's is used",
    });
  const status = fromWords(
    raw,
    'status',
    statusFromWords,
    'unknown' as const,
    'Active, Merged, Dropped, Proposed',
    notes,
  );
  const flowDirection: FlowDirection = oneOfValues(
    raw,
    'flow_direction',
    FLOW_DIRECTIONS,
    'unknown',
    notes,
  );
  const announced = month(raw, 'announced', notes);
  if (errors.length > 0) return { value: null, errors, notes };
  return {
    value: {
      gde,
      ff,
      sector,
      details: {
        announced,
        status,
        sameCoreSystem: tri('same_core_system'),
        sameStp: tri('same_stp'),
        priorRelationship: tri('prior_relationship'),
        priorRelationshipEvidence: optional(raw, 'prior_relationship_evidence'),
        mergedWithPartner: tri('merged_with_partner'),
        flowDirection,
        sources: sourcesOf(raw, notes),
        confidence: confidenceOf(raw),
      },
    },
    errors,
    notes,
  };
}
