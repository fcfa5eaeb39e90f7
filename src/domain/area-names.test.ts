import { describe, expect, it } from 'vitest';
import { sameAreaName } from './area-names';

describe('sameAreaName', () => {
  it.each([
    ['Cheshire and Merseyside', 'Cheshire and Merseyside', true],
    ['NHS Cheshire and Merseyside ICB', 'NHS Cheshire and Merseyside Integrated Care Board', true],
    ['North West London', 'North West London Health and Care Partnership', true],
    ['Frimley Health and Care ICS', 'Frimley', true],
    ['Birmingham and Solihull', 'The Black Country and West Birmingham', false],
    ['Northumberland, Tyne and Wear and North Durham', 'Cumbria and North East', false],
    ['', 'Devon', false],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(sameAreaName(a, b)).toBe(expected);
  });
});
