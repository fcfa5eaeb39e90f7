import {
  CHANNELS,
  CHANNEL_LABELS,
  EVIDENCE_FLOWS,
  EVIDENCE_FLOW_LABELS,
  type Channel,
  type EvidenceFlow,
  type EvidenceItem,
} from '../../../domain/evidence';

export interface FlowCount {
  flow: EvidenceFlow;
  label: string;
  items: number;
}

export function flowCounts(evidence: EvidenceItem[]): FlowCount[] {
  return EVIDENCE_FLOWS.map((flow) => ({
    flow,
    label: EVIDENCE_FLOW_LABELS[flow],
    items: evidence.filter((item) => item.flow === flow).length,
  }));
}

export interface ChannelCount {
  channel: Channel;
  label: string;
  items: number;
}

/** Items naming each channel; an item naming two channels counts for both. Most cited first. */
export function channelCounts(evidence: EvidenceItem[]): ChannelCount[] {
  return CHANNELS.map((channel) => ({
    channel,
    label: CHANNEL_LABELS[channel],
    items: evidence.filter((item) => item.channels.includes(channel)).length,
  }))
    .filter(({ items }) => items > 0)
    .sort((a, b) => b.items - a.items || CHANNELS.indexOf(a.channel) - CHANNELS.indexOf(b.channel));
}
