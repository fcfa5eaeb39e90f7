/** Values of core_vendor that say there is no single named supplier to compare. */
export const NO_SINGLE_VENDOR = ['in-house', 'multiple', 'none'] as const;
export const UNKNOWN_VENDOR = 'unknown';

export type VendorGroup = 'named' | 'no-single-vendor' | 'unknown';

export function vendorGroup(vendor: string): VendorGroup {
  const normalised = vendor.trim().toLowerCase();
  if (normalised === UNKNOWN_VENDOR || normalised === '') return 'unknown';
  if ((NO_SINGLE_VENDOR as readonly string[]).includes(normalised)) return 'no-single-vendor';
  return 'named';
}
