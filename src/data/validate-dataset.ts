import type { Organisation, Pairing } from '../domain/model';
import { ORGANISATION_ALIASES, PAIRING_ALIASES } from './column-aliases';
import { ORGANISATIONS_FILE, PAIRINGS_FILE } from './data-files';
import {
  ORGANISATION_COLUMNS,
  ORGANISATION_REQUIRED_COLUMNS,
  organisationRowSchema,
} from './organisation-schema';
import { PAIRING_COLUMNS, PAIRING_REQUIRED_COLUMNS, pairingRowSchema } from './pairing-schema';
import { parseCsv } from './parse-csv';
import { validateRows } from './validate-rows';
import type { ValidationIssue } from './validation-issue';

export interface Dataset {
  organisations: Organisation[];
  pairings: Pairing[];
  issues: ValidationIssue[];
  /** Row number of each organisation, so later checks can point at the right line. */
  organisationRows: Map<string, number>;
  counts: {
    organisations: { valid: number; invalid: number };
    pairings: { valid: number; invalid: number };
  };
}

export function validateOrganisationsCsv(text: string) {
  return validateRows(parseCsv(ORGANISATIONS_FILE, text, ORGANISATION_ALIASES), {
    file: ORGANISATIONS_FILE,
    schema: organisationRowSchema,
    columns: ORGANISATION_COLUMNS,
    requiredColumns: ORGANISATION_REQUIRED_COLUMNS,
  });
}

export function validatePairingsCsv(text: string) {
  return validateRows(parseCsv(PAIRINGS_FILE, text, PAIRING_ALIASES), {
    file: PAIRINGS_FILE,
    schema: pairingRowSchema,
    columns: PAIRING_COLUMNS,
    requiredColumns: PAIRING_REQUIRED_COLUMNS,
  });
}

type RowsOf<T> = ReturnType<typeof validateRows<T>>;

/** Checks that need both files: unique ids, and pairings that join a real GDE to a real FF. */
export function assembleDataset(
  organisationRows: RowsOf<Organisation>,
  pairingRows: RowsOf<Pairing>,
): Dataset {
  const issues: ValidationIssue[] = [...organisationRows.issues, ...pairingRows.issues];
  const byId = new Map<string, Organisation>();
  const organisationRowNumbers = new Map<string, number>();
  const odsSeen = new Map<string, number>();
  let invalidOrganisations = organisationRows.invalidRows.length;

  for (const { row, value } of organisationRows.valid) {
    if (byId.has(value.id)) {
      invalidOrganisations += 1;
      issues.push({
        severity: 'error',
        file: ORGANISATIONS_FILE,
        row,
        column: 'id',
        value: value.id,
        message: 'this id is already used by an earlier row; ids must be unique',
      });
      continue;
    }
    byId.set(value.id, value);
    organisationRowNumbers.set(value.id, row);
    const odsRow = odsSeen.get(value.odsCode);
    if (odsRow !== undefined) {
      issues.push({
        severity: 'warning',
        file: ORGANISATIONS_FILE,
        row,
        column: 'ods_code',
        value: value.odsCode,
        message: `the same ODS code is also on row ${odsRow}`,
      });
    } else {
      odsSeen.set(value.odsCode, row);
    }
  }

  for (const organisation of byId.values()) {
    for (const partner of organisation.mergerWith) {
      if (!partner.startsWith('ext:') && !byId.has(partner)) {
        issues.push({
          severity: 'warning',
          file: ORGANISATIONS_FILE,
          row: organisationRowNumbers.get(organisation.id) ?? null,
          column: 'merger_with',
          value: partner,
          message:
            'no organisation has this id; write organisations outside the file as ext:<name>',
        });
      }
    }
  }

  const pairings: Pairing[] = [];
  const pairingIds = new Set<string>();
  let invalidPairings = pairingRows.invalidRows.length;
  for (const { row, value } of pairingRows.valid) {
    const problems = pairingProblems(value, byId, pairingIds);
    if (problems.length > 0) {
      invalidPairings += 1;
      for (const [column, message] of problems) {
        issues.push({
          severity: 'error',
          file: PAIRINGS_FILE,
          row,
          column,
          value: column === 'gde_id' ? value.gdeId : value.ffId,
          message,
        });
      }
      continue;
    }
    pairingIds.add(value.id);
    pairings.push(value);
    const gde = byId.get(value.gdeId);
    if (gde !== undefined && gde.sector !== value.sector) {
      issues.push({
        severity: 'warning',
        file: PAIRINGS_FILE,
        row,
        column: 'sector',
        value: value.sector,
        message: `the exemplar's sector is ${gde.sector}`,
      });
    }
  }

  return {
    organisations: [...byId.values()],
    pairings,
    issues,
    organisationRows: organisationRowNumbers,
    counts: {
      organisations: { valid: byId.size, invalid: invalidOrganisations },
      pairings: { valid: pairings.length, invalid: invalidPairings },
    },
  };
}

function pairingProblems(
  pairing: Pairing,
  byId: Map<string, Organisation>,
  seen: Set<string>,
): ['gde_id' | 'ff_id', string][] {
  const problems: ['gde_id' | 'ff_id', string][] = [];
  const gde = byId.get(pairing.gdeId);
  const ff = byId.get(pairing.ffId);
  if (gde === undefined)
    problems.push(['gde_id', 'no organisation in organisations.csv has this id']);
  else if (gde.role !== 'GDE')
    problems.push(['gde_id', `this organisation's role is ${gde.role}, but gde_id needs a GDE`]);
  if (ff === undefined)
    problems.push(['ff_id', 'no organisation in organisations.csv has this id']);
  else if (ff.role !== 'FF')
    problems.push([
      'ff_id',
      gde?.role === 'GDE'
        ? 'this is a GDE–GDE pairing: ff_id names an exemplar, but a pairing joins a GDE to a fast follower (FF)'
        : `this organisation's role is ${ff.role}, but ff_id needs an FF`,
    ]);
  if (problems.length === 0 && seen.has(pairing.id))
    problems.push(['ff_id', 'this GDE–FF pairing is already listed on an earlier row']);
  return problems;
}

export function validateDataset(organisationsCsv: string, pairingsCsv: string): Dataset {
  return assembleDataset(
    validateOrganisationsCsv(organisationsCsv),
    validatePairingsCsv(pairingsCsv),
  );
}
