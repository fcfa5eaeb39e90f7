/** The same items in the same order: by identity, or by `equal` where given. */
export function sameItems<T>(
  a: readonly T[],
  b: readonly T[],
  equal: (x: T, y: T) => boolean = (x, y) => x === y,
): boolean {
  return (
    a.length === b.length &&
    a.every((item, index) => {
      const other = b[index];
      return other !== undefined && equal(item, other);
    })
  );
}
