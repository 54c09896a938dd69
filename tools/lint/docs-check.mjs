// Headless-browser check of a page built by `cargo xtask docs`: it renders, its sidebar lists every operation of
// the spec, and one operation page shows its examples. Writes a screenshot of that operation page.
//
// usage: node --experimental-websocket tools/lint/docs-check.mjs <chromium> <page.html> <expected operations> \
//          <screenshot.png> [<operationId to open>]
//
// It drives Chromium over the DevTools protocol (on a pipe-free loopback port Chromium picks itself), with Node's
// own WebSocket: no npm package beyond the pinned @redocly/cli is needed. Every wait is bounded.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [chromium, pagePath, expectedText, screenshot, openId] = process.argv.slice(2);
if (!chromium || !pagePath || !expectedText || !screenshot) {
  console.error('usage: docs-check.mjs <chromium> <page.html> <expected operations> <screenshot.png> [operationId]');
  process.exit(2);
}
const expected = Number(expectedText);
const fail = (message) => {
  console.error(`docs-check: ${pagePath}: ${message}`);
  process.exitCode = 1;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const bounded = (promise, ms, what) =>
  Promise.race([promise, sleep(ms).then(() => Promise.reject(new Error(`timed out: ${what}`)))]);

// The operations the page must list: the operationIds of the spec embedded in the page.
const html = readFileSync(pagePath, 'utf8');
const ids = [...new Set([...html.matchAll(/"operationId":"([^"]+)"/g)].map((m) => m[1]))];

const profile = mkdtempSync(join(tmpdir(), 'docs-check-'));
const browser = spawn(
  chromium,
  ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--user-data-dir=${profile}`,
    '--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0', '--window-size=1400,1800', 'about:blank'],
  { stdio: ['ignore', 'ignore', 'pipe'] },
);
try {
  const wsUrl = await bounded(
    new Promise((done) => {
      let text = '';
      browser.stderr.on('data', (chunk) => {
        text += chunk;
        const found = text.match(/DevTools listening on (ws:\/\/\S+)/);
        if (found) done(found[1]);
      });
    }),
    30000,
    'chromium start',
  );
  const socket = new WebSocket(wsUrl);
  await bounded(new Promise((r) => socket.addEventListener('open', r)), 10000, 'devtools connection');
  let nextId = 0;
  const pending = new Map();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    if (message.id && pending.has(message.id)) {
      pending.get(message.id)(message);
      pending.delete(message.id);
    }
  });
  const call = (method, params = {}, sessionId = undefined) =>
    bounded(
      new Promise((r) => {
        const id = ++nextId;
        pending.set(id, r);
        socket.send(JSON.stringify({ id, method, params, sessionId }));
      }),
      30000,
      method,
    );
  const { result: { targetId } } = await call('Target.createTarget', { url: 'about:blank' });
  const { result: { sessionId } } = await call('Target.attachToTarget', { targetId, flatten: true });
  const evaluate = async (expression) =>
    (await call('Runtime.evaluate', { expression, returnByValue: true }, sessionId)).result.result.value;
  const links = () => evaluate(`[...document.querySelectorAll('a[href^="#/"]')].map(a => a.getAttribute('href'))`);

  await call('Page.navigate', { url: 'file://' + resolve(pagePath) }, sessionId);
  // The sidebar is prerendered; its links work once the script has hydrated the page (clicking earlier would
  // leave the page), so wait for the load event and give hydration a moment.
  for (let i = 0; i < 60 && (await evaluate('document.readyState')) !== 'complete'; i++) await sleep(500);
  await sleep(3000);
  let tags = [];
  for (let i = 0; i < 20 && tags.length === 0; i++) {
    if (i > 0) await sleep(500);
    tags = (await evaluate(`[...document.querySelectorAll('a[href^="/"]')].map(a => a.getAttribute('href'))`)) || [];
    tags = tags.filter((href) => href !== '/' && !href.startsWith('/section/'));
  }
  if (tags.length === 0) throw new Error('the page did not render a sidebar with tags');
  // Open every tag group; its operations then appear as `#/<tag>/<operationid>` links. Collect them group by
  // group: the sidebar only keeps the rows near the viewport once many groups are open.
  const listed = new Set();
  for (const tag of tags) {
    await evaluate(`document.querySelector('a[href=${JSON.stringify(tag)}]')?.click()`);
    await sleep(700);
    for (const href of (await links()) || []) {
      if (/^#\/[^/#]+\/[^/#]+$/.test(href)) listed.add(href.split('/')[2]);
    }
  }
  const missing = ids.filter((id) => !listed.has(id.toLowerCase()));
  console.log(`docs-check: ${pagePath}: ${listed.size} operation(s) listed: ${[...listed].join(', ')}`);
  if (missing.length) fail(`operations missing from the sidebar: ${missing.join(', ')}`);
  if (listed.size !== expected) fail(`expected ${expected} operations, the sidebar lists ${listed.size}`);

  // One operation page, with its example, for the screenshot.
  const target = (openId || ids[0] || '').toLowerCase();
  await evaluate(`[...document.querySelectorAll('a[href^="#/"]')].find(a => a.getAttribute('href').endsWith('/' + ${JSON.stringify(target)}))?.click()`);
  await sleep(1500);
  const text = (await evaluate('document.body.innerText')) || '';
  if (!/example/i.test(text)) fail(`the page of ${target} shows no example`);
  const shot = await call('Page.captureScreenshot', { format: 'png' }, sessionId);
  writeFileSync(screenshot, Buffer.from(shot.result.data, 'base64'));
  console.log(`docs-check: screenshot of ${target} in ${screenshot}`);
  socket.close();
} catch (error) {
  fail(error.message);
} finally {
  const exited = new Promise((r) => browser.once('exit', r));
  browser.kill();
  await Promise.race([exited, sleep(5000)]);
  // Chromium's helper processes may still be writing into the profile after the main process
  // exits; a leftover temporary profile is not a failed check.
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
  } catch (error) {
    console.log(`docs-check: left the temporary profile ${profile} (${error.code})`);
  }
}
