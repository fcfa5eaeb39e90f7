import {
  normaliseHeader,
  ORGANISATION_ALIASES,
  PAIRING_ALIASES,
  type ColumnAliases,
} from './column-aliases';
import type { FixKind } from './coordinate-fixes';
import { EVIDENCE_FILE, ORGANISATIONS_FILE, PAIRINGS_FILE, STORY_FILE } from './data-files';
import { ResourceError, fetchText } from './fetch-resource';

/** Files bigger than this are refused before they are read: 50,000 pairings take about 8 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** A dataset someone brought: the text of their files, kept only in this browser tab. */
export interface OwnData {
  /** Different for every dataset opened, so its checked form can be cached. */
  id: number;
  /** Where it came from, for people: file names or the address of a data= link. */
  label: string;
  organisations: string;
  pairings: string;
  /** Optional: without it the evidence charts say there is no evidence, not the paper's. */
  evidence: string | null;
  /** Optional: without it there is nothing to present. */
  story: string | null;
  /** The names of the organisations and pairings files, for the messages about them. */
  fileNames?: { organisations: string; pairings: string };
  /** Ask the person to confirm the columns even if the headings look right (sheets guessed). */
  confirmColumns?: boolean;
  /** Corrections the person accepted ("Fix these rows"); the originals stay in the report. */
  fixes?: FixKind[];
  /** Heading → field, where a person matched the files' columns to the atlas's fields. */
  columns?: { organisations?: Record<string, string>; pairings?: Record<string, string> };
}

/**
 * The files of a dataset, as the checks take them, and which rules apply: the full schema
 * (`strict`, the built-in data) or the forgiving rules for opened data (DESIGN §5).
 */
export type OwnFiles = Pick<
  OwnData,
  'organisations' | 'pairings' | 'evidence' | 'story' | 'fileNames' | 'columns' | 'fixes'
> & { rules?: 'strict' | 'opened' };

export type OwnDataResult = { data: Omit<OwnData, 'id'> } | { error: string };

type FileKind = 'organisations' | 'pairings' | 'evidence' | 'story';

function kindOf(name: string): FileKind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return lower.includes('story') ? 'story' : null;
  if (lower.includes('pairing')) return 'pairings';
  if (lower.includes('organisation') || lower.includes('organization')) return 'organisations';
  if (lower.includes('evidence')) return 'evidence';
  return null;
}

/** Organisations have a role or a position; pairings name an exemplar and a follower. */
function kindFromHeadings(text: string): 'organisations' | 'pairings' | null {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const headings = firstLine.split(/[,;\t]/).map((heading) => heading.replace(/"/g, ''));
  const as = (aliases: ColumnAliases) => new Set(headings.map((h) => normaliseHeader(h, aliases)));
  const pairing = as(PAIRING_ALIASES);
  if (pairing.has('gde_id') && pairing.has('ff_id')) return 'pairings';
  const organisation = as(ORGANISATION_ALIASES);
  if (organisation.has('lat') || organisation.has('role')) return 'organisations';
  return null;
}

/** FileReader rather than Blob.text(): the same in every browser and in the jsdom tests. */
function readFile(file: File, as: 'text'): Promise<string>;
function readFile(file: File, as: 'bytes'): Promise<ArrayBuffer>;
function readFile(file: File, as: 'text' | 'bytes'): Promise<string | ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    const failed = () => reject(new Error(`${file.name} could not be read.`));
    reader.onload = () => (reader.result === null ? failed() : resolve(reader.result));
    reader.onerror = failed;
    if (as === 'text') reader.readAsText(file);
    else reader.readAsArrayBuffer(file);
  });
}

const readText = (file: File) => readFile(file, 'text');

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Reads the files someone chose or dropped. They are told, by name, about anything that cannot
 * be used (too big, not recognised, missing); nothing is sent anywhere.
 */
const isWorkbook = (file: File) => /\.xls[xm]$/i.test(file.name);

/** An Excel workbook: its organisations and pairings sheets, read by a library loaded only now. */
async function readWorkbookFile(workbook: File, others: readonly File[]): Promise<OwnDataResult> {
  try {
    const { readWorkbook } = await import('./read-workbook');
    const tables = await readWorkbook(await readFile(workbook, 'bytes'));
    const story = others.find((file) => kindOf(file.name) === 'story');
    const evidence = others.find((file) => kindOf(file.name) === 'evidence');
    const sheetName = (sheet: string) => `${workbook.name} (sheet "${sheet}")`;
    return {
      data: {
        label: workbook.name,
        organisations: tables.organisations.text,
        pairings: tables.pairings?.text ?? '',
        evidence: evidence === undefined ? null : await readText(evidence),
        story: story === undefined ? null : await readText(story),
        fileNames: {
          organisations: sheetName(tables.organisations.sheet),
          pairings: tables.pairings === null ? PAIRINGS_FILE : sheetName(tables.pairings.sheet),
        },
        confirmColumns: tables.byPosition,
      },
    };
  } catch (error) {
    return {
      error: `${workbook.name} could not be read as an Excel workbook (${error instanceof Error ? error.message : String(error)}); save it as .xlsx, or export the sheets as CSV.`,
    };
  }
}

