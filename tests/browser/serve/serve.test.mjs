// `netwerkkaart serve` as an editor uses it: a page open in Chromium changes by itself
// when a data file is saved; a broken file shows the diagnostics (file:line:column) over
// the last good site; fixing it brings the page back. Needs NETWERKKAART_BIN and the
// project root as the working directory (run-serve.sh sets both).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { launch } from '../lib/browser.mjs';

const bin = process.env.NETWERKKAART_BIN;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'nk-serve-'));
const orgFile = path.join(work, 'data/organisaties/trajekt.yaml');
let server, browser, page, url, log = '';

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

async function waitFor(predicate, what, ms = 20_000) {
  const end = Date.now() + ms;
  for (;;) {
    if (await predicate()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}\n--- serve log ---\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

before(async () => {
  assert.ok(bin, 'NETWERKKAART_BIN is not set');
  fs.cpSync('data', path.join(work, 'data'), { recursive: true });
  fs.cpSync('content', path.join(work, 'content'), { recursive: true });
  const port = await freePort();
  url = `http://127.0.0.1:${port}/`;
  server = spawn(bin, ['serve', '--port', String(port), '--vandaag', '2026-11-22', '--data', path.join(work, 'data'),
    '--content', path.join(work, 'content'), '--out', path.join(work, 'site'), '--theme', 'themes/default'],
  { stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.on('data', (d) => { log += d; });
  server.stderr.on('data', (d) => { log += d; });
  await waitFor(() => log.includes('netwerkkaart serve: http://'), 'serve to listen', 60_000);
  browser = await launch();
  page = await browser.context.newPage();
});

after(async () => {
  if (browser) await browser.close();
  if (server) {
    server.kill('SIGINT');
    await new Promise((r) => server.on('exit', r));
  }
  fs.rmSync(work, { recursive: true, force: true });
});

const heading = () => page.locator('h1').first().textContent();

test('serve: a saved change shows without a manual reload', async () => {
  await page.goto(`${url}organisaties/trajekt/index.html`);
  assert.equal((await heading()).trim(), 'Trajekt');
  // The page stays as it is: only the script serve adds may reload it.
  await page.evaluate(() => { window.__notReloaded = true; });
  const logBefore = log.length;
  fs.writeFileSync(orgFile, fs.readFileSync(orgFile, 'utf8').replace(/^naam: Trajekt$/m, 'naam: Trajekt Zuid'));
  await waitFor(async () => (await heading().catch(() => ''))?.trim() === 'Trajekt Zuid', 'the new name on the page');
  assert.equal(await page.evaluate(() => window.__notReloaded), undefined, 'serve did not reload the page');
  // The open page came first, before the complete site: its line precedes the build's.
  await waitFor(() => /netwerkkaart build: \d+ bestanden/.test(log.slice(logBefore)), 'the complete site');
  const since = log.slice(logBefore);
  const first = since.indexOf("1 open pagina('s) bijgewerkt");
  assert.ok(first >= 0, since);
  assert.ok(first < since.search(/netwerkkaart build: \d+ bestanden/), since);
  // Pages that were not open follow with the complete site: the list of organisations.
  const list = await (await fetch(`${url}organisaties/index.html`)).text();
  assert.match(list, /Trajekt Zuid/);
});

test('serve: a broken file shows the diagnostics over the last good site', async () => {
  fs.writeFileSync(orgFile, fs.readFileSync(orgFile, 'utf8').replace(/^ring: (.*)$/m, 'ringg: $1'));
  const overlay = page.locator('#netwerkkaart-fouten');
  await waitFor(() => overlay.isVisible().catch(() => false), 'the error overlay');
  const text = await overlay.textContent();
  assert.match(text, /trajekt\.yaml:3:1: fout NK101: onbekende sleutel .ringg./, text);
  assert.match(text, /bedoelde je 'ring'/);
  assert.equal(await overlay.getAttribute('role'), 'alert');
  // The last good site is still there under it.
  assert.equal((await heading()).trim(), 'Trajekt Zuid');
});

test('serve: fixing the file takes the overlay away and shows the page again', async () => {
  fs.writeFileSync(orgFile, fs.readFileSync(orgFile, 'utf8').replace(/^ringg: /m, 'ring: ').replace(/^naam: Trajekt Zuid$/m, 'naam: Trajekt'));
  await waitFor(async () => (await heading().catch(() => ''))?.trim() === 'Trajekt', 'the fixed page');
  assert.equal(await page.locator('#netwerkkaart-fouten').count(), 0);
});

test('serve: no file outside the site, right content types', async () => {
  for (const bad of ['..%2f..%2fetc%2fpasswd', '%2e%2e/%2e%2e/etc/passwd', 'assets/..%2f..%2f..%2fetc/passwd']) {
    const res = await fetch(url + bad);
    assert.equal(res.status, 404, bad);
    assert.ok(!(await res.text()).includes('root:'), bad);
  }
  const css = await fetch(`${url}assets/netwerkkaart.css`);
  assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
  const vcf = await fetch(`${url}organisaties/trajekt/`);
  assert.equal(vcf.headers.get('content-type'), 'text/html; charset=utf-8');
  const missing = await fetch(`${url}bestaat/niet/`);
  assert.equal(missing.status, 404);
  assert.match(await missing.text(), /Pagina niet gevonden/);
});
