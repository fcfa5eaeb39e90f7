import { splitConfidence } from '../../domain/format';
import type { Confidence } from '../../domain/model';

function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:'
      ? parsed.toString()
      : undefined;
  } catch {
    return undefined;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function SourcesList({
  sources,
  confidence,
}: {
  sources: string[];
  confidence: Confidence;
}) {
  const { label, note } =
    confidence.level === 'unknown'
      ? { label: 'not given', note: '' }
      : splitConfidence(confidence.text);
  return (
    <div className="sources">
      <p>
        <span className={`confidence confidence-${confidence.level}`}>Confidence: {label}</span>{' '}
        {note !== '' && <span className="muted">{note}</span>}
      </p>
      {sources.length === 0 ? (
        <p className="muted">No sources given in the data.</p>
      ) : (
        <ol className="source-list">
          {sources.map((source) => {
            const href = safeHref(source);
            return (
              <li key={source}>
                {href === undefined ? (
                  source
                ) : (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {hostOf(source)}
                    <span className="visually-hidden"> (opens in a new tab)</span>
                  </a>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
