// Network maps (docs/maps.md) in Chromium at 1280 px: on every page with a map, computed
// from the SVG as the browser draws it (its own fonts), no node label overflows its node
// and no two nodes overlap; every node of the drawing has a link in the link layer over
// it, and every such link leads to a page of the site; axe-core (WCAG 2.1 AA) finds no
// violation on any of these pages (not just one per page kind, as axe.test.mjs). Screenshots of the overview, the busiest organisation and the opschalingsstructuur
// are written to MAP_SCREENSHOTS (default: build/browser-artefacts/maps, not committed).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test, { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { describeViolation, runAxe } from './lib/axe.mjs';
import { baseUrl, DESKTOP, launch } from './lib/browser.mjs';
import { listPages, readSite, siteDir } from './lib/site.mjs';

const dir = siteDir();
const here = path.dirname(fileURLToPath(import.meta.url));
const shots = process.env.MAP_SCREENSHOTS || path.join(here, '../../build/browser-artefacts/maps');
const mapPages = listPages(dir).filter((p) => readSite(dir, p).includes('class="map__drawing"'));

let browser;
let base;
before(async () => {
  base = await baseUrl();
  // bypassCSP: axe is injected as an inline script (the geometry does not depend on it).
  browser = await launch({ viewport: DESKTOP, bypassCSP: true });
});
after(async () => {
  await browser?.close();
  await base?.close();
});

// Runs in the page: the geometry of every map, in SVG user units.
function measure() {
  const out = [];
  for (const svg of document.querySelectorAll('svg.map__drawing')) {
    const nodes = [];
    for (const g of svg.querySelectorAll('g.map-node')) {
      const r = g.querySelector('rect').getBBox();
      const t = g.querySelector('text').getBBox();
      nodes.push({ label: g.querySelector('text').textContent, rect: { x: r.x, y: r.y, w: r.width, h: r.height }, text: { x: t.x, y: t.y, w: t.width, h: t.height } });
    }
    const layer = svg.nextElementSibling?.matches('svg.map__links') ? [...svg.nextElementSibling.querySelectorAll('a')] : [];
    const links = layer.length;
    const hrefs = layer.map((a) => a.href.baseVal ? new URL(a.href.baseVal, document.baseURI).href : a.getAttribute('href'));
    const box = svg.getBoundingClientRect();
    out.push({ title: svg.querySelector('title')?.textContent, role: svg.getAttribute('role'), nodes, links, hrefs, width: box.width, viewBox: svg.viewBox.baseVal.width });
  }
  return out;
}

function overlaps(a, b) {
  const eps = 0.5;
  return a.x + eps < b.x + b.w && b.x + eps < a.x + a.w && a.y + eps < b.y + b.h && b.y + eps < a.y + a.h;
}

function problems(maps) {
  const found = [];
  for (const m of maps) {
    if (m.role !== 'img') found.push(`${m.title}: the drawing lacks role="img"`);
    for (const n of m.nodes) {
      const { rect: r, text: t } = n;
      if (t.x < r.x - 0.5 || t.y < r.y - 0.5 || t.x + t.w > r.x + r.w + 0.5 || t.y + t.h > r.y + r.h + 0.5)
        found.push(`${m.title}: label "${n.label}" (${t.w.toFixed(1)} x ${t.h.toFixed(1)}) overflows its node (${r.w} x ${r.h})`);
    }
    for (let i = 0; i < m.nodes.length; i++)
      for (let j = i + 1; j < m.nodes.length; j++)
        if (overlaps(m.nodes[i].rect, m.nodes[j].rect)) found.push(`${m.title}: nodes "${m.nodes[i].label}" and "${m.nodes[j].label}" overlap`);
  }
  return found;
}

