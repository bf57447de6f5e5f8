// Launching Debian's Chromium through playwright-core, and where the site is served.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../serve.mjs';
import { siteDir } from './site.mjs';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps trying to reach Google's hosts.
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 740 };

/**
 * A fresh Chromium with a new temporary profile. options are Playwright context options
 * (viewport, javaScriptEnabled, bypassCSP, ...). Returns {context, close()}.
 */
export async function launch(options = {}) {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (scripts/install-deps)`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'nk-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: DESKTOP,
      locale: 'nl-NL',
      timeout: 60_000,
      ...options,
    });
  } catch (e) {
    fs.rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  context.setDefaultTimeout(30_000);
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The base URL of the served site (ends in '/'): BASE_URL from run.sh, or a server of our
 * own on a free port when a test file is run alone. Returns {url, close()}.
 */
export async function baseUrl() {
  if (process.env.BASE_URL) {
    const url = process.env.BASE_URL.endsWith('/') ? process.env.BASE_URL : `${process.env.BASE_URL}/`;
    return { url, close: async () => {} };
  }
  const srv = await startServer({ root: siteDir(), prefix: '/portal/' });
  return { url: srv.url, close: srv.close };
}

/** The URL of a site page (relative path) under base. */
export function pageUrl(base, rel) {
  return new URL(rel.split('/').map(encodeURIComponent).join('/'), base).href;
}

/** The file:// URL of a site page. */
export function fileUrl(rel) {
  return pathToFileURL(path.join(siteDir(), rel)).href;
}

/**
 * Collects console errors about the Content-Security-Policy and failed requests of a page,
 * to assert on after loading it.
 */
export function watchPage(page) {
  const seen = { cspErrors: [], failed: [], pageErrors: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) seen.cspErrors.push(msg.text());
  });
  page.on('requestfailed', (req) => seen.failed.push(`${req.url()} (${req.failure()?.errorText})`));
  page.on('pageerror', (err) => seen.pageErrors.push(String(err)));
  return seen;
}
