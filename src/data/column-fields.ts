/**
 * The fields a person can match their columns to, with no parser in sight: the column step's
 * form loads with the page, the parsing (papaparse) only when files are opened.
 */
/** A field the atlas reads from a file, and how much it needs it. */
export interface MappedField {
  field: string;
  label: string;
  /** Required, required unless its partner field is there ("name or id"), or optional. */
  need: 'required' | 'one-of' | 'optional';
  /** Words that, inside a heading, suggest this field (a guess, confirmed by the person). */
  hints: readonly string[];
}

export type FileRole = 'organisations' | 'pairings';

/** Both files may carry their rows' sources. */
const SOURCES_FIELD: MappedField = {
  field: 'sources',
  label: 'Sources (web addresses)',
  need: 'optional',
  hints: ['source', 'url', 'link'],
};

export const MAPPED_FIELDS: Record<FileRole, readonly MappedField[]> = {
  organisations: [
    {
      field: 'name',
      label: 'Name',
      need: 'one-of',
      hints: ['name', 'trust', 'organisation', 'provider'],
    },
    {
      field: 'id',
      label: 'Id (short code used by the pairings)',
      need: 'one-of',
      hints: ['id', 'code'],
    },
    {
      field: 'role',
      label: 'Role (Exemplar or Fast Follower)',
      need: 'required',
      hints: ['role', 'type'],
    },
    { field: 'lat', label: 'Latitude (decimal degrees)', need: 'required', hints: ['lat'] },
    {
      field: 'lon',
      label: 'Longitude (decimal degrees)',
      need: 'required',
      hints: ['lon', 'lng', 'long'],
    },
    {
      field: 'core_vendor',
      label: 'EPR vendor',
      need: 'optional',
      hints: ['vendor', 'supplier', 'epr'],
    },
    {
      field: 'sector',
      label: 'Sector (acute, mental health, ambulance)',
      need: 'optional',
      hints: ['sector'],
    },
    { field: 'ods_code', label: 'ODS code', need: 'optional', hints: ['ods'] },
    { field: 'site_name', label: 'Main site', need: 'optional', hints: ['site', 'hospital'] },
    SOURCES_FIELD,
  ],
  pairings: [
    {
      field: 'gde_id',
      label: 'Exemplar (id or name)',
      need: 'required',
      hints: ['exemplar', 'gde', 'lead', 'mentor'],
    },
    {
      field: 'ff_id',
      label: 'Fast follower (id or name)',
      need: 'required',
      hints: ['follower', 'ff', 'mentee', 'partner'],
    },
    {
      field: 'status',
      label: 'Status (Active, Merged, Dropped, Proposed)',
      need: 'optional',
      hints: ['status'],
    },
    {
      field: 'announced',
      label: 'Announced (YYYY-MM)',
      need: 'optional',
      hints: ['announced', 'date', 'start'],
    },
    SOURCES_FIELD,
  ],
};

/** Field → the file's heading that holds it ('' when the file has none). */
export type ColumnChoice = Record<string, string>;

export interface FilePreview {
  role: FileRole;
  fileName: string;
  headings: string[];
  /** The first rows, by heading, to show next to each choice. */
  rows: Record<string, string>[];
  /** What the headings say by their names (known names and aliases) alone. */
  known: ColumnChoice;
  /** The known names plus guesses from words in the headings: the form's starting point. */
  guessed: ColumnChoice;
}

/** The fields a choice still lacks, by label; empty when the map can be drawn. */
export function missingFields(role: FileRole, choice: ColumnChoice): string[] {
  const fields = MAPPED_FIELDS[role];
  const has = (field: string) => (choice[field] ?? '') !== '';
  const oneOf = fields.filter(({ need }) => need === 'one-of');
  return [
    ...(oneOf.length > 0 && !oneOf.some(({ field }) => has(field))
      ? [oneOf.map(({ label }) => label.replace(/ \(.*\)$/, '')).join(' or ')]
      : []),
    ...fields
      .filter(({ need, field }) => need === 'required' && !has(field))
      .map(({ label }) => label),
  ];
}

/**
 * Heading → field for a parser: the chosen headings take their fields, and any other heading that
 * would also read as one of those fields is set aside, so a choice is never overridden.
 */
export function headingMap(choice: ColumnChoice): Record<string, string> {
  const map: Record<string, string> = {};
  for (const [field, heading] of Object.entries(choice)) if (heading !== '') map[heading] = field;
  return map;
}
