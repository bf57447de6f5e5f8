// Measures search on a built site for scripts/bench (not a test): for each query, the bytes
// a first query downloads on a cold search page (client code, index shards, result data:
// assets/zoeken.js and zoeken/index/*, uncompressed), the bytes of a further query on the
// same page, and keypress-to-results in headless Chromium. Each query is measured twice:
// typed key by key (as a user does, so type-ahead loads count) and given at once.
//
//   node tests/browser/search-bench.mjs <site dir> '<json: [{q, filters}]>'
//
// Prints one JSON object.
import { launch, pageUrl } from './lib/browser.mjs';
import { startServer } from './serve.mjs';

const [siteDir, queriesJson] = process.argv.slice(2);
const queries = JSON.parse(queriesJson);
const srv = await startServer({ root: siteDir, prefix: '/portal/' });
const browser = await launch();

function counted(url) {
  return /\/assets\/zoeken\.js$/.test(url) || /\/zoeken\/index\//.test(url);
}

async function freshPage() {
  const tab = await browser.context.newPage();
  // no cache between pages: each "cold" page starts empty
  const cdp = await browser.context.newCDPSession(tab);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const log = { bytes: 0, files: 0, byKind: {} };
  tab.on('response', async (r) => {
    if (!counted(r.url())) return;
    try {
      const body = await r.body();
      log.bytes += body.length;
      log.files += 1;
      const kind = (r.url().match(/zoeken\/index\/([a-z]+)[/.]/) || [null, 'client'])[1];
      log.byKind[kind] = (log.byKind[kind] || 0) + body.length;
    } catch { /* a response without body */ }
  });
  return { tab, log };
}

function stateKey(q, filters) {
  return [q, ...['soort', 'specialisme', 'gemeente', 'doelgroep'].map((g) => filters?.[g] ?? '')].join('|');
}

// Types q key by key (or fills it at once) and returns ms from the last input to the results.
async function runQuery(tab, q, filters, typed) {
  for (const [g, v] of Object.entries(filters || {})) await tab.selectOption(`#filter-${g}`, v);
  if (!q) {
    await tab.waitForFunction((k) => document.getElementById('zoeken').getAttribute('data-shown') === k, stateKey(q, filters), { timeout: 60_000 });
    return null;
  }
  await tab.evaluate(() => {
    const input = document.getElementById('zoek-vraag');
    window.__last = 0;
    window.__shownAt = 0;
    input.addEventListener('input', () => { window.__last = performance.now(); });
    new MutationObserver(() => { window.__shownAt = performance.now(); })
      .observe(document.getElementById('zoeken'), { attributes: true, attributeFilter: ['data-shown'] });
  });
  await tab.fill('#zoek-vraag', '');
  if (typed) await tab.type('#zoek-vraag', q, { delay: 80 });
  else await tab.fill('#zoek-vraag', q);
  const key = stateKey(q, filters);
  // A MutationObserver, not polling: the time the results were in the page.
  const ms = await tab.evaluate((k) => new Promise((resolve) => {
    const c = document.getElementById('zoeken');
    if (c.getAttribute('data-shown') === k) { resolve(window.__shownAt - window.__last); return; }
    new MutationObserver((_, observer) => {
      if (c.getAttribute('data-shown') !== k) return;
      observer.disconnect();
      resolve(performance.now() - window.__last);
    }).observe(c, { attributes: true, attributeFilter: ['data-shown'] });
  }), key);
  return ms;
}

const out = { queries: [] };
for (const { q, filters } of queries) {
  const entry = { q, filters: filters || {} };
  for (const typed of [true, false]) {
    const { tab, log } = await freshPage();
    await tab.goto(pageUrl(srv.url, 'zoeken/index.html'), { waitUntil: 'load' });
    await tab.waitForSelector('#zoeken[data-shown]');
    const before = log.bytes;  // the client itself, loaded with the page
    const ms = await runQuery(tab, q, filters, typed);
    await tab.waitForTimeout(300);  // late responses of superseded keystrokes
    entry[typed ? 'typed' : 'atOnce'] = { firstBytes: log.bytes, clientBytes: before, files: log.files, ms, byKind: { ...log.byKind } };
    // The filter counts, which follow when the filters get focus (or a filter is in use).
    const beforeCounts = log.bytes;
    await tab.focus('#filter-gemeente');
    await tab.waitForFunction(() => { const c = document.getElementById('zoeken'); return c.getAttribute('data-counted') === c.getAttribute('data-shown'); }, null, { timeout: 60_000 });
    await tab.waitForTimeout(200);
    entry[typed ? 'typed' : 'atOnce'].countBytes = log.bytes - beforeCounts;
    await tab.focus('#zoek-vraag');
    // A further query on the same page: another query of the list.
    const other = queries[(queries.indexOf(queries.find((x) => x.q === q && x.filters === filters)) + 1) % queries.length];
    const startBytes = log.bytes;
    if (other.q) {
      for (const g of ['soort', 'specialisme', 'gemeente', 'doelgroep']) await tab.selectOption(`#filter-${g}`, '');
      const ms2 = await runQuery(tab, other.q, other.filters, typed);
      // the filters were used on this page, so counts follow too
      await tab.waitForFunction(() => { const c = document.getElementById('zoeken'); return c.getAttribute('data-counted') === c.getAttribute('data-shown'); }, null, { timeout: 60_000 });
      await tab.waitForTimeout(200);
      entry[typed ? 'typed' : 'atOnce'].further = { q: other.q, bytes: log.bytes - startBytes, ms: ms2 };
    }
    await tab.close();
  }
  out.queries.push(entry);
}
await browser.close();
await srv.close();
console.log(JSON.stringify(out));
