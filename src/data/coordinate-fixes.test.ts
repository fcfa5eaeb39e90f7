import { describe, expect, it } from 'vitest';
import { fromDecimalComma, fromDegreesMinutesSeconds } from './coordinate-fixes';

describe('fromDegreesMinutesSeconds', () => {
  it.each([
    ['53°29′30″N', 53.491667],
    ['53°29\'30"N', 53.491667],
    ['53 29 30 N', 53.491667],
    ['2°14′W', -2.233333],
    ['2 14 W', -2.233333],
    ['-2°14′', -2.233333],
    ['33°52′S', -33.866667],
    ['53.5 N', 53.5],
    ['53°75′N', null],
    ['north', null],
  ])('%s → %s', (value, expected) => {
    expect(fromDegreesMinutesSeconds(value)).toBe(expected);
  });
});

describe('fromDecimalComma', () => {
  it.each([
    ['53,48', 53.48],
    ['-2,24', -2.24],
    ['53.48', null],
    ['1,234,5', null],
  ])('%s → %s', (value, expected) => {
    expect(fromDecimalComma(value)).toBe(expected);
  });
});
