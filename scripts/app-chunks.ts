/**
 * What the page loads before the map can draw: the entry (main.tsx, which only starts the built-in
 * data's check) and the chunk it loads at once, the app with the map's code (mount-app.tsx).
 * The build preloads these and the size check holds them to the map view's budget.
 */
export const APP_MODULE = 'src/app/mount-app.tsx';

interface Chunk {
  fileName: string;
  imports: readonly string[];
  isEntry: boolean;
  facadeModuleId: string | null;
}

/** The chunks a chunk needs before it runs: itself and its static imports, transitively. */
function staticClosure(start: string, byFile: ReadonlyMap<string, Chunk>): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of byFile.get(file)?.imports ?? []) visit(next);
  };
  visit(start);
  return seen;
}

/** The entry's chunks and the app's, or null where the build has either missing. */
export function appChunks<T extends Chunk>(chunks: readonly T[]) {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = chunks.find((chunk) => chunk.isEntry);
  const app = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(APP_MODULE));
  if (entry === undefined || app === undefined) return null;
  return {
    entry: staticClosure(entry.fileName, byFile),
    app: staticClosure(app.fileName, byFile),
  };
}
