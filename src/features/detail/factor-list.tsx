import { FACTORS, FACTOR_LABELS, type Factor, type FactorValues } from '../../domain/factors';
import { TRI_STATE_LABELS } from '../../domain/format';

const MARKS = { yes: '✓', no: '✗', unknown: '?' } as const;

/** Area factors have no meaning where a site lies outside England's boundaries. */
const AREA_FACTORS: readonly Factor[] = ['same_ics', 'same_stp'];

export function FactorList({
  factors,
  aligned,
  outsideEngland = false,
}: {
  factors: FactorValues;
  aligned: number;
  /** A partner's site lies outside England: the ICS and STP factors do not apply. */
  outsideEngland?: boolean;
}) {
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
            {FACTOR_LABELS[factor]}:{' '}
            {outsideEngland && AREA_FACTORS.includes(factor)
              ? 'not applicable (outside England)'
              : TRI_STATE_LABELS[factors[factor]]}
          </li>
        ))}
      </ul>
    </>
  );
}
