import { useId, type ReactNode } from 'react';
import { useElementWidth } from './use-element-width';

/**
 * A chart as a figure: a title that states the finding, a description for screen readers (and
 * everyone), the chart itself, and a "Show data" table with the same numbers.
 */
export function ChartFrame({
  title,
  description,
  note,
  data,
  children,
}: {
  title: string;
  description: string;
  note?: ReactNode;
  data: ReactNode;
  children: (width: number) => ReactNode;
}) {
  const id = useId();
  const { ref, width } = useElementWidth<HTMLDivElement>();
  return (
    <figure
      className="chart"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-description`}
    >
      <h3 id={`${id}-title`}>{title}</h3>
      {/* The full reading of the chart, for screen readers; sighted readers have the title and "Show data". */}
      <p id={`${id}-description`} className="visually-hidden">
        {description}
      </p>
      <div ref={ref} className="chart-body">
        {children(width)}
      </div>
      {note !== undefined && <div className="chart-note">{note}</div>}
      <details className="chart-data">
        <summary>Show data</summary>
        {data}
      </details>
    </figure>
  );
}
