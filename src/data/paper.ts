import paperJson from '../../data/paper.json';
import type { PaperFile } from './paper-schema';

/**
 * The evaluation the built-in data are compared with. Bundled as it is: `npm run validate` and its
 * test check the file against paperSchema, so zod stays off the main thread.
 */
export const PAPER: PaperFile = paperJson;
