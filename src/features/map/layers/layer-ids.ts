export const LAYER_IDS = {
  boundaries: 'boundaries',
  pairingLines: 'pairing-lines',
  emphasisedLines: 'pairing-lines-emphasised',
  finderLines: 'finder-lines',
  distanceLabels: 'distance-labels',
  sites: 'sites',
  siteLabels: 'site-labels',
  keyboardCursor: 'keyboard-cursor',
  siteStacks: 'site-stacks',
  siteStackCounts: 'site-stack-counts',
} as const;
