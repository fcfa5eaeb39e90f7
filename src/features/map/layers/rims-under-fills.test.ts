import { describe, expect, it } from 'vitest';
import { isRim, rimsThenFills } from './rims-under-fills';

describe('rimsThenFills', () => {
  it.each([
    { name: 'no objects', objects: [] as string[], drawn: [] as string[], rims: [] as boolean[] },
    { name: 'one object', objects: ['a'], drawn: ['a', 'a'], rims: [true, false] },
    {
      name: 'every rim before any fill',
      objects: ['a', 'b', 'c'],
      drawn: ['a', 'b', 'c', 'a', 'b', 'c'],
      rims: [true, true, true, false, false, false],
    },
  ])('$name', ({ objects, drawn, rims }) => {
    const both = rimsThenFills(objects);
    expect(both).toEqual(drawn);
    expect(both.map((_, index) => isRim(index, objects.length))).toEqual(rims);
  });

  it('gives the same array for as long as the objects do, so deck.gl keeps its buffers', () => {
    const objects = ['a', 'b'];
    expect(rimsThenFills(objects)).toBe(rimsThenFills(objects));
    expect(rimsThenFills([...objects])).not.toBe(rimsThenFills(objects));
  });
});
