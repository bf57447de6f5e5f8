// Links: starting at index.html, every internal reference (<a>, <area>, SVG links, <link>,
// <script>, <img>, <source>, <form action>, CSS url()) must resolve to a file in SITE_DIR,
// relative to the page, never to a directory (a listing on file://), and a #fragment must
// name an id on the target page. Every .html page but 404.html must be reachable from
// index.html by following links. Parsing is static: no browser needed.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { cssUrls, extractIds, extractRefs, hasScheme, listPages, missingKinds, pagesByKind, readSite, resolveInternal, siteDir } from './lib/site.mjs';

const dir = siteDir();

function exists(rel) {
  try { return fs.statSync(path.join(dir, rel)); } catch { return null; }
}

const idCache = new Map();
function idsOf(rel) {
  if (!idCache.has(rel)) idCache.set(rel, extractIds(readSite(dir, rel)));
  return idCache.get(rel);
}

/** Crawls from index.html; returns {broken: [string], reached: Set, checked: number}. */
function crawl() {
  const broken = [];
  const reached = new Set(['index.html']);
  const queue = ['index.html'];
  const checkedCss = new Set();
  let checked = 0;
  const checkCss = (cssRel) => {
    if (checkedCss.has(cssRel)) return;
    checkedCss.add(cssRel);
    for (const url of cssUrls(readSite(dir, cssRel))) {
      if (hasScheme(url) || url.startsWith('#')) continue;
      checked++;
      const r = resolveInternal(cssRel, url);
      if (r.error) broken.push(`${cssRel}: url(${url}): ${r.error}`);
      else if (!exists(r.path)?.isFile()) broken.push(`${cssRel}: url(${url}): ${r.path} does not exist`);
    }
  };
  while (queue.length) {
    const from = queue.shift();
    for (const ref of extractRefs(readSite(dir, from))) {
      const url = ref.url.trim();
      if (hasScheme(url)) continue; // other hosts: origin.test.mjs; mailto:, tel: are fine
      checked++;
      const where = `${from}:${ref.line}: <${ref.tag} ${ref.attr}="${ref.url}">`;
      const r = resolveInternal(from, url);
      if (r.error) { broken.push(`${where}: ${r.error}`); continue; }
      const target = r.path === '' ? '.' : r.path;
      const st = exists(target);
      if (url === '' || url.startsWith('#') || url.startsWith('?')) {
        // Same page.
      } else if (!st) {
        broken.push(`${where}: ${r.path || '(site root)'} does not exist`);
        continue;
      } else if (st.isDirectory() || r.path.endsWith('/') || r.path === '') {
        broken.push(`${where}: links to a directory; from file:// that shows a listing: link to ${path.posix.join(r.path, 'index.html')}`);
        continue;
      }
      const targetFile = url === '' || url.startsWith('#') || url.startsWith('?') ? from : r.path;
      if (r.fragment !== null && r.fragment !== '' && r.fragment.toLowerCase() !== 'top' && /\.(html|svg)$/.test(targetFile)) {
        if (!idsOf(targetFile).has(r.fragment)) broken.push(`${where}: no id="${r.fragment}" on ${targetFile}`);
      }
      if (targetFile.endsWith('.css')) checkCss(targetFile);
      if (ref.nav && targetFile.endsWith('.html') && !reached.has(targetFile)) {
        reached.add(targetFile);
        queue.push(targetFile);
      }
    }
  }
  return { broken, reached, checked };
}

const result = crawl();

test('every internal link, resource and #fragment from index.html resolves', () => {
  const { broken, checked, reached } = result;
  assert.equal(broken.length, 0,
    `${broken.length} broken reference(s) (of ${checked} checked on ${reached.size} pages):\n${broken.slice(0, 300).join('\n')}${broken.length > 300 ? `\n... and ${broken.length - 300} more` : ''}`);
});

test('every page but 404.html is reachable from index.html', () => {
  const orphans = listPages(dir).filter((p) => p !== '404.html' && !result.reached.has(p));
  assert.equal(orphans.length, 0, `${orphans.length} page(s) not reachable by links from index.html:\n${orphans.join('\n')}`);
});

test('404.html: its links and resources resolve', () => {
  if (!exists('404.html')) return assert.fail('the site has no 404.html');
  const broken = [];
  for (const ref of extractRefs(readSite(dir, '404.html'))) {
    if (hasScheme(ref.url)) continue;
    const r = resolveInternal('404.html', ref.url);
    if (r.error) broken.push(`404.html:${ref.line}: ${ref.url}: ${r.error}`);
    else if (!['', '#'].includes(ref.url.trim()) && !exists(r.path)?.isFile() && !ref.url.trim().startsWith('#')) {
      broken.push(`404.html:${ref.line}: ${ref.url}: ${r.path} is not a file`);
    }
  }
  assert.equal(broken.length, 0, broken.join('\n'));
});

test('the page kinds of site.md are there', (t) => {
  for (const [kind, pages] of pagesByKind(dir)) t.diagnostic(`${kind}: ${pages.length} page(s)`);
  const missing = missingKinds(dir);
  if (process.env.REQUIRE_ALL_KINDS !== '1') {
    if (missing.length) t.diagnostic(`not in this site (REQUIRE_ALL_KINDS=1 fails on them): ${missing.join(', ')}`);
    return;
  }
  assert.deepEqual(missing, [], `the site has no page of kind(s): ${missing.join(', ')}`);
});
