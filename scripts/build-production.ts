import { build, type InlineConfig } from 'vite';

/**
 * Builds as users get it. Vitest (and some shells) set NODE_ENV, which Vite would keep, giving a
 * development React; the tests, the benchmark and the size check must all measure production.
 */
export async function buildProduction(configs: InlineConfig[]) {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const results = [];
    for (const config of configs)
      results.push(await build({ mode: 'production', logLevel: 'warn', ...config }));
    return results;
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
