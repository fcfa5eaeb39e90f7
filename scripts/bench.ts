/**
 * npm run bench [-- --runs N]: measures the atlas as a user meets it, in headless Chromium against
 * a production build on loopback, beside a bare MapLibre + deck.gl page built in the same run, so
 * the figures mean something on a noisy machine. Writes bench/latest.json and prints a table.
 * Nothing here asserts a time: budgets in CI are sizes only (npm run size).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { defaultClientConditions } from 'vite';
import { validateOwn, type OwnChecked } from '../src/data/validate-own';
import { launchChromium } from '../tests/e2e/support/launch';
import { serveFolder } from '../tests/e2e/support/static-server';
import { measureFinder } from './bench/finder';
import { gzipSize, median, percentile } from './bench/stats';
import { buildProduction } from './build-production';
import { generateNational } from './generate-national';

const root = process.cwd();
const OUT = resolve(root, 'bench/.out');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const INTERACTIONS = 20;
const NATIONAL = { organisations: 5000, pairings: 50_000 };
const VIEWPORT = { width: 1280, height: 720 };

interface LoadTiming {
  fcp: number | null;
  dataReady: number | null;
  firstFrame: number | null;
  resources: { url: string; bytes: number }[];
}

function buildPages() {
  return buildProduction([
    { root, build: { outDir: join(OUT, 'atlas'), emptyOutDir: true } },
    {
      root: resolve(root, 'bench/bare'),
      configFile: false,
      base: './',
      resolve: { conditions: [...defaultClientConditions, 'visgl:webgl-only'] },
      build: { outDir: join(OUT, 'bare'), emptyOutDir: true, target: 'es2022' },
    },
  ]);
}

/** The bare page's data: the sites and lines the atlas draws, already parsed. */
function bareData(checked: OwnChecked, land: unknown) {
  const { organisations, pairings } = checked.dataset;
  const at = new Map(organisations.map((o) => [o.id, [o.lon, o.lat] as [number, number]]));
  return {
    land,
    sites: organisations.map((o) => [o.lon, o.lat]),
    lines: pairings.flatMap((p) => {
      const from = at.get(p.gdeId);
      const to = at.get(p.ffId);
      return from && to ? [[from, to]] : [];
    }),
  };
}

function writeData() {
  const topology = JSON.parse(
    readFileSync(resolve(root, 'public/data/basemap/land.topo.json'), 'utf8'),
  ) as Topology;
  const [object] = Object.values(topology.objects);
  const land =
    object === undefined ? { type: 'FeatureCollection', features: [] } : feature(topology, object);
  const builtin = validateOwn({
    organisations: readFileSync(resolve(root, 'data/organisations.csv'), 'utf8'),
    pairings: readFileSync(resolve(root, 'data/pairings.csv'), 'utf8'),
    evidence: null,
    story: null,
    rules: 'strict',
  });
  writeFileSync(join(OUT, 'bare/bare-data.json'), JSON.stringify(bareData(builtin, land)));

  const files = generateNational(NATIONAL.organisations, NATIONAL.pairings);
  const national = join(OUT, 'atlas/national');
  mkdirSync(national, { recursive: true });
  writeFileSync(join(national, 'organisations.csv'), files.organisations);
  writeFileSync(join(national, 'pairings.csv'), files.pairings);

  // Parse + validate in Node: the same code the worker runs.
  const parseTimes: number[] = [];
  let checked: OwnChecked | null = null;
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    checked = validateOwn({ ...files, evidence: null, story: null });
    parseTimes.push(performance.now() - start);
  }
  if (checked === null) throw new Error('no runs');
  writeFileSync(join(OUT, 'bare/bare-national.json'), JSON.stringify(bareData(checked, land)));
  return {
    finder: measureFinder(builtin.dataset, checked.dataset, RUNS),
    parseValidateMs: median(parseTimes),
    nationalBytes: Buffer.byteLength(files.organisations) + Buffer.byteLength(files.pairings),
  };
}

