import { startBuiltinCheck } from '../data/builtin-check';

// Imported first by main.tsx: modules run in import order, so this runs before React and the
// app's modules are evaluated, and the built-in files and their checking worker start loading
// about as soon as the script arrives.
startBuiltinCheck();
