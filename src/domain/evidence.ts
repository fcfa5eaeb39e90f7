export const EVIDENCE_FLOWS = [
  'gde_to_ff',
  'ff_to_gde',
  'two_way',
  'weak_or_none',
  'neutral',
] as const;
export type EvidenceFlow = (typeof EVIDENCE_FLOWS)[number];

export const EVIDENCE_FLOW_LABELS: Record<EvidenceFlow, string> = {
  gde_to_ff: 'Exemplar → follower',
  ff_to_gde: 'Follower → exemplar',
  two_way: 'Two-way, as peers',
  weak_or_none: 'Weak or none',
  neutral: 'Not about direction',
};

export const CHANNELS = [
  'design_workshops',
  'paid_expert_time',
  'shared_staff',
  'calls_video',
  'content_reuse',
  'blueprints',
  'unspecified',
  'none',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = {
  design_workshops: 'Design workshops and sessions',
  paid_expert_time: "Paying for a partner expert's time",
  shared_staff: 'Staff working across or moving between sites',
  calls_video: 'Calls and video (remote working)',
  content_reuse: "Reusing the partner's system content",
  blueprints: 'Blueprints',
  unspecified: 'Channel not stated',
  none: 'No exchange',
};

/** One of the paper's anonymised excerpts, paraphrased and coded. */
export interface EvidenceItem {
  id: string;
  siteLabel: string;
  studyPart: 'case_study' | 'broader_study';
  siteRole: 'GDE' | 'FF';
  speakerRole: string;
  theme: string;
  factor: string;
  flow: EvidenceFlow;
  channels: Channel[];
  summary: string;
  sources: string[];
  confidence: string;
}
