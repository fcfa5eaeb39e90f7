import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDistanceShort,
  formatKm,
  formatMiles,
  formatMonth,
  shortName,
  splitConfidence,
} from './format';

describe('formatting (en-GB)', () => {
  it.each([
    [formatKm(1.349), '1.3 km'],
    [formatKm(312.49), '312 km'],
    [formatKm(1234.5), '1,235 km'],
    [formatMiles(0.84), '0.8 miles'],
    [formatDistanceShort(74.8, 46.48), '75 km (46 mi)'],
    [formatMonth('2017-09'), 'September 2017'],
    [formatMonth(null), 'unknown'],
    [
      shortName('The Newcastle upon Tyne Hospitals NHS Foundation Trust'),
      'Newcastle upon Tyne Hospitals',
    ],
    [shortName('Imperial College Healthcare NHS Trust'), 'Imperial College Healthcare'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('splitConfidence', () => {
  it.each([
    ['high', { label: 'high', note: '' }],
    [
      'high; merger month from a case study',
      { label: 'high', note: 'merger month from a case study' },
    ],
    ['low-medium: proposed pairing only', { label: 'low-medium', note: 'proposed pairing only' }],
    [
      'high (named in Feb 2017 board papers)',
      { label: 'high', note: '(named in Feb 2017 board papers)' },
    ],
  ])('%s', (text, expected) => {
    expect(splitConfidence(text)).toEqual(expected);
  });
});

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [25, '25'],
    [5000, '5,000'],
    [50000, '50,000'],
  ])('%d → %s', (count, text) => expect(formatCount(count)).toBe(text));
});
