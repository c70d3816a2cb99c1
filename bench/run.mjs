#!/usr/bin/env node
// Measures the Frontier Atlas (the release build in dist/) and a plain Leaflet page over the
// same geodata/ side by side, in interleaved rounds, and reports the medians.
//
//   npm ci --prefix bench && node bench/run.mjs --rounds 5
//
// Both pages are served from 127.0.0.1 by a small gzip-compressing HTTP server (or as --serve
// says), opened in the
// system Chromium through puppeteer-core, and measured the same way:
//   - navigation to the map on screen (the first paint when the map is in the HTML, else the
//     `atlas-drawn` performance mark) and to the map drawn by the running app (the mark);
//   - the main-thread cost of one slider step until its frame is painted, from a Chrome trace,
//     with the Event Timing API as a cross-check, at normal speed and at 4x CPU throttling; and
//     all the main-thread work a step causes before the next one (work deferred past the frame
//     included);
//   - the number of DOM elements once loaded;
//   - the size of the code (wasm, js, css, html) as served;
//   - Lighthouse's mobile preset: LCP, TBT, CLS and the performance and accessibility scores.
// Results go to target/bench.json; a Markdown table goes to stdout, progress to stderr.

import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { mainThreadTasks } from './trace.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(BENCH, '..');

// ---------------------------------------------------------------------------------------------
// Options

const USAGE = `Usage: node bench/run.mjs [options]

  --rounds N        interleaved rounds per page (default 5)
  --steps N         slider steps (ArrowRight presses) measured per round and speed (default 60)
  --no-lighthouse   skip the Lighthouse runs
  --out FILE        where the JSON goes (default target/bench.json)
  --geodata DIR     serve DIR as geodata/ to both pages instead of the committed data (for
                    example a folder written by tools/synth/synth.py)
  --only PAGE       measure only one page: atlas or leaflet
  --query Q         open the atlas with this query (for example a comparison:
                    "perspective=japan&compare-perspective=russia", two maps that both follow
                    the slider)
  --serve MODE      how files are sent: gzip (default: compressed as they are sent, level 9),
                    plain (as a default nginx or Apache sends .wasm and .json: uncompressed)
                    or static (the build's .br copy, else its .gz one, as the shipped
                    nginx.conf does; files without copies, such as the data, as gzip)
  --chrome PATH     the browser to drive (default $CHROME_PATH or /usr/bin/chromium)
  --help            show this text`;

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    steps: { type: 'string', default: '60' },
    'no-lighthouse': { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(REPO, 'target', 'bench.json') },
    geodata: { type: 'string' },
    only: { type: 'string' },
    query: { type: 'string', default: '' },
    serve: { type: 'string', default: 'gzip' },
    chrome: { type: 'string', default: process.env.CHROME_PATH || '/usr/bin/chromium' },
    help: { type: 'boolean', default: false },
  },
});
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const ROUNDS = positiveInteger(options.rounds, '--rounds');
const STEPS = positiveInteger(options.steps, '--steps');
const LIGHTHOUSE = !options['no-lighthouse'];
const CHROME = options.chrome;
// The geodata/ folder both pages are given: the committed one unless --geodata names another.
const GEODATA = options.geodata ? path.resolve(options.geodata) : null;
// The pages measured, in their usual order.
const ONLY = options.only;
if (ONLY !== undefined && ONLY !== 'atlas' && ONLY !== 'leaflet') {
  console.error(`--only takes atlas or leaflet, not "${ONLY}"\n\n${USAGE}`);
  process.exit(2);
}

const SERVE = options.serve;
if (!['gzip', 'plain', 'static'].includes(SERVE)) {
  console.error(`--serve takes gzip, plain or static, not "${SERVE}"\n\n${USAGE}`);
  process.exit(2);
}