/** Records the time of every map frame (the atlas and the bare page count them on <html>). */
const FRAME_RECORDER = `
  // tsx compiles this script keeping function names, through a helper the page does not have.
  globalThis.__name = (target) => target;
  window.__frames = [];
  // The frames whose stacks and labels are those of the filters in force (the atlas draws them a
  // frame after the lines and sites).
  window.__laidOutFrames = [];
  new MutationObserver((records) => {
    const root = document.documentElement;
    const changed = (name) =>
      records.some((record) => record.target === root && record.attributeName === name);
    const frame = changed('data-atlas-frames') || changed('data-atlas-ready');
    if (frame) window.__frames.push(performance.now());
    // Without a frame when the new stacks and labels leave the layers as they were.
    if ((frame || changed('data-atlas-laid-out')) && root.dataset.atlasLaidOut === 'true')
      window.__laidOutFrames.push(performance.now());
  }).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-atlas-frames', 'data-atlas-ready', 'data-atlas-laid-out'],
  });
`;

async function openPage(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(FRAME_RECORDER);
  await page.goto(url);
  return page;
}

/** Waits for a frame drawn after the last "data ready" mark: the first frame of that dataset. */
async function readTimings(page: Page, expectShowing: string | null): Promise<LoadTiming> {
  if (expectShowing !== null)
    await page.getByText(expectShowing).first().waitFor({ timeout: 180_000 });
  await page.waitForFunction(
    () => {
      const marks = performance.getEntriesByName('atlas:data-ready', 'mark');
      const last = marks.at(-1)?.startTime;
      const frames = (window as unknown as { __frames: number[] }).__frames;
      return last !== undefined && frames.some((time) => time >= last);
    },
    undefined,
    { timeout: 180_000, polling: 50 },
  );
  return page.evaluate(() => {
    const last = performance.getEntriesByName('atlas:data-ready', 'mark').at(-1)?.startTime ?? null;
    const frames = (window as unknown as { __frames: number[] }).__frames;
    const firstFrame = frames.find((time) => last !== null && time >= last) ?? null;
    return {
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      dataReady: last,
      firstFrame,
      resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => firstFrame !== null && entry.startTime <= firstFrame)
        .map((entry) => ({ url: entry.name, bytes: entry.encodedBodySize })),
    };
  });
}

interface LoadTarget {
  url: string;
  /** Text that says the page shows the data being measured; null: its first frame is enough. */
  expectShowing: string | null;
}

/**
 * Cold loads of each page, taken in turn (atlas, bare, atlas, bare…) so that a machine that speeds
 * up or slows down during the run moves both sides of a ratio alike.
 */
async function coldLoads(browser: Browser, targets: readonly LoadTarget[]) {
  const loads = targets.map((): LoadTiming[] => []);
  for (let run = 0; run < RUNS; run += 1) {
    for (const [index, { url, expectShowing }] of targets.entries()) {
      const page = await openPage(browser, url);
      loads[index]?.push(await readTimings(page, expectShowing));
      await page.context().close();
    }
  }
  return loads.map((timings) => {
    const pick = (key: 'fcp' | 'dataReady' | 'firstFrame') =>
      round(median(timings.map((load) => load[key]).filter((value) => value !== null)));
    return {
      timings: {
        fcpMs: pick('fcp'),
        dataReadyMs: pick('dataReady'),
        firstFrameMs: pick('firstFrame'),
        runs: timings.length,
      },
      resources: timings[0]?.resources ?? [],
    };
  });
}

/** JS and CSS fetched before the first frame, per file, raw and gzip; data and boundary bytes. */
function bytesBeforeFirstFrame(resources: { url: string }[], folder: string, base: string) {
  const files = resources
    .map(({ url }) => url.replace(base, ''))
    .filter((path) => !path.startsWith('http'))
    .map((path) => {
      const body = readFileSync(join(folder, decodeURIComponent(path.split('?')[0] ?? path)));
      return { path, raw: body.byteLength, gzip: gzipSize(body) };
    });
  const code = files.filter(({ path }) => /\.(js|css)$/.test(path));
  const data = files.filter(({ path }) => /\.(csv|json)$/.test(path));
  const total = (list: typeof files) => ({
    raw: list.reduce((sum, file) => sum + file.raw, 0),
    gzip: list.reduce((sum, file) => sum + file.gzip, 0),
  });
  return {
    chunks: code,
    js: total(code.filter(({ path }) => path.endsWith('.js'))),
    css: total(code.filter(({ path }) => path.endsWith('.css'))),
    data: { ...total(data), files: data.map(({ path }) => path) },
  };
}

