import type { TriState } from '../../domain/model';

const GLYPHS: Record<TriState, string> = { yes: '✓', no: '✗', unknown: '?' };
const WORDS: Record<TriState, string> = { yes: 'same', no: 'different', unknown: 'unknown' };

/** A shared factor as a glyph, read out as a word. */
export function FactorTick({ state }: { state: TriState }) {
  return (
    <span className={`finder-tick finder-tick-${state}`}>
      <span aria-hidden="true">{GLYPHS[state]}</span>
      <span className="visually-hidden">{WORDS[state]}</span>
    </span>
  );
}
