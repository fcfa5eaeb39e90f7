/**
 * npm run generate:national [-- <folder> [organisations] [pairings]]
 * Writes a deterministic, made-up "national scale" dataset (default 5,000 organisations and 50,000
 * pairings) in the atlas's format, for the benchmark and the scale tests. Same arguments, same files.
 * The organisations are fictional: names are "Synthetic Trust 0001" and so on.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ORGANISATION_COLUMNS } from '../src/data/organisation-schema';
import { PAIRING_COLUMNS } from '../src/data/pairing-schema';

const VENDORS = ['Cerner', 'Epic', 'MEDITECH', 'System C', 'Servelec', 'Advanced', 'unknown'];
const SECTORS = ['acute', 'mental_health', 'ambulance'];
const STATUSES = ['active', 'merged', 'dropped', 'unknown'];
const TRI = ['yes', 'no', 'unknown'];

/** mulberry32: a tiny seeded generator, so the files are identical on every machine. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateNational(organisationCount: number, pairingCount: number, seed = 2021) {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const gdeCount = Math.max(1, Math.round(organisationCount / 5));
  const organisations: string[][] = [];
  for (let index = 0; index < organisationCount; index += 1) {
    const number = String(index + 1).padStart(5, '0');
    const values: Record<string, string> = {
      id: `org-${number}`,
      name: `Synthetic Trust ${number}`,
      ods_code: `S${number}`,
      sector: pick(SECTORS),
      role: index < gdeCount ? 'GDE' : 'FF',
      announced: '2017-09',
      nhs_region: pick(['North', 'Midlands', 'South', 'London', 'East']),
      site_name: `Synthetic Site ${number}`,
      lat: (50.6 + next() * 4.2).toFixed(4),
      lon: (-3.4 + next() * 3.8).toFixed(4),
      core_vendor: pick(VENDORS),
      approach: 'unknown',
      sources: `https://example.org/synthetic/${number}`,
      confidence: 'low: synthetic test data',
    };
    organisations.push(ORGANISATION_COLUMNS.map((column) => values[column] ?? ''));
  }
  const pairings: string[][] = [];
  const seen = new Set<string>();
  const ffCount = organisationCount - gdeCount;
  while (pairings.length < pairingCount && seen.size < gdeCount * ffCount) {
    const gde = Math.floor(next() * gdeCount);
    const ff = gdeCount + Math.floor(next() * ffCount);
    const key = `${gde}-${ff}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const values: Record<string, string> = {
      gde_id: organisations[gde]?.[0] ?? '',
      ff_id: organisations[ff]?.[0] ?? '',
      sector: organisations[gde]?.[ORGANISATION_COLUMNS.indexOf('sector')] ?? 'acute',
      status: pick(STATUSES),
      same_core_system: pick(TRI),
      same_stp: pick(TRI),
      prior_relationship: pick(TRI),
      merged_with_partner: pick(TRI),
      flow_direction: 'unknown',
      sources: 'https://example.org/synthetic/pairings',
      confidence: 'low: synthetic test data',
    };
    pairings.push(PAIRING_COLUMNS.map((column) => values[column] ?? ''));
  }
  const csv = (header: readonly string[], rows: string[][]) =>
    [header.join(','), ...rows.map((row) => row.join(','))].join('\n') + '\n';
  return {
    organisations: csv(ORGANISATION_COLUMNS, organisations),
    pairings: csv(PAIRING_COLUMNS, pairings),
  };
}

const isCli =
  process.argv[1] !== undefined && resolve(process.argv[1]).endsWith('generate-national.ts');
if (isCli) {
  const [folder = 'test-results/national', organisations = '5000', pairings = '50000'] =
    process.argv.slice(2);
  const files = generateNational(Number(organisations), Number(pairings));
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'organisations.csv'), files.organisations);
  writeFileSync(join(folder, 'pairings.csv'), files.pairings);
  console.log(
    `wrote ${folder}/organisations.csv and pairings.csv (${organisations} and ${pairings} rows)`,
  );
}