/**
 * Time from a click to the first map frame drawn after it, to the first frame whose stacks and
 * labels match it too, and to the panels showing it (the counts for a filter, the pressed row for
 * a selection): the atlas draws the lines and sites first, the stacks and labels a frame later,
 * and the panels once the first frame has been drawn. Median and 95th percentile of each.
 */
type Step = 'filter' | 'select' | 'bare';

const measure = (page: Page, kind: Step, run: number) =>
  page.evaluate(
    async ({ kind, run }) => {
      const frames = (window as unknown as { __frames: number[] }).__frames;
      const counts = () =>
        [...document.querySelectorAll('[role=status]')]
          .map((element) => element.textContent ?? '')
          .find((text) => / of [0-9,]+ pairings/.test(text));
      const act = (): (() => boolean) => {
        if (kind === 'bare') {
          window.dispatchEvent(new Event('bench:filter'));
          return () => true;
        }
        if (kind === 'filter') {
          const fieldset = [...document.querySelectorAll('fieldset')].find(
            (element) => element.querySelector('legend')?.textContent === 'Pairing status',
          );
          const box = fieldset?.querySelector<HTMLInputElement>('input[type=checkbox]');
          if (!box) throw new Error('no "Pairing status" checkbox');
          const before = counts();
          box.click();
          return () => counts() !== before;
        }
        const table = [...document.querySelectorAll('table')].find((element) =>
          element.querySelector('caption')?.textContent?.startsWith('Pairings'),
        );
        const button = table?.querySelectorAll<HTMLButtonElement>('button.row-select')[run % 2];
        if (!button) throw new Error('no pairing row to select');
        button.click();
        return () => button.getAttribute('aria-pressed') === 'true';
      };
      const laidOutFrames = (window as unknown as { __laidOutFrames: number[] }).__laidOutFrames;
      const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const before = frames.length;
      const laidOutBefore = laidOutFrames.length;
      let shown: number | null = null;
      let done: () => boolean = () => false;
      // Called as soon as React has changed the page, not at the next frame.
      const watcher = new MutationObserver(() => {
        if (shown === null && done()) shown = performance.now();
      });
      watcher.observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      const start = performance.now();
      done = act();
      if (done()) shown = performance.now();
      // The bare page has no stacks or labels: its first frame is all there is.
      const laidOutAwaited = kind === 'bare' ? 0 : 1;
      while (!(
        shown !== null &&
        frames.length > before &&
        laidOutFrames.length >= laidOutBefore + laidOutAwaited
      ))
        await nextFrame();
      watcher.disconnect();
      const frame = (frames[before] ?? performance.now()) - start;
      const laidOut = (kind === 'bare' ? frames[before] : laidOutFrames[laidOutBefore]) ?? start;
      // Let the map settle before the next measurement.
      for (let settle = 0; settle < 10; settle += 1) await nextFrame();
      return { frame, panels: shown - start, laidOut: laidOut - start };
    },
    { kind, run },
  );

const summary = (times: number[]) => ({
  medianMs: round(median(times)),
  p95Ms: round(percentile(times, 95)),
});

/**
 * A filter and a selection on the atlas, and a change of line data on the bare page, taken in turn
 * on two open pages, for the same reason as the cold loads.
 */
async function interactionLatency(atlas: Page, bare: Page) {
  // Selecting is measured from a row of the Pairings table, which lives in the tables drawer.
  const tables = atlas.getByRole('banner').getByRole('button', { name: 'Tables', exact: true });
  if ((await tables.getAttribute('aria-pressed')) !== 'true') await tables.click();
  await atlas.getByRole('table', { name: 'Pairings' }).waitFor();
  type Times = { frame: number; panels: number; laidOut: number };
  const filter: Times[] = [];
  const select: Times[] = [];
  const dataChange: number[] = [];
  for (let run = 0; run < INTERACTIONS; run += 1) {
    filter.push(await measure(atlas, 'filter', run));
    dataChange.push((await measure(bare, 'bare', run)).frame);
    select.push(await measure(atlas, 'select', run));
  }
  const frames = (times: { frame: number }[]) => summary(times.map(({ frame }) => frame));
  const panels = (times: { panels: number }[]) => summary(times.map(({ panels }) => panels));
  const laidOut = (times: { laidOut: number }[]) => summary(times.map(({ laidOut }) => laidOut));
  return {
    filter: frames(filter),
    select: frames(select),
    panels: { filter: panels(filter), select: panels(select) },
    laidOut: { filter: laidOut(filter), select: laidOut(select) },
    runs: INTERACTIONS,
    bare: { dataChange: summary(dataChange), runs: INTERACTIONS },
  };
}

