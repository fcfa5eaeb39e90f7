/** The sectors the built-in data are held to; opened data may leave the sector unknown. */
export const KNOWN_SECTORS = ['acute', 'mental_health', 'ambulance'] as const;
export const SECTORS = [...KNOWN_SECTORS, 'unknown'] as const;
export type Sector = (typeof SECTORS)[number];

export const ROLES = ['GDE', 'FF'] as const;
export type Role = (typeof ROLES)[number];

export const APPROACHES = ['single_vendor_epr', 'best_of_breed', 'in_house', 'unknown'] as const;
export type Approach = (typeof APPROACHES)[number];

export const PAIRING_STATUSES = ['active', 'merged', 'dropped', 'unknown'] as const;
export type PairingStatus = (typeof PAIRING_STATUSES)[number];

export const TRI_STATES = ['yes', 'no', 'unknown'] as const;
export type TriState = (typeof TRI_STATES)[number];

export const FLOW_DIRECTIONS = ['unknown', 'gde_to_ff', 'ff_to_gde', 'two_way', 'none'] as const;
export type FlowDirection = (typeof FLOW_DIRECTIONS)[number];

export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;
/** Opened data need not say how sure they are: then it is unknown. */
type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number] | 'unknown';

/** A confidence as written by the researchers: a leading level plus free-text qualifications. */
export interface Confidence {
  level: ConfidenceLevel;
  text: string;
}

export interface Organisation {
  id: string;
  name: string;
  successor: string | null;
  odsCode: string;
  sector: Sector;
  specialty: string | null;
  role: Role;
  announced: string | null;
  nhsRegion: string;
  stp: string | null;
  icb2022: string | null;
  siteName: string;
  lat: number;
  lon: number;
  coreVendor: string;
  coreProduct: string | null;
  approach: Approach;
  mergerWith: string[];
  mergerDate: string[];
  sources: string[];
  confidence: Confidence;
}

export interface Pairing {
  id: string;
  gdeId: string;
  ffId: string;
  sector: Sector;
  announced: string | null;
  status: PairingStatus;
  sameCoreSystem: TriState;
  sameStp: TriState;
  priorRelationship: TriState;
  priorRelationshipEvidence: string | null;
  mergedWithPartner: TriState;
  flowDirection: FlowDirection;
  sources: string[];
  confidence: Confidence;
}

export function pairingId(gdeId: string, ffId: string): string {
  return `${gdeId}--${ffId}`;
}
