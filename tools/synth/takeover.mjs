#!/usr/bin/env node
// How long the release build (dist/) takes to take a record over once its data has arrived:
// navigation → the app's map drawn (the `atlas-drawn` mark), the end of the last data file's
// response (Resource Timing), the difference, and that difference per event.
//
//   npm ci --prefix bench
//   python3 tools/synth/synth.py --kind distinct --events 50000 --out target/synth/distinct-50000
//   node tools/synth/takeover.mjs target/synth/distinct-50000 [more folders…] [--rounds 3]
//
// Each folder is served as geodata/ beside dist/, gzipped as a host would, in a fresh headless
// Chromium per round (nothing cached); the median of the rounds is printed as a Markdown row.

import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(REPO, 'bench', 'package.json'));
const puppeteer = require('puppeteer-core');

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const ROUNDS = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 3;
const FOLDERS = args;
if (FOLDERS.length === 0 || !(ROUNDS >= 1)) {
  console.error('usage: node tools/synth/takeover.mjs FOLDER… [--rounds N]');
  process.exit(2);
}
const DATA = /\/geodata\/[^/]+\.(json|geojson)$/;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
};

function serve(geodata) {
  const cache = new Map();
  const gzipped = async (file) => {
    if (!cache.has(file)) cache.set(file, zlib.gzipSync(await fs.readFile(file), { level: 6 }));
    return cache.get(file);
  };
  const server = http.createServer(async (request, response) => {
    const url = decodeURIComponent(new URL(request.url, 'http://host').pathname);
    const [dir, rest] = url.startsWith('/geodata/')
      ? [geodata, url.slice('/geodata/'.length)]
      : [path.join(REPO, 'dist'), url === '/' ? 'index.html' : url.slice(1)];
    const file = path.resolve(dir, rest);
    try {
      if (path.relative(dir, file).startsWith('..')) throw new Error('outside');
      const body = await gzipped(file);
      response.writeHead(200, {
        'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
        'content-encoding': 'gzip',
        'cache-control': 'no-cache',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// Installed before the page's own scripts: the startTime of the `atlas-drawn` mark.
function probe() {
  window.__drawn = new Promise((resolve) =>
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntriesByName('atlas-drawn')[0];
      if (entry) {
        observer.disconnect();
        resolve(entry.startTime);
      }
    }).observe({ type: 'mark', buffered: true }),
  );
}

async function round(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.evaluateOnNewDocument(probe);
    await page.goto(url, { timeout: 0 });
    const drawn = await page.evaluate(() => window.__drawn);
    const arrived = await page.evaluate(
      (pattern) =>
        Math.max(
          ...performance
            .getEntriesByType('resource')
            .filter((e) => new RegExp(pattern).test(e.name))
            .map((e) => e.responseEnd),
        ),
      DATA.source,
    );
    return { drawn, arrived };
  } finally {
    await context.close();
  }
}

// The number of events of a folder: from its synth.json, else counted in its events.json.
async function eventCount(folder) {
  try {
    return JSON.parse(await fs.readFile(path.join(folder, 'synth.json'), 'utf8')).events;
  } catch {
    const data = JSON.parse(await fs.readFile(path.join(folder, 'events.json'), 'utf8'));
    return (Array.isArray(data) ? data : data.events).length;
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  protocolTimeout: 0,
});
console.log('| record | events.json | navigation → drawn | data arrived | after the data | per event |');
console.log('|---|---:|---:|---:|---:|---:|');
try {
  for (const folder of FOLDERS) {
    const events = await eventCount(folder);
    const bytes = (await fs.stat(path.join(folder, 'events.json'))).size;
    const server = await serve(path.resolve(folder));
    const rounds = [];
    for (let i = 0; i < ROUNDS; i++) {
      rounds.push(await round(browser, `http://127.0.0.1:${server.address().port}/`));
    }
    server.close();
    const drawn = median(rounds.map((r) => r.drawn));
    const arrived = median(rounds.map((r) => r.arrived));
    const after = median(rounds.map((r) => r.drawn - r.arrived));
    console.log(
      `| ${path.basename(folder)} | ${(bytes / 1e6).toFixed(1)} MB | ${Math.round(drawn)} ms | ` +
        `${Math.round(arrived)} ms | ${Math.round(after)} ms | ${((after * 1000) / events).toFixed(1)} µs |`,
    );
  }
} finally {
  await browser.close();
}