const round = (value: number) => Math.round(value * 10) / 10;
const ratio = (atlas: number, bare: number) => Math.round((atlas / bare) * 100) / 100;

async function main() {
  console.log('Building the atlas and the bare reference page…');
  await buildPages();
  const prepared = writeData();
  const server = await serveFolder(OUT);
  const browser = await launchChromium();
  try {
    const atlasUrl = `${server.url}atlas/`;
    console.log(`Cold loads (${RUNS} each)…`);
    const nationalUrl = `${atlasUrl}?data=${encodeURIComponent(`${atlasUrl}national/`)}`;
    const bareUrl = `${server.url}bare/`;
    const bareNationalUrl = `${server.url}bare/?data=bare-national.json`;
    const [atlas, bare] = await coldLoads(browser, [
      { url: atlasUrl, expectShowing: null },
      { url: bareUrl, expectShowing: null },
    ]);
    const [national, bareNational] = await coldLoads(browser, [
      { url: nationalUrl, expectShowing: 'Showing your data' },
      { url: bareNationalUrl, expectShowing: null },
    ]);
    if (!atlas || !bare || !national || !bareNational) throw new Error('a page was not loaded');

    console.log(`Interactions (${INTERACTIONS} each)…`);
    const onPages = async (atlasAt: string, showing: string | null, bareAt: string) => {
      const pages = [await openPage(browser, atlasAt), await openPage(browser, bareAt)] as const;
      await readTimings(pages[0], showing);
      await readTimings(pages[1], null);
      const result = await interactionLatency(...pages);
      for (const page of pages) await page.context().close();
      return result;
    };
    const gdeScale = await onPages(atlasUrl, null, bareUrl);
    const nationalScale = await onPages(nationalUrl, 'Showing your data', bareNationalUrl);

    const result = {
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round(totalmem() / 1024 ** 3),
        node: process.version,
        chromium: browser.version(),
        viewport: VIEWPORT,
        gpu: 'none (SwiftShader software WebGL)',
      },
      firstFrameRatio: ratio(atlas.timings.firstFrameMs, bare.timings.firstFrameMs),
      atlas: {
        ...atlas.timings,
        bytes: bytesBeforeFirstFrame(atlas.resources, join(OUT, 'atlas'), atlasUrl),
      },
      bare: {
        ...bare.timings,
        bytes: bytesBeforeFirstFrame(bare.resources, join(OUT, 'bare'), `${server.url}bare/`),
      },
      national: {
        size: NATIONAL,
        csvBytes: prepared.nationalBytes,
        parseValidateMs: round(prepared.parseValidateMs),
        atlas: national.timings,
        bare: bareNational.timings,
        firstFrameRatio: ratio(national.timings.firstFrameMs, bareNational.timings.firstFrameMs),
      },
      interactions: { gdeScale, nationalScale },
      // The atlas against the bare page for the same work: what issue 16's goals are set in.
      ratios: {
        firstFrame: ratio(atlas.timings.firstFrameMs, bare.timings.firstFrameMs),
        gdeFilter: ratio(gdeScale.filter.medianMs, gdeScale.bare.dataChange.medianMs),
        nationalFilter: ratio(
          nationalScale.filter.medianMs,
          nationalScale.bare.dataChange.medianMs,
        ),
        nationalSelect: ratio(
          nationalScale.select.medianMs,
          nationalScale.bare.dataChange.medianMs,
        ),
      },
      finder: prepared.finder,
    };
    mkdirSync(resolve(root, 'bench'), { recursive: true });
    writeFileSync(resolve(root, 'bench/latest.json'), `${JSON.stringify(result, null, 2)}\n`);
    printTable(result);
  } finally {
    await browser.close();
    await server.close();
  }
}