test('every organisation, specialisme, gemeente, overleg and route page has its map, and so have the overview and overleggen', () => {
  const entity = /^(organisaties|specialismen|gemeenten|overleggen|routes)\/[^/]+\/index\.html$/;
  const without = listPages(dir).filter((p) => entity.test(p) && !mapPages.includes(p));
  assert.deepEqual(without, []);
  for (const p of ['kaart/index.html', 'overleggen/index.html']) assert.ok(mapPages.includes(p), `${p} has no map`);
  for (const prefix of ['organisaties/', 'specialismen/', 'gemeenten/', 'overleggen/', 'routes/']) {
    assert.ok(mapPages.some((p) => p.startsWith(prefix)), `no map on any page under ${prefix}`);
  }
});

test('no label overflows its node, no two nodes overlap and every node link leads to a page, on every page with a map (1280 px)', { timeout: 600_000 }, async () => {
  const page = await browser.context.newPage();
  const found = [];
  for (const p of mapPages) {
    await page.goto(base.url + p);
    const maps = await page.evaluate(measure);
    assert.ok(maps.length > 0, `${p}: no map measured`);
    for (const m of maps) {
      const linked = m.nodes.length;  // every node but the layer labels of the structure links
      if (m.links === 0 && linked > 0) found.push(`${p}: ${m.title}: no link layer`);
      for (const href of m.hrefs) {
        // A link of the layer names a page of this site (its #fragment is checked by crawl.test.mjs).
        const url = new URL(href);
        const rel = decodeURIComponent(url.pathname).slice(new URL(base.url).pathname.length);
        if (!href.startsWith(base.url) || !fs.existsSync(path.join(dir, rel)) || !rel.endsWith('.html'))
          found.push(`${p}: ${m.title}: the node link ${href} does not lead to a page of the site`);
      }
    }
    for (const f of problems(maps)) found.push(`${p}: ${f}`);
  }
  await page.close();
  assert.deepEqual(found, []);
});

test('screenshots of the overview, the busiest organisation and the opschalingsstructuur (1280 px)', { timeout: 120_000 }, async () => {
  fs.mkdirSync(shots, { recursive: true });
  const orgs = mapPages.filter((p) => /^organisaties\/[^/]+\/index\.html$/.test(p));
  const busiest = orgs
    .map((p) => ({ p, n: (readSite(dir, p).match(/class="map-node /g) || []).length }))
    .sort((a, b) => b.n - a.n || a.p.localeCompare(b.p))[0].p;
  const page = await browser.context.newPage();
  for (const [name, p] of [['overzicht', 'kaart/index.html'], ['drukste-organisatie', busiest], ['opschalingsstructuur', 'overleggen/index.html']]) {
    await page.goto(base.url + p);
    const figure = page.locator('figure.map').first();
    await figure.scrollIntoViewIfNeeded();
    const file = path.join(shots, `${name}.png`);
    await figure.screenshot({ path: file });
    assert.ok(fs.statSync(file).size > 1000, `${file} is empty`);
    const maps = await page.evaluate(measure);
    assert.deepEqual(problems(maps), [], `${p}`);
    // Legible at 1280 px: a map is either shown at its own size or at least 60% of it
    // (a wider one scrolls in its frame rather than shrinking).
    for (const m of maps) assert.ok(m.width >= Math.min(m.viewBox, 1100) * 0.6, `${p}: ${m.title} is shrunk to ${m.width} px`);
  }
  await page.close();
});

test('axe-core (WCAG 2.1 AA): no violation on any page with a map (1280 px)', { timeout: 900_000 }, async (t) => {
  // One tab for all pages: a new tab per page would cost more than axe itself.
  const page = await browser.context.newPage();
  const found = [];
  let version = '';
  for (const p of mapPages) {
    const response = await page.goto(base.url + p, { waitUntil: 'load' });
    assert.equal(response?.status(), 200, `HTTP status of ${p}`);
    const result = await runAxe(page);
    version = result.version;
    if (result.violations.length) found.push(`${p}:\n${result.violations.map(describeViolation).join('\n')}`);
  }
  await page.close();
  t.diagnostic(`axe-core ${version} on ${mapPages.length} pages with a map`);
  assert.ok(mapPages.length > 0);
  assert.deepEqual(found, [], `axe-core ${version} violations on ${found.length} of ${mapPages.length} pages`);
});
