/** Words that STP/ICB names add or drop between vintages ("… Health and Care Partnership", "NHS … ICB"). */
const FILLER = new Set(
  'nhs integrated care board icb ics stp health and the of social partnership partnerships hcp in partners our healthier joined up system'.split(
    ' ',
  ),
);

function tokens(name: string): Set<string> {
  return new Set(
    name
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9 ]+/g, ' ')
      .split(/\s+/)
      .filter((word) => word !== '' && !FILLER.has(word)),
  );
}

/** True when two names of the same area differ only by filler words or one names a subset. */
export function sameAreaName(a: string, b: string): boolean {
  const left = tokens(a);
  const right = tokens(b);
  if (left.size === 0 || right.size === 0) return false;
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  return [...small].every((word) => large.has(word));
}
