import { ROW_STEP } from './use-row-limit';

export function MoreRows({ hidden, onShowMore }: { hidden: number; onShowMore: () => void }) {
  if (hidden <= 0) return null;
  return (
    <p className="table-more">
      {hidden.toLocaleString('en-GB')} more {hidden === 1 ? 'row' : 'rows'} not drawn.{' '}
      <button type="button" onClick={onShowMore}>
        Show {Math.min(ROW_STEP, hidden).toLocaleString('en-GB')} more
      </button>
    </p>
  );
}