type BenchResult = {
  firstFrameRatio: number;
  atlas: { fcpMs: number; dataReadyMs: number; firstFrameMs: number } & {
    bytes: ReturnType<typeof bytesBeforeFirstFrame>;
  };
  bare: { fcpMs: number; dataReadyMs: number; firstFrameMs: number };
  national: {
    parseValidateMs: number;
    atlas: { dataReadyMs: number; firstFrameMs: number };
    bare: { firstFrameMs: number };
  };
  finder: ReturnType<typeof measureFinder>;
  ratios: Record<'firstFrame' | 'gdeFilter' | 'nationalFilter' | 'nationalSelect', number>;
  interactions: Record<
    'gdeScale' | 'nationalScale',
    Record<'filter' | 'select', { medianMs: number; p95Ms: number }> & {
      panels: Record<'filter' | 'select', { medianMs: number; p95Ms: number }>;
      laidOut: Record<'filter' | 'select', { medianMs: number; p95Ms: number }>;
      bare: { dataChange: { medianMs: number; p95Ms: number } };
    }
  >;
};

/** The short table for people; the JSON has everything. */
function printTable(result: BenchResult) {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  // A page with no text (the bare one) may record no first contentful paint.
  const ms = (value: number) => (Number.isFinite(value) ? `${value} ms` : '–');
  const latency = (scale: 'gdeScale' | 'nationalScale', kind: 'filter' | 'select') => {
    const { [kind]: frame, panels, laidOut } = result.interactions[scale];
    return `${ms(frame.medianMs)} / ${ms(frame.p95Ms)}; stacks and labels ${ms(laidOut[kind].medianMs)} / ${ms(laidOut[kind].p95Ms)}; panels ${ms(panels[kind].medianMs)} / ${ms(panels[kind].p95Ms)}`;
  };
  const bareLatencyText = (scale: 'gdeScale' | 'nationalScale') =>
    `${ms(result.interactions[scale].bare.dataChange.medianMs)} / ${ms(result.interactions[scale].bare.dataChange.p95Ms)} (new line data)`;
  const rows = [
    ['Measure', 'Atlas', 'Bare MapLibre + deck.gl'],
    ['---', '---', '---'],
    ['First contentful paint', ms(result.atlas.fcpMs), ms(result.bare.fcpMs)],
    ['Data ready', ms(result.atlas.dataReadyMs), ms(result.bare.dataReadyMs)],
    ['First map frame', ms(result.atlas.firstFrameMs), ms(result.bare.firstFrameMs)],
    ['First-frame ratio (atlas / bare)', String(result.firstFrameRatio), '1'],
    ['JS before first frame (gzip)', kb(result.atlas.bytes.js.gzip), ''],
    ['CSS before first frame (gzip)', kb(result.atlas.bytes.css.gzip), ''],
    ['Data and boundaries (gzip)', kb(result.atlas.bytes.data.gzip), ''],
    ['National: parse + validate (Node)', ms(result.national.parseValidateMs), ''],
    ['National: data ready', ms(result.national.atlas.dataReadyMs), ''],
    [
      'National: first map frame',
      ms(result.national.atlas.firstFrameMs),
      ms(result.national.bare.firstFrameMs),
    ],
    [
      'GDE scale: filter (median / p95)',
      latency('gdeScale', 'filter'),
      bareLatencyText('gdeScale'),
    ],
    ['GDE scale: select a pairing (median / p95)', latency('gdeScale', 'select'), ''],
    [
      'National scale: filter (median / p95)',
      latency('nationalScale', 'filter'),
      bareLatencyText('nationalScale'),
    ],
    ['National scale: select a pairing (median / p95)', latency('nationalScale', 'select'), ''],
    [
      'Ratios to the bare page: first frame / GDE filter / national filter / national select',
      `${result.ratios.firstFrame} / ${result.ratios.gdeFilter} / ${result.ratios.nationalFilter} / ${result.ratios.nationalSelect}`,
      '1',
    ],
    [
      'Finder, GDE scale: a weight change (Node)',
      `${ms(result.finder.gdeScale.weightChangeMedianMs)} (a frame is 16.7 ms)`,
      '',
    ],
    [
      'Finder, national: a candidate list (Node)',
      ms(result.finder.nationalScale.candidateListMedianMs),
      '',
    ],
    [
      'Finder, national: matrix / ranks / plan (worker code, Node)',
      `${ms(result.finder.nationalScale.matrixMs)} / ${ms(result.finder.nationalScale.ranksMs)} / ${ms(result.finder.nationalScale.plan.ms)}`,
      '',
    ],
  ];
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

await main();
// Chromium's keep-alive connections can hold the loopback server open: the work is done.
process.exit(process.exitCode ?? 0);
