import { describe, expect, it } from 'vitest';
import { showOnly, shownMask } from './gpu-filter';
import { rimsThenFills } from './rims-under-fills';

const [a, b, c, d] = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
const every = [a, b, c, d];

describe('shownMask', () => {
  it.each([
    { name: 'nothing kept', kept: [], mask: [0, 0, 0, 0] },
    { name: 'everything kept', kept: every, mask: [1, 1, 1, 1] },
    { name: 'some kept, in another order', kept: [d, b], mask: [0, 1, 0, 1] },
    {
      name: 'an object that is not among every is ignored',
      kept: [c, { id: 'c' }],
      mask: [0, 0, 1, 0],
    },
  ])('$name', ({ kept, mask }) => {
    expect(Array.from(shownMask(every, kept))).toEqual(mask);
  });
});

/** The filter value the layer would get for each object, as deck.gl calls the accessor. */
function valuesOf(filter: ReturnType<typeof showOnly<{ id: string }>>) {
  const { getFilterValue } = filter;
  return every.map((object, index) =>
    typeof getFilterValue === 'function'
      ? getFilterValue(object, { index, data: every, target: [] })
      : getFilterValue,
  );
}

describe('showOnly', () => {
  it.each([
    { name: 'no filter', kept: null },
    { name: 'the same list', kept: every },
    { name: 'a list as long as every', kept: [...every] },
  ])('hides nothing and leaves the filter off given $name', ({ kept }) => {
    const filter = showOnly(every, kept);
    expect(filter.filterEnabled).toBe(false);
    expect(valuesOf(filter)).toEqual([1, 1, 1, 1]);
  });

  it('gives 1 to what is kept and 0 to the rest, inside a range that keeps only the ones', () => {
    const filter = showOnly(every, [a, c]);
    expect(filter.filterEnabled).toBe(true);
    const [low = 0, high = 0] = filter.filterRange as [number, number];
    const shown = (value: unknown) => Number(value) >= low && Number(value) <= high;
    expect(valuesOf(filter).map(shown)).toEqual([true, false, true, false]);
  });

  it('a layer holding every object twice (rims under fills) hides both copies alike', () => {
    const { getFilterValue } = showOnly(every, [b, d]);
    const twice = rimsThenFills(every);
    const values = twice.map((object, index) =>
      typeof getFilterValue === 'function'
        ? getFilterValue(object, { index, data: twice, target: [] })
        : getFilterValue,
    );
    expect(values).toEqual([0, 1, 0, 1, 0, 1, 0, 1]);
  });

  it('asks deck.gl for new filter values when, and only when, the kept list is a new one', () => {
    const kept = [a, c];
    expect(showOnly(every, kept).updateTriggers.getFilterValue).toEqual([kept]);
    expect(showOnly(every, [b]).updateTriggers.getFilterValue).not.toEqual([kept]);
  });
});
