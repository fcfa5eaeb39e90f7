import { NO_SINGLE_VENDOR_KEY, UNKNOWN_VENDOR_KEY } from '../../domain/filters';
import type { Organisation } from '../../domain/model';
import { NO_SINGLE_VENDOR, UNKNOWN_VENDOR, vendorGroup } from '../../domain/vendors';
import {
  NO_SINGLE_VENDOR_COLOUR,
  UNKNOWN_VENDOR_COLOUR,
  VENDOR_COLOURS,
  vendorColour,
  type Rgb,
} from '../../theme/colours';

export interface VendorLegendEntry {
  /** The vendor filter key (see vendorKey). */
  key: string;
  label: string;
  colour: Rgb;
  count: number;
}

/** Vendor swatches for the vendors present in the data, most common first, greys last. */
export function vendorLegendEntries(organisations: Organisation[]): VendorLegendEntry[] {
  const named = new Map<string, number>();
  let noSingle = 0;
  let unknown = 0;
  for (const { coreVendor } of organisations) {
    const group = vendorGroup(coreVendor);
    if (group === 'named') named.set(coreVendor, (named.get(coreVendor) ?? 0) + 1);
    else if (group === 'no-single-vendor') noSingle += 1;
    else unknown += 1;
  }
  const entries: VendorLegendEntry[] = [...named.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en-GB'))
    .map(([vendor, count]) => ({
      key: vendor,
      label: VENDOR_COLOURS[vendor] === undefined ? `${vendor} (other)` : vendor,
      colour: vendorColour(vendor),
      count,
    }));
  if (noSingle > 0) {
    entries.push({
      key: NO_SINGLE_VENDOR_KEY,
      label: `No single vendor (${NO_SINGLE_VENDOR.join(', ')})`,
      colour: NO_SINGLE_VENDOR_COLOUR,
      count: noSingle,
    });
  }
  if (unknown > 0)
    entries.push({
      key: UNKNOWN_VENDOR_KEY,
      label: `Vendor ${UNKNOWN_VENDOR}`,
      colour: UNKNOWN_VENDOR_COLOUR,
      count: unknown,
    });
  return entries;
}