export async function readOwnFiles(files: readonly File[]): Promise<OwnDataResult> {
  const workbook = files.find(isWorkbook);
  if (workbook !== undefined && workbook.size <= MAX_FILE_BYTES)
    return readWorkbookFile(
      workbook,
      files.filter((file) => file !== workbook),
    );
  const byKind: Partial<Record<FileKind, File>> = {};
  const unnamed: File[] = [];
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES)
      return {
        error: `${file.name} is ${megabytes(file.size)}; files over ${megabytes(MAX_FILE_BYTES)} are not opened.`,
      };
    const kind = kindOf(file.name);
    if (kind === null) unnamed.push(file);
    else byKind[kind] = file;
  }
  // A spreadsheet export may be called anything ("trusts.csv"): its headings say what it holds.
  const ignored: string[] = [];
  for (const file of unnamed) {
    const kind = file.name.toLowerCase().endsWith('.csv')
      ? kindFromHeadings(await readText(file).catch(() => ''))
      : null;
    if (kind !== null && byKind[kind] === undefined) byKind[kind] = file;
    else ignored.push(file.name);
  }
  if (byKind.organisations === undefined) {
    const extra =
      ignored.length > 0
        ? ` (${ignored.join(', ')} ${ignored.length === 1 ? 'was' : 'were'} not recognised)`
        : '';
    return {
      error: `Choose an organisations file (named like ${ORGANISATIONS_FILE}, or with columns for the role and the latitude) and, usually, a pairings file (naming an exemplar and a fast follower on each row)${extra}.`,
    };
  }
  const optional = (file: File | undefined) =>
    file === undefined ? Promise.resolve(null) : readText(file);
  try {
    const [organisations, pairings, evidence, story] = await Promise.all([
      readText(byKind.organisations),
      optional(byKind.pairings),
      optional(byKind.evidence),
      optional(byKind.story),
    ]);
    const names = [byKind.organisations, byKind.pairings, byKind.evidence, byKind.story]
      .filter((file) => file !== undefined)
      .map((file) => file.name);
    return {
      data: {
        label: listInWords(names),
        organisations,
        pairings: pairings ?? '',
        evidence,
        story,
        fileNames: {
          organisations: byKind.organisations.name,
          pairings: byKind.pairings?.name ?? PAIRINGS_FILE,
        },
      },
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function listInWords(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The file addresses of a data= link: a folder, or the address of its organisations.csv. */
function dataFileUrls(
  link: string,
  base: string,
): { organisations: URL; pairings: URL; evidence: URL; story: URL } {
  const url = new URL(link, base);
  const folder = url.pathname.toLowerCase().endsWith('.csv')
    ? new URL('.', url)
    : new URL(url.pathname.endsWith('/') ? url.href : `${url.href}/`);
  return {
    organisations: new URL(ORGANISATIONS_FILE, folder),
    pairings: new URL(PAIRINGS_FILE, folder),
    evidence: new URL(EVIDENCE_FILE, folder),
    story: new URL(STORY_FILE, folder),
  };
}

/** A published folder may leave out the optional files: only "not found" means "not there". */
async function fetchOptional(url: URL, kind: 'CSV' | 'JSON'): Promise<string | null> {
  try {
    return await fetchText(url.href, kind);
  } catch (error) {
    if (error instanceof ResourceError && error.status === 404) return null;
    throw error;
  }
}

/** Loads a published dataset from a data= link; any failure is one plain sentence. */
export async function fetchOwnData(link: string, base: string): Promise<OwnDataResult> {
  let urls: ReturnType<typeof dataFileUrls>;
  try {
    urls = dataFileUrls(link, base);
  } catch {
    return { error: `"${link}" is not a web address.` };
  }
  if (urls.organisations.protocol !== 'https:' && urls.organisations.protocol !== 'http:')
    return { error: `"${link}" is not an http(s) address.` };
  try {
    const [organisations, pairings, evidence, story] = await Promise.all([
      fetchText(urls.organisations.href, 'CSV'),
      fetchText(urls.pairings.href, 'CSV'),
      fetchOptional(urls.evidence, 'CSV'),
      fetchOptional(urls.story, 'JSON'),
    ]);
    return {
      data: {
        label: urls.organisations.href.replace(/organisations\.csv$/, ''),
        organisations,
        pairings,
        evidence,
        story,
        fileNames: { organisations: ORGANISATIONS_FILE, pairings: PAIRINGS_FILE },
      },
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
