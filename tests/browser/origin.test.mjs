// Nothing from another host: every page kind loaded over http from 127.0.0.1 makes no
// request to any other host, nor outside the site's sub-path, every request of its own
// succeeds, and it breaks no rule of its own CSP. Statically, on every page:
// a Content-Security-Policy meta that comes before any resource and allows no other host,
// and no resource (<link>, <script>, <img>, media, CSS url()) with an absolute URL.
import assert from 'node:assert/strict';
import test, { after, before } from 'node:test';
import { baseUrl, launch, pageUrl, watchPage } from './lib/browser.mjs';
import { cspMetas, cspProblems, extractRefs, isOtherHost, listPages, readSite, representativePages, siteDir } from './lib/site.mjs';

const dir = siteDir();
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);
let browser;
let base;

before(async () => {
  base = await baseUrl();
  browser = await launch();
  // Record everything, let nothing leave the machine (no network here anyway; aborting
  // keeps the test fast instead of waiting for time-outs).
  await browser.context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.hostname === '127.0.0.1' || LOCAL_SCHEMES.has(u.protocol)) return route.continue();
    return route.abort('blockedbyclient');
  });
});
after(async () => {
  await browser?.close();
  await base?.close();
});

for (const { kind, page } of representativePages(dir)) {
  test(`only 127.0.0.1 is contacted: ${kind}: ${page}`, { timeout: 120_000 }, async () => {
    const tab = await browser.context.newPage();
    const requests = [];
    const errors = [];
    tab.on('request', (req) => requests.push(req.url()));
    tab.on('response', (res) => { if (res.status() >= 400) errors.push(`${res.url()}: HTTP ${res.status()}`); });
    const seen = watchPage(tab);
    try {
      await tab.goto(pageUrl(base.url, page), { waitUntil: 'load' });
      // Scroll through the page so lazy images and late scripts get their chance.
      await tab.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 20));
        }
      });
      await tab.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
      const foreign = requests.filter((r) => {
        const u = new URL(r);
        return !LOCAL_SCHEMES.has(u.protocol) && u.hostname !== '127.0.0.1';
      });
      assert.deepEqual(foreign, [], `${page} requested from other hosts:\n${foreign.join('\n')}`);
      const prefix = new URL(base.url).pathname;
      const outside = requests.filter((r) => r.startsWith('http://127.0.0.1') && !new URL(r).pathname.startsWith(prefix));
      assert.deepEqual(outside, [], `${page} requested outside the site's sub-path ${prefix} (root-absolute URLs?):\n${outside.join('\n')}`);
      const local = seen.failed.filter((f) => f.startsWith('http://127.0.0.1'));
      assert.deepEqual([...errors, ...local], [], `${page}: requests that failed:\n${[...errors, ...local].join('\n')}`);
      const has = await tab.locator('head meta[http-equiv="Content-Security-Policy" i]').count();
      assert.ok(has > 0, `${page} has no <meta http-equiv="Content-Security-Policy"> in <head>`);
      assert.deepEqual(seen.cspErrors, [], `${page} breaks its own Content-Security-Policy:\n${seen.cspErrors.join('\n')}`);
    } finally {
      await tab.close();
    }
  });
}

test('every page has a Content-Security-Policy meta first, allowing no other host', () => {
  const problems = [];
  for (const page of listPages(dir)) {
    const { metas, firstResource } = cspMetas(readSite(dir, page));
    if (metas.length === 0) { problems.push(`${page}: no <meta http-equiv="Content-Security-Policy">`); continue; }
    for (const m of metas) {
      for (const p of cspProblems(m.content)) problems.push(`${page}:${m.line}: ${p}`);
      if (firstResource && firstResource.offset < m.offset) {
        problems.push(`${page}:${m.line}: the CSP meta comes after <${firstResource.tag}> (line ${firstResource.line}), which it therefore does not cover`);
      }
    }
  }
  assert.equal(problems.length, 0, problems.join('\n'));
});

test('no page refers to a resource on another host', () => {
  const problems = [];
  for (const page of listPages(dir)) {
    for (const ref of extractRefs(readSite(dir, page))) {
      if (ref.load && isOtherHost(ref.url)) problems.push(`${page}:${ref.line}: <${ref.tag} ${ref.attr}="${ref.url}">`);
    }
  }
  assert.equal(problems.length, 0, `resources from other hosts:\n${problems.join('\n')}`);
});