function positiveInteger(text, name) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`${name} needs a whole number of at least 1, not "${text}"\n\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

// The desktop window both pages are measured in (Lighthouse uses its own mobile screen).
const VIEWPORT = { width: 1280, height: 800 };
// Slider steps are measured at these CPU slowdowns (1 = this machine's speed).
const SPEEDS = [1, 4];
// A step is "slow" when it misses a 60 Hz frame.
const FRAME_MS = 16.7;
// How compressed files are served and counted.
const GZIP_LEVEL = 9;

// Flags for every Chromium started here. --no-sandbox is needed when running as root or in
// most containers; the pages measured are only ever local ones.
const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
];

const log = (...args) => console.error('[bench]', ...args);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// The two pages: where their files are, how they are served, and which files are their code.

const LEAFLET_DIST = path.join(BENCH, 'node_modules', 'leaflet', 'dist');

const ALL_PAGES = {
  atlas: {
    title: 'Frontier Atlas',
    // URL prefix → folder. The atlas is the release build as it is, with its own geodata/
    // unless --geodata names another folder.
    mounts: [...(GEODATA ? [['/geodata/', GEODATA]] : []), ['/', path.join(REPO, 'dist')]],
    // Its code: index.html and the wasm, js and css files it loads.
    code: () => referencedCode(path.join(REPO, 'dist')),
  },
  leaflet: {
    title: 'Leaflet 1.9.4',
    mounts: [
      ['/geodata/', GEODATA || path.join(REPO, 'geodata')],
      ['/vendor/leaflet/', LEAFLET_DIST],
      ['/', path.join(BENCH, 'leaflet')],
    ],
    code: async () => [
      path.join(BENCH, 'leaflet', 'index.html'),
      path.join(BENCH, 'leaflet', 'main.js'),
      path.join(LEAFLET_DIST, 'leaflet.js'),
      path.join(LEAFLET_DIST, 'leaflet.css'),
    ],
  },
};

// The pages measured: both, or the one --only names.
const PAGES = Object.fromEntries(Object.entries(ALL_PAGES).filter(([name]) => !ONLY || name === ONLY));

// index.html of a folder and the code files it names (stylesheets, scripts, module preloads,
// and the wasm module Trunk's loader imports), as paths that exist.
async function referencedCode(dir) {
  const html = await fs.readFile(path.join(dir, 'index.html'), 'utf8');
  const named = [...html.matchAll(/["'(=]\.?\/?([\w./-]+\.(?:js|css|wasm))\b/g)].map((m) => m[1]);
  const files = [path.join(dir, 'index.html')];
  for (const name of new Set(named)) {
    const file = path.join(dir, name);
    if (await fs.stat(file).then((s) => s.isFile(), () => false)) files.push(file);
  }
  return files;
}

// ---------------------------------------------------------------------------------------------
// A small static file server with gzip, like a real host: compressible files are sent gzipped
// to browsers that accept it (compressed once, then kept in memory); with --serve plain,
// uncompressed; with --serve static, the build's own .br or .gz copy where there is one.

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.wasm', '.json', '.geojson', '.svg']);

const gzipCache = new Map();

async function gzipped(file) {
  const stat = await fs.stat(file);
  const key = `${file}:${stat.mtimeMs}:${stat.size}`;
  if (!gzipCache.has(key)) {
    gzipCache.set(key, zlib.gzipSync(await fs.readFile(file), { level: GZIP_LEVEL }));
  }
  return gzipCache.get(key);
}

// Finds the file for a URL path among the mounts, or null. Never leaves the mounted folders.
async function resolveFile(mounts, urlPath) {
  for (const [prefix, dir] of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    let relative = urlPath.slice(prefix.length);
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const file = path.resolve(dir, relative);
    if (path.relative(dir, file).startsWith('..')) return null;
    try {
      if ((await fs.stat(file)).isFile()) return file;
    } catch {
      // not in this mount
    }
    return null;
  }
  return null;
}

// Compresses the compressible files at the top of each mounted folder ahead of time, so that
// the first round's load does not include the server compressing (a large synthetic
// events.json takes seconds).
async function warmGzipCache(mounts) {
  for (const [, dir] of mounts) {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      if (entry.isFile() && COMPRESSIBLE.has(path.extname(entry.name))) {
        await gzipped(path.join(dir, entry.name));
      }
    }
  }
}

// The build's copy of a file that the browser accepts, Brotli first: [bytes, encoding], or null.
async function precompressed(file, accepts) {
  for (const [ext, encoding] of [['.br', 'br'], ['.gz', 'gzip']]) {
    if (!new RegExp(`\\b${encoding}\\b`).test(accepts)) continue;
    const copy = await fs.readFile(file + ext).catch(() => null);
    if (copy) return [copy, encoding];
  }
  return null;
}

function startServer(mounts) {
  const server = http.createServer(async (request, response) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const urlPath = decodeURIComponent(new URL(request.url, 'http://host').pathname);
      const file = await resolveFile(mounts, urlPath);
      if (!file) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const ext = path.extname(file);
      const headers = {
        'content-type': TYPES[ext] || 'application/octet-stream',
        'cache-control': 'no-cache',
      };
      let body;
      if (COMPRESSIBLE.has(ext) && SERVE !== 'plain') {
        headers.vary = 'accept-encoding';
        const accepts = request.headers['accept-encoding'] || '';
        const copy = SERVE === 'static' ? await precompressed(file, accepts) : null;
        if (copy) {
          [body, headers['content-encoding']] = copy;
        } else if (/\bgzip\b/.test(accepts)) {
          body = await gzipped(file);
          headers['content-encoding'] = 'gzip';
        }
      }
      body ??= await fs.readFile(file);
      headers['content-length'] = body.length;
      response.writeHead(200, headers);
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

// ---------------------------------------------------------------------------------------------
// Code size

async function codeSize(files) {
  const list = [];
  for (const file of files) {
    const raw = await fs.readFile(file);
    const gzip = zlib.gzipSync(raw, { level: GZIP_LEVEL }).length;
    const brotli = (await fs.stat(`${file}.br`).catch(() => null))?.size ?? null;
    const sent = { plain: raw.length, gzip, static: brotli ?? gzip }[SERVE];
    list.push({ file: path.relative(REPO, file), bytes: raw.length, gzip, brotli, sent });
  }
  return {
    files: list,
    bytes: list.reduce((sum, f) => sum + f.bytes, 0),
    gzip: list.reduce((sum, f) => sum + f.gzip, 0),
    sent: list.reduce((sum, f) => sum + f.sent, 0),
  };
}

// ---------------------------------------------------------------------------------------------
// Browser measurements: load, DOM size and slider steps in one fresh browser context per page
// and round (so nothing is cached from an earlier load).

// Installed in every document before its own scripts run:
// - a promise for the startTime of the "atlas-drawn" mark;
// - a log of Event Timing entries (only entries of at least 16 ms are ever reported);
// - a counter of keyboard presses whose next frame has been produced: a keydown schedules a
//   check on the next animation frame, then a task after that frame. The runner waits on it
//   after a pause, so it seldom runs anything in the page while a step's frame is being made.
function pageProbe() {
  window.__bench = { events: [], framesAfterKey: 0 };
  // The startTime of the first performance entry of a type and name, once there is one.
  const firstEntry = (type, name) =>
    new Promise((resolve) => {
      new PerformanceObserver((list, observer) => {
        const entry = list.getEntriesByName(name)[0];
        if (entry) {
          observer.disconnect();
          resolve(entry.startTime);
        }
      }).observe({ type, buffered: true });
    });
  // The first paint, and whether the map was already in the page as written (a map drawn into
  // the HTML, as the atlas's first view is, is on screen from the first paint).
  window.__bench.firstPaint = firstEntry('paint', 'first-contentful-paint');
  document.addEventListener('DOMContentLoaded', () => {
    window.__bench.mapInHtml = document.querySelector('[data-unit]') !== null;
  });
  window.__bench.drawn = firstEntry('mark', 'atlas-drawn');
  // Main-thread tasks of 50 ms or more, from navigation (the start-up's long tasks).
  window.__bench.longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__bench.events.push({
        name: entry.name,
        duration: entry.duration,
        interactionId: entry.interactionId,
      });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  addEventListener(
    'keydown',
    () => requestAnimationFrame(() => setTimeout(() => window.__bench.framesAfterKey++, 0)),
    true,
  );
}

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'blink.user_timing',
];

async function measureInBrowser(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    const cdp = await page.createCDPSession();
    await page.evaluateOnNewDocument(pageProbe);
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(String(error.message || error)));

    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const drawnMs = await withTimeout(page.evaluate(() => window.__bench.drawn), 60_000, 'the atlas-drawn mark');
    // The map is on screen at the first paint when it was in the HTML, else when drawn.
    const mapShownMs = await page.evaluate(async () =>
      window.__bench.mapInHtml ? await window.__bench.firstPaint : await window.__bench.drawn,
    );
    // Let late requests and start-up work finish before counting and stepping.
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 30_000 }).catch(() => {});
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    // Every node of the document (elements, text, comments), as the DevTools protocol counts
    // them.
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const count = (node) => 1 + (node.children || []).reduce((sum, child) => sum + count(child), 0);
    const domAllNodes = count(root);
    // The start-up's longest task until the map was drawn, with the drawing frame's.
    const startTasks = await page.evaluate((drawn) =>
      window.__bench.longTasks.filter((t) => t.start <= drawn + 50).map((t) => t.duration), drawnMs);
    const startLongestMs = Math.max(0, ...startTasks);
    const startLongTasks = startTasks.length;

    const steps = {};
    for (const rate of SPEEDS) steps[`x${rate}`] = await measureSteps(page, cdp, rate);
    const filterMs = await measureFilter(page);
    // The start again at 4× CPU (a school laptop), the files now in the browser's cache: the
    // map drawn, and the start-up's long tasks.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.reload({ waitUntil: 'load', timeout: 120_000 });
    const drawnX4Ms = await withTimeout(page.evaluate(() => window.__bench.drawn), 120_000, 'the atlas-drawn mark at 4×');
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 60_000 }).catch(() => {});
    const x4Tasks = await page.evaluate((drawn) =>
      window.__bench.longTasks.filter((t) => t.start <= drawn + 50).map((t) => t.duration), drawnX4Ms);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const startX4 = { drawnMs: drawnX4Ms, longestMs: Math.max(0, ...x4Tasks), longTasks: x4Tasks.length };
    return {
      mapShownMs, drawnMs, domNodes, domAllNodes, startLongestMs, startLongTasks, startX4, steps,
      filterMs, pageErrors,
    };
  } finally {
    await context.close();
  }
}

// The atlas's event list filtered by region, from the change until the frame after it has been
// produced (a task queued from an animation frame runs after that frame): the median over the
// regions, each chosen from "all regions". Pages without the filter give null.
async function measureFilter(page) {
  const times = await page.evaluate(async () => {
    const select = document.querySelector('select[data-ui=filter-region]');
    if (!select) return null;
    const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const choose = async (value) => {
      const start = performance.now();
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await painted();
      return performance.now() - start;
    };
    const out = [];
    for (const option of [...select.options].map((o) => o.value).filter((v) => v !== 'all')) {
      out.push(await choose(option));
      await choose('all');
    }
    return out;
  });
  return times && times.length ? median(times) : null;
}

// Presses ArrowRight STEPS times on the focused date slider, starting from its first day, and
// works out what each press cost the page's main thread until its frame was painted.
async function measureSteps(page, cdp, rate) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    await page.focus('input[data-ui=date]');
    await page.keyboard.press('Home');
    // Two frames and a pause, so the jump to the start and any timers it set are done.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await sleep(400 * rate);
    const sliderText = () =>
      page.$eval('input[data-ui=date]', (input) => input.getAttribute('aria-valuetext') || input.value);
    const from = await sliderText();
    await page.evaluate(() => {
      window.__bench.events.length = 0;
      window.__bench.framesAfterKey = 0;
    });

    await page.tracing.start({ categories: TRACE_CATEGORIES });
    for (let i = 1; i <= STEPS; i++) {
      await page.keyboard.press('ArrowRight');
      // Give the frame time to be made without touching the page, then make sure it was.
      await sleep(40 * rate);
      await page.evaluate(
        (n) =>
          new Promise((resolve) => {
            const check = () => (window.__bench.framesAfterKey >= n ? resolve() : setTimeout(check, 5));
            check();
          }),
        i,
      );
    }
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    // Event Timing entries are delivered a little after their frame.
    await sleep(200);
    const eventEntries = await page.evaluate(() => window.__bench.events.splice(0));

    const to = await sliderText();

    const perStep = stepCostsFromTrace(trace.traceEvents || trace);
    // Where the slider started and ended, to show the steps really moved through the events.
    return { from, to, ...summariseSteps(perStep, eventEntries) };
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}

// For each keydown in the trace: the main-thread tasks from the one that handled the key up to
// the end of the task that painted the next frame, their summed durations ("cost"), and the time
// from the start of the first to the end of the last ("latency"). If no frame was painted before
// the next key, the step ends where the next key's task starts.
function stepCostsFromTrace(events) {
  const { keydowns, onMain, tasks, taskAt } = mainThreadTasks(events);
  if (keydowns.length === 0) return [];
  const paints = onMain.filter((e) => e.name === 'Paint');

  const keyTasks = keydowns.map((k) => ({ key: k, task: taskAt(k.ts) }));
  const startOf = ({ key, task }) => (task ? task.ts : key.ts);
  return keyTasks.map(({ key, task }, i) => {
    const start = startOf({ key, task });
    const nextKeyStart = i + 1 < keyTasks.length ? startOf(keyTasks[i + 1]) : Infinity;
    const paint = paints.find((p) => p.ts > key.ts && p.ts < nextKeyStart);
    let end;
    if (paint) {
      const frameTask = taskAt(paint.ts);
      end = frameTask ? frameTask.ts + frameTask.dur : paint.ts + paint.dur;
    } else {
      end = Number.isFinite(nextKeyStart) ? nextKeyStart : key.ts + key.dur;
    }
    const inStep = tasks.filter((t) => t.ts >= start && t.ts < end);
    // Everything until the next key (or the end of the trace), work deferred past the frame
    // (the atlas's event panel and list) included.
    const beforeNext = tasks.filter((t) => t.ts >= start && t.ts < nextKeyStart);
    return {
      costMs: inStep.reduce((sum, t) => sum + t.dur, 0) / 1000,
      allMs: beforeNext.reduce((sum, t) => sum + t.dur, 0) / 1000,
      latencyMs: (end - start) / 1000,
      tasks: inStep.length,
      painted: Boolean(paint),
    };
  });
}

function summariseSteps(perStep, eventEntries) {
  const costs = perStep.map((s) => s.costMs);
  // Event Timing: one interaction per key press (keydown and keyup share its id); its duration
  // runs from the input to the next frame being presented, rounded to 8 ms.
  const byInteraction = new Map();
  for (const e of eventEntries) {
    if (!e.interactionId) continue;
    byInteraction.set(e.interactionId, Math.max(byInteraction.get(e.interactionId) || 0, e.duration));
  }
  const reported = [...byInteraction.values()];
  return {
    steps: perStep.length,
    medianMs: median(costs),
    allMedianMs: median(perStep.map((s) => s.allMs)),
    p90Ms: percentile(costs, 90),
    maxMs: Math.max(...costs),
    over16: costs.filter((c) => c > FRAME_MS).length,
    latencyMedianMs: median(perStep.map((s) => s.latencyMs)),
    unpainted: perStep.filter((s) => !s.painted).length,
    eventTiming: {
      over16: reported.length,
      maxMs: reported.length ? Math.max(...reported) : 0,
    },
    perStepMs: costs.map((c) => Math.round(c * 100) / 100),
  };
}

// ---------------------------------------------------------------------------------------------
// Lighthouse (its default config is the mobile preset: a phone screen, simulated slow 4G and
// 4x CPU slowdown).

async function startLighthouseChrome() {
  const chromeLauncher = await import('chrome-launcher');
  return chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags: ['--headless=new', ...CHROME_FLAGS],
  });
}

async function measureLighthouse(chrome, url) {
  const { default: lighthouse } = await import('lighthouse');
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
  });
  const { lhr } = result;
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
  return {
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    performance: score('performance'),
    accessibility: score('accessibility'),
    runtimeError: lhr.runtimeError?.message ?? null,
    warnings: lhr.runWarnings,
  };
}

// ---------------------------------------------------------------------------------------------
// Statistics

function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

// Nearest-rank percentile.
function percentile(values, p) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  return v[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)];
}

// The numbers of an object tree, as "a.b.c" → value.
function flatten(value, prefix = '', out = {}) {
  if (typeof value === 'number') out[prefix] = value;
  else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

// The median of every number over the rounds, keyed as in flatten().
function medianOverRounds(rounds) {
  const flat = rounds.map((r) => flatten(r));
  const keys = [...new Set(flat.flatMap((f) => Object.keys(f)))];
  return Object.fromEntries(keys.map((k) => [k, median(flat.map((f) => f[k]))]));
}

async function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------
// Report

// Table rows: label, the key in the medians, and the decimals to print.
const ROWS = [
  ['Navigation → map on screen (ms)', 'mapShownMs', 0],
  ['Navigation → map drawn by the running app (ms)', 'drawnMs', 0],
  ['Slider step, main thread until painted: median (ms)', 'steps.x1.medianMs', 2],
  ['Slider step, all main-thread work before the next step: median (ms)', 'steps.x1.allMedianMs', 2],
  ['Slider step: p90 (ms)', 'steps.x1.p90Ms', 2],
  ['Slider steps over 16.7 ms (of STEPS)', 'steps.x1.over16', 0],
  ['Slider steps with an Event Timing entry ≥ 16 ms', 'steps.x1.eventTiming.over16', 0],
  ['4× CPU: slider step median (ms)', 'steps.x4.medianMs', 2],
  ['4× CPU: slider step p90 (ms)', 'steps.x4.p90Ms', 2],
  ['4× CPU: all main-thread work per step: median (ms)', 'steps.x4.allMedianMs', 2],
  ['4× CPU: slider steps over 16.7 ms (of STEPS)', 'steps.x4.over16', 0],
  ['4× CPU: steps with an Event Timing entry ≥ 16 ms', 'steps.x4.eventTiming.over16', 0],
  ['Filtering the event list by region, until painted: median (ms)', 'filterMs', 1],
  ['Start-up: longest main-thread task until the map is drawn (ms)', 'startLongestMs', 0],
  ['Start-up: tasks of 50 ms or more until the map is drawn', 'startLongTasks', 0],
  ['4× CPU, files cached: navigation → map drawn by the running app (ms)', 'startX4.drawnMs', 0],
  ['4× CPU, files cached: start-up\'s longest task (ms)', 'startX4.longestMs', 0],
  ['4× CPU, files cached: start-up tasks of 50 ms or more', 'startX4.longTasks', 0],
  ['DOM elements after load', 'domNodes', 0],
  ['DOM nodes after load, all (as the DevTools protocol counts them)', 'domAllNodes', 0],
  ['Code as served (KB): wasm + js + css + html', 'codeKB', 1],
  ['Lighthouse mobile: LCP (ms)', 'lighthouse.lcpMs', 0],
  ['Lighthouse mobile: TBT (ms)', 'lighthouse.tbtMs', 0],
  ['Lighthouse mobile: CLS', 'lighthouse.cls', 3],
  ['Lighthouse mobile: performance score', 'lighthouse.performance', 0],
  ['Lighthouse mobile: accessibility score', 'lighthouse.accessibility', 0],
];

function markdownTable(report) {
  const names = Object.keys(report.pages);
  const both = names.length === 2;
  const medians = names.map((name) => report.pages[name].median);
  const fmt = (v, digits) => (v == null ? '–' : v.toFixed(digits));
  const titles = names.map((name) => report.pages[name].title);
  const geodata = report.settings.geodata ? `, geodata ${report.settings.geodata}` : '';
  const lines = [
    `${titles.join(' vs ')} — median of ${report.settings.rounds} round(s), ` +
      `${report.settings.steps} slider steps per round${geodata}, served ${report.settings.serve}, ` +
      report.environment.browser,
    '',
    `| measure | ${titles.join(' | ')} |${both ? ' atlas / leaflet |' : ''}`,
    `|---|${names.map(() => '---:|').join('')}${both ? '---:|' : ''}`,
  ];
  for (const [label, key, digits] of ROWS) {
    if (medians.every((m) => !(key in m))) continue;
    const cells = medians.map((m) => fmt(m[key], digits));
    if (both) {
      const ratio = report.ratio[key];
      cells.push(ratio == null ? '–' : ratio.toFixed(2));
    }
    lines.push(`| ${label.replace('STEPS', report.settings.steps)} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  await fs.access(path.join(REPO, 'dist', 'index.html')).catch(() => {
    throw new Error('dist/index.html is missing: build the atlas first (trunk build --release)');
  });
  if (PAGES.leaflet) {
    await fs.access(path.join(LEAFLET_DIST, 'leaflet.js')).catch(() => {
      throw new Error('bench/node_modules is missing: run npm ci --prefix bench');
    });
  }
  if (GEODATA) {
    for (const file of ['atlas.json', 'events.json', 'sources.json', 'territories.geojson', 'claims.geojson', 'base.geojson']) {
      await fs.access(path.join(GEODATA, file)).catch(() => {
        throw new Error(`--geodata ${GEODATA} has no ${file}`);
      });
    }
    log(`geodata/ is ${GEODATA}`);
  }

  const load = os.loadavg()[0];
  if (load > 0.5 * os.cpus().length) {
    log(`warning: load average ${load.toFixed(2)} on ${os.cpus().length} cores; timings will be noisy`);
  }

  // Start the two servers, one origin per page.
  const urls = {};
  const servers = [];
  for (const [name, pageInfo] of Object.entries(PAGES)) {
    await warmGzipCache(pageInfo.mounts);
    const server = await startServer(pageInfo.mounts);
    servers.push(server);
    const query = name === 'atlas' && options.query ? `?${options.query}` : '';
    urls[name] = `http://127.0.0.1:${server.address().port}/${query}`;
    log(`${pageInfo.title}: ${urls[name]}`);
  }

  const browser = await puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    args: CHROME_FLAGS,
    defaultViewport: VIEWPORT,
  });
  const browserName = await browser.version();
  const lighthouseChrome = LIGHTHOUSE ? await startLighthouseChrome() : null;

  const results = Object.fromEntries(Object.keys(PAGES).map((name) => [name, []]));
  try {
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate which page goes first, so neither always meets a warmer machine.
      const order = round % 2 === 0 ? Object.keys(PAGES) : Object.keys(PAGES).reverse();
      const thisRound = Object.fromEntries(order.map((name) => [name, {}]));
      for (const name of order) {
        log(`round ${round + 1}/${ROUNDS}: ${name}: load and slider`);
        Object.assign(thisRound[name], await measureInBrowser(browser, urls[name]));
      }
      if (lighthouseChrome) {
        for (const name of order) {
          log(`round ${round + 1}/${ROUNDS}: ${name}: Lighthouse`);
          thisRound[name].lighthouse = await measureLighthouse(lighthouseChrome, urls[name]);
        }
      }
      for (const name of order) results[name].push(thisRound[name]);
    }
  } finally {
    await browser.close();
    if (lighthouseChrome) await lighthouseChrome.kill();
    for (const server of servers) server.close();
  }

  const report = {
    generated: new Date().toISOString(),
    environment: {
      browser: browserName,
      node: process.version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      loadAverageAtStart: load,
    },
    settings: {
      rounds: ROUNDS,
      steps: STEPS,
      viewport: VIEWPORT,
      cpuThrottling: SPEEDS,
      gzipLevel: GZIP_LEVEL,
      serve: SERVE,
      lighthouse: LIGHTHOUSE,
      pages: Object.keys(PAGES),
      geodata: GEODATA ? path.relative(REPO, GEODATA) || GEODATA : null,
    },
    pages: {},
    ratio: {},
  };
  for (const [name, pageInfo] of Object.entries(PAGES)) {
    const code = await codeSize(await pageInfo.code());
    const med = medianOverRounds(results[name]);
    med.codeKB = code.sent / 1024;
    report.pages[name] = { title: pageInfo.title, code, median: med, rounds: results[name] };
  }
  if (PAGES.atlas && PAGES.leaflet) {
    const a = report.pages.atlas.median;
    const b = report.pages.leaflet.median;
    for (const key of Object.keys(a)) {
      if (a[key] != null && b[key] != null && b[key] !== 0) report.ratio[key] = a[key] / b[key];
    }
  }

  await fs.mkdir(path.dirname(options.out), { recursive: true });
  await fs.writeFile(options.out, JSON.stringify(report, null, 2) + '\n');
  console.log(markdownTable(report));
  log(`wrote ${path.relative(process.cwd(), options.out) || options.out}`);

  for (const name of Object.keys(PAGES)) {
    for (const [i, r] of results[name].entries()) {
      if (r.pageErrors?.length) log(`${name}, round ${i + 1}: page errors: ${r.pageErrors.join('; ')}`);
      for (const [speed, s] of Object.entries(r.steps || {})) {
        if (s.from === s.to) log(`${name}, round ${i + 1}, ${speed}: the slider did not move (${s.from})`);
        if (s.unpainted) log(`${name}, round ${i + 1}, ${speed}: ${s.unpainted} step(s) painted no frame`);
      }
      if (r.lighthouse?.runtimeError) log(`${name}, round ${i + 1}: Lighthouse: ${r.lighthouse.runtimeError}`);
    }
  }

}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
