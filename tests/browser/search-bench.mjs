// Measures search on a built site for scripts/bench (not a test). For each example query, on
// a cold search page (browser cache off, a new tab): the bytes the first query downloads
// (client code, manifest, index shards, postings, result data: assets/zoeken.js and every
// file under zoeken/index/, uncompressed) until its results are shown; the bytes of the
// filter counts once the filters get focus; the bytes of a further query on the same page
// (the next query of the list, with the filters used, so its counts follow too); and of
// toggling a filter on and off again. Keypress-to-results is measured for every keystroke:
// from the input event to the results for exactly that text in the page. Each query is
// measured typed key by key (as a user types, so type-ahead loads count) and given at once.
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
const GROUPS = ['soort', 'specialisme', 'gemeente', 'doelgroep'];
const KEY_DELAY = 150;  // ms between keystrokes: a quick typist on a phone; each keystroke's results show

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
  await tab.goto(pageUrl(srv.url, 'zoeken/index.html'), { waitUntil: 'load' });
  await tab.waitForSelector('#zoeken[data-shown]');
  // Every input event and every change of the results on screen, with their times.
  await tab.evaluate(() => {
    window.__inputs = [];
    window.__shown = [];
    document.getElementById('zoek-vraag').addEventListener('input', (e) => {
      window.__inputs.push({ value: e.target.value, at: performance.now() });
    }, true);
    const c = document.getElementById('zoeken');
    new MutationObserver(() => { window.__shown.push({ key: c.getAttribute('data-shown'), at: performance.now() }); })
      .observe(c, { attributes: true, attributeFilter: ['data-shown'] });
  });
  return { tab, log };
}

function stateKey(q, filters) {
  return [q, ...GROUPS.map((g) => filters?.[g] ?? '')].join('|');
}

async function settle(tab, key, counts) {
  await tab.waitForFunction((k) => document.getElementById('zoeken').getAttribute('data-shown') === k, key, { timeout: 60_000 });
  if (counts) {
    await tab.waitForFunction(() => { const c = document.getElementById('zoeken'); return c.getAttribute('data-counted') === c.getAttribute('data-shown'); }, null, { timeout: 60_000 });
  }
  await tab.waitForTimeout(300);  // late responses (superseded keystrokes, counts)
}

// Types q (or fills it at once) with the filters given; returns the keystroke latencies:
// per input event, ms until the results for exactly that text (and these filters) were
// shown, or null when they never were (a later keystroke came first).
async function runQuery(tab, q, filters, typed, counts) {
  await tab.evaluate(() => { window.__inputs = []; window.__shown = []; });
  // browsing by filters alone: the query goes first (a value it excludes cannot be chosen)
  if (!q && await tab.inputValue('#zoek-vraag')) await tab.fill('#zoek-vraag', '');
  for (const g of GROUPS) {
    const want = filters?.[g] ?? '';
    if (await tab.inputValue(`#filter-${g}`) !== want) await tab.selectOption(`#filter-${g}`, want);
  }
  const key = stateKey(q, filters);
  if (!q || await tab.inputValue('#zoek-vraag') === q) { await settle(tab, key, counts); return []; }
  if (typed) {
    await tab.fill('#zoek-vraag', '');
    await tab.type('#zoek-vraag', q, { delay: KEY_DELAY });
  } else await tab.fill('#zoek-vraag', q);
  await settle(tab, key, counts);
  const suffix = key.slice(q.length);
  return tab.evaluate((suffix) => window.__inputs.filter((i) => i.value).map((i) => {
    const shown = window.__shown.find((s) => s.at >= i.at && s.key === i.value + suffix);
    return shown ? Math.round((shown.at - i.at) * 10) / 10 : null;
  }), suffix);
}

const out = { queries: [] };
for (let i = 0; i < queries.length; i++) {
  const { q, filters } = queries[i];
  const next = queries[(i + 1) % queries.length];
  const entry = { q, filters: filters || {} };
  for (const typed of [true, false]) {
    const { tab, log } = await freshPage();
    const clientBytes = log.bytes;  // the client itself, loaded with the page
    const keys = await runQuery(tab, q, filters, typed, false);
    const first = { firstBytes: log.bytes, clientBytes, files: log.files, keystrokes: keys, byKind: { ...log.byKind } };
    // The filter counts, which follow when the filters get focus (or a filter is in use).
    let start = log.bytes;
    await tab.focus('#filter-gemeente');
    await tab.waitForFunction(() => { const c = document.getElementById('zoeken'); return c.getAttribute('data-counted') === c.getAttribute('data-shown'); }, null, { timeout: 60_000 });
    await tab.waitForTimeout(300);
    first.countBytes = log.bytes - start;
    await tab.focus('#zoek-vraag');
    // A further query on the same page: the next one of the list; the filters were used,
    // so its counts follow too.
    start = log.bytes;
    const keys2 = await runQuery(tab, next.q, next.filters, typed, true);
    first.further = { q: next.q, filters: next.filters || {}, bytes: log.bytes - start, keystrokes: keys2 };
    // Toggling a filter on that query: the first gemeente on, then off again.
    // (A small data set may have no gemeente with results for this query: nothing to toggle.)
    const gemeente = await tab.$eval('#filter-gemeente',
      (s) => Array.from(s.options).find((o) => o.value && !o.disabled)?.value ?? null);
    if (gemeente) {
      const on = { ...(next.filters || {}), gemeente };
      start = log.bytes;
      await runQuery(tab, next.q, on, typed, true);
      await runQuery(tab, next.q, next.filters, typed, true);
      first.toggle = { gemeente, bytes: log.bytes - start };
    } else {
      first.toggle = { gemeente: null, bytes: 0 };
    }
    entry[typed ? 'typed' : 'atOnce'] = first;
    await tab.close();
  }
  out.queries.push(entry);
}
await browser.close();
await srv.close();
console.log(JSON.stringify(out));
