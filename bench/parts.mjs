#!/usr/bin/env node
// Where a slider step's time goes: the atlas at URL is stepped with parts of the page hidden by
// a stylesheet, and a Chrome trace splits each step into the key press's task, the frame that
// paints it (with its layout, paint, pre-paint, layerize and commit) and the work deferred past
// that frame. A part whose hiding leaves a phase unchanged is not what that phase costs.
//
//   python3 tests/support/serve.py --port 8081 --directory dist &
//   node bench/parts.mjs http://127.0.0.1:8081/ [--steps 60] [--rounds 3] [--selector CSS]
//
// Medians over the steps of each round; rounds interleave the variants. Reports to stdout.

import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { mainThreadTasks } from './trace.mjs';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    steps: { type: 'string', default: '60' },
    rounds: { type: 'string', default: '3' },
    // The slider to step (the Leaflet page's is a plain range input).
    selector: { type: 'string', default: 'body > .atlas input[type=range]' },
    chrome: { type: 'string', default: process.env.CHROME_PATH || '/usr/bin/chromium' },
  },
});
const url = positionals[0];
if (!url) {
  console.error('usage: node bench/parts.mjs URL [--steps N] [--rounds N] [--selector CSS]');
  process.exit(2);
}
const STEPS = Number(options.steps);
const ROUNDS = Number(options.rounds);

// What is hidden in each variant: `display: none` takes a part out of style, layout and paint.
const VARIANTS = {
  'whole page': '',
  'no map drawing': '.map-surface svg { display: none }',
  'no event column': '.atlas-events { display: none }',
  'no map, event column or header':
    '.map-surface svg, .atlas-events, .atlas-header { display: none }',
};

const PHASES = { Layout: 'layout', Paint: 'paint', PrePaint: 'prepaint', Layerize: 'layerize', Commit: 'commit' };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

async function measure(browser, css) {
  const page = await browser.newPage();
  // The atlas ships a strict Content-Security-Policy; the injected stylesheet is the bench's.
  await page.setBypassCSP(true);
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.waitForSelector(options.selector);
  if (css) await page.addStyleTag({ content: css });
  await page.focus(options.selector);
  await page.keyboard.press('Home');
  await new Promise((r) => setTimeout(r, 400));
  await page.tracing.start({
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc'],
  });
  for (let i = 0; i < STEPS; i++) {
    await page.keyboard.press('ArrowRight');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30))));
  }
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
  await page.close();
  const events = trace.traceEvents ?? trace;
  const { keydowns: keys, onMain: main, tasks, taskAt } = mainThreadTasks(events);
  const within = (task, name) =>
    main
      .filter((e) => e.name === name && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur)
      .reduce((sum, e) => sum + e.dur, 0);
  const steps = [];
  keys.forEach((key, i) => {
    const next = i + 1 < keys.length ? keys[i + 1].ts : Infinity;
    const input = taskAt(key.ts);
    const begin = main.find((e) => e.name === 'ProxyMain::BeginMainFrame' && e.ts > key.ts && e.ts < next);
    const frame = begin && taskAt(begin.ts);
    if (!input || !frame) return;
    const step = {
      input: input.dur,
      frame: frame.dur,
      after: tasks.filter((t) => t.ts > frame.ts && t.ts < next).reduce((s, t) => s + t.dur, 0),
    };
    for (const [name, key] of Object.entries(PHASES)) step[key] = within(frame, name);
    step.painted = step.input + step.frame;
    steps.push(step);
  });
  const out = {};
  for (const key of Object.keys(steps[0] ?? {})) out[key] = median(steps.map((s) => s[key])) / 1000;
  return out;
}

const browser = await puppeteer.launch({
  executablePath: options.chrome,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});
const results = Object.fromEntries(Object.keys(VARIANTS).map((v) => [v, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, css] of Object.entries(VARIANTS)) {
    console.error(`[parts] round ${round + 1}/${ROUNDS}: ${name}`);
    results[name].push(await measure(browser, css));
  }
}
await browser.close();

const columns = ['painted', 'input', 'frame', 'layout', 'paint', 'prepaint', 'layerize', 'commit', 'after'];
console.log(`| variant | ${columns.join(' | ')} |`);
console.log(`|---|${columns.map(() => '---:|').join('')}`);
for (const [name, rounds] of Object.entries(results)) {
  const cells = columns.map((c) => median(rounds.map((r) => r[c])).toFixed(2));
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}
