import { FACTORS, FACTOR_LABELS, type FactorValues } from '../../domain/factors';
import { TRI_STATE_LABELS } from '../../domain/format';

const MARKS = { yes: '✓', no: '✗', unknown: '?' } as const;

export function FactorList({ factors, aligned }: { factors: FactorValues; aligned: number }) {
  return (
    <>
      <h4>
        Aligned factors: {aligned} of {FACTORS.length}
      </h4>
      <ul className="factor-list">
        {FACTORS.map((factor) => (
          <li key={factor} className={`factor factor-${factors[factor]}`}>
            <span aria-hidden="true" className="factor-mark">
              {MARKS[factors[factor]]}
            </span>
            {FACTOR_LABELS[factor]}: {TRI_STATE_LABELS[factors[factor]]}
          </li>
        ))}
      </ul>
    </>
  );
}
