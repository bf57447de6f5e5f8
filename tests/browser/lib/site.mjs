// What the tests know about a generated site: its pages, their kinds, and a small HTML
// extractor for links, ids and the Content-Security-Policy. No browser needed here.
import fs from 'node:fs';
import path from 'node:path';

/** The site directory under test (absolute), from SITE_DIR. */
export function siteDir() {
  const dir = process.env.SITE_DIR;
  if (!dir) throw new Error('SITE_DIR is not set: run tests/browser/run.sh <site dir>');
  const abs = path.resolve(dir);
  if (!fs.existsSync(path.join(abs, 'index.html'))) throw new Error(`${abs} has no index.html`);
  return abs;
}

/** Every file under dir, as sorted relative paths with forward slashes. */
export function listFiles(dir) {
  const out = [];
  const walk = (rel) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else if (e.isFile()) out.push(r);
    }
  };
  walk('');
  return out.sort();
}

/** Every .html page of the site, sorted. */
export function listPages(dir = siteDir()) {
  return listFiles(dir).filter((f) => f.endsWith('.html'));
}

// Sections of site.md whose pages are `<section>/index.html` and `<section>/<id>/index.html`.
// Any other top-level `<slug>/index.html` is a content page.
export const SECTIONS = [
  'organisaties', 'contactpersonen', 'specialismen', 'gemeenten', 'aanbod', 'overleggen',
  'trainingen', 'agenda', 'routes', 'kaart', 'zoeken', 'monitor', 'begrippen', 'data',
];

/**
 * The kind of a page, from its path: 'index.html', '404.html', 'organisaties/index.html',
 * 'organisaties/*\/index.html', 'content page (<slug>/index.html)', and for any other shape
 * the path with its inner segments replaced by '*' (so new page kinds are covered too).
 */
export function kindOf(rel) {
  const parts = rel.split('/');
  if (parts.length === 1) return parts[0] === 'index.html' || parts[0] === '404.html' ? parts[0] : '*.html';
  const [top, ...rest] = parts;
  const last = rest.pop();
  const known = SECTIONS.includes(top);
  if (!known && rest.length === 0 && last === 'index.html') return 'content page (<slug>/index.html)';
  const head = known ? top : '*';
  const file = last === 'index.html' ? 'index.html' : '*.html';
  return [head, ...rest.map(() => '*'), file].join('/');
}

/** Kinds that every real site must have (site.md); REQUIRE_ALL_KINDS=1 makes a missing one fail. */
export const REQUIRED_KINDS = [
  'index.html', '404.html',
  'organisaties/index.html', 'organisaties/*/index.html',
  'contactpersonen/index.html',
  'specialismen/index.html', 'specialismen/*/index.html',
  'gemeenten/index.html', 'gemeenten/*/index.html',
  'aanbod/index.html', 'aanbod/*/index.html',
  'overleggen/index.html', 'overleggen/*/index.html',
  'begrippen/index.html',
  'trainingen/index.html', 'trainingen/*/index.html',
  'agenda/index.html', 'agenda/*/index.html',
  'monitor/index.html',
  'zoeken/index.html',
  'content page (<slug>/index.html)',
];

/** Pages grouped by kind: Map kind -> sorted page list. */
export function pagesByKind(dir = siteDir()) {
  const byKind = new Map();
  for (const p of listPages(dir)) {
    const k = kindOf(p);
    if (!byKind.has(k)) byKind.set(k, []);
    byKind.get(k).push(p);
  }
  return new Map([...byKind.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * One representative page per kind: the largest file of that kind (most content, so most
 * to check), ties broken by path. ALL_PAGES=1 returns every page as its own "kind".
 * Returns [{kind, page}] sorted by kind.
 */
export function representativePages(dir = siteDir()) {
  const out = [];
  for (const [kind, pages] of pagesByKind(dir)) {
    if (process.env.ALL_PAGES === '1') {
      for (const page of pages) out.push({ kind, page });
      continue;
    }
    let best = pages[0];
    let bestSize = -1;
    for (const p of pages) {
      const size = fs.statSync(path.join(dir, p)).size;
      if (size > bestSize) { best = p; bestSize = size; }
    }
    out.push({ kind, page: best });
  }
  return out;
}

/** Required kinds that the site lacks. */
export function missingKinds(dir = siteDir()) {
  const have = pagesByKind(dir);
  return REQUIRED_KINDS.filter((k) => !have.has(k));
}

// ---------------------------------------------------------------------------------------
// A small HTML extractor: enough for generated, valid HTML (html-validate checks validity
// separately). Comments are skipped, the contents of <script> and <style> are not markup.

const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (m, e) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      try { return String.fromCodePoint(n); } catch { return m; }
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

const TAG_RE = /<([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR_RE = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * Parses html into {tags: [{tag, attrs: Map, offset, line}], styles: [{text, line}]} where
 * tag names and attribute names are lower case and attribute values are entity-decoded.
 */
export function parseHtml(html) {
  // Blank out comments and raw-text contents, keeping offsets (and so line numbers) intact.
  const blank = (s) => s.replace(/[^\n]/g, ' ');
  const styles = [];
  let src = html.replace(/<!--[\s\S]*?-->/g, blank);
  src = src.replace(/(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi, (m, open, name, body, close, offset) => {
    if (name.toLowerCase() === 'style') styles.push({ text: body, offset: offset + open.length });
    return open + blank(body) + close;
  });
  const lineStarts = [0];
  for (let i = 0; i < html.length; i++) if (html[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset) => {
    let lo = 0, hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  };
  const tags = [];
  for (const m of src.matchAll(TAG_RE)) {
    const attrs = new Map();
    for (const a of (m[2] || '').matchAll(ATTR_RE)) {
      const name = a[1].toLowerCase();
      if (attrs.has(name)) continue;
      attrs.set(name, decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    tags.push({ tag: m[1].toLowerCase(), attrs, offset: m.index, line: lineOf(m.index) });
  }
  return { tags, styles: styles.map((s) => ({ text: s.text, line: lineOf(s.offset) })) };
}

const NAV_TAGS = new Set(['a', 'area']);

/** URLs in a srcset attribute. */
function srcsetUrls(v) {
  return v.split(',').map((c) => c.trim().split(/\s+/)[0]).filter(Boolean);
}

/** url(...) and @import references in CSS text. */
export function cssUrls(css) {
  const out = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of text.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)) out.push(m[1] ?? m[2] ?? m[3]);
  for (const m of text.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) out.push(m[1] ?? m[2]);
  return out.filter((u) => u !== undefined && u !== '');
}

/**
 * Every URL reference of a page: [{url, tag, attr, line, nav, load}] where nav means a
 * navigation link (<a>/<area>, also SVG links) and load means the browser fetches it when
 * the page is shown (stylesheets, scripts, images, media, CSS url()).
 */
export function extractRefs(html) {
  const { tags, styles } = parseHtml(html);
  const refs = [];
  const add = (url, t, attr, nav, load) => refs.push({ url, tag: t.tag, attr, line: t.line, nav, load });
  for (const t of tags) {
    const a = t.attrs;
    if (NAV_TAGS.has(t.tag)) {
      for (const attr of ['href', 'xlink:href']) if (a.has(attr)) add(a.get(attr), t, attr, true, false);
    } else if (t.tag === 'link' && a.has('href')) {
      const rel = (a.get('rel') || '').toLowerCase().split(/\s+/);
      const loads = rel.some((r) => ['stylesheet', 'icon', 'preload', 'prefetch', 'modulepreload', 'manifest',
        'apple-touch-icon', 'preconnect', 'dns-prefetch', 'mask-icon'].includes(r));
      add(a.get('href'), t, 'href', false, loads);
    } else if (t.tag === 'form' && a.has('action')) {
      add(a.get('action'), t, 'action', false, false);
    } else {
      for (const attr of ['src', 'poster', 'data']) {
        if (!a.has(attr)) continue;
        if (attr === 'data' && t.tag !== 'object') continue;
        add(a.get(attr), t, attr, false, true);
      }
      if (a.has('srcset')) for (const u of srcsetUrls(a.get('srcset'))) add(u, t, 'srcset', false, true);
      if (['use', 'image', 'feimage'].includes(t.tag)) {
        for (const attr of ['href', 'xlink:href']) if (a.has(attr)) add(a.get(attr), t, attr, false, true);
      }
    }
    if (a.has('style')) for (const u of cssUrls(a.get('style'))) add(u, t, 'style', false, true);
  }
  for (const s of styles) for (const u of cssUrls(s.text)) refs.push({ url: u, tag: 'style', attr: 'url()', line: s.line, nav: false, load: true });
  return refs;
}

/** All fragment targets of a page: id attributes and <a name>. */
export function extractIds(html) {
  const ids = new Set();
  for (const t of parseHtml(html).tags) {
    if (t.attrs.has('id')) ids.add(t.attrs.get('id'));
    if (t.tag === 'a' && t.attrs.has('name')) ids.add(t.attrs.get('name'));
  }
  return ids;
}

/** True for a URL with a scheme (https:, mailto:, data:, ...) or a scheme-relative one. */
export function hasScheme(url) {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(url.trim()) || url.trim().startsWith('//');
}

/** True for a URL that would load from another host (http:, https:, ftp:, ws: or //host). */
export function isOtherHost(url) {
  const u = url.trim();
  return u.startsWith('//') || /^(https?|ftp|wss?):/i.test(u);
}

const FAKE_ROOT = 'http://site.invalid/__site__/';

/**
 * Resolves an internal (scheme-less) URL found on page `from` (a relative path) to
 * {path, fragment, query, error}. path is relative to the site root ('' for the root),
 * fragment is decoded or null; error explains why the link is not usable.
 */
export function resolveInternal(from, url) {
  const raw = url.trim();
  if (raw.startsWith('/')) return { error: 'root-absolute link: breaks when the site is served from a sub-path or file://' };
  let u;
  try {
    u = new URL(raw, FAKE_ROOT + from.split('/').map(encodeURIComponent).join('/'));
  } catch {
    return { error: 'not a valid URL' };
  }
  const rootPath = new URL(FAKE_ROOT).pathname;
  if (!u.pathname.startsWith(rootPath)) return { error: 'goes above the site root' };
  let p;
  let fragment = null;
  try {
    p = decodeURIComponent(u.pathname.slice(rootPath.length));
    if (raw.includes('#')) fragment = decodeURIComponent(raw.slice(raw.indexOf('#') + 1));
  } catch {
    return { error: 'bad percent-encoding' };
  }
  return { path: p, fragment, query: u.search };
}

/** Reads a site file as UTF-8. */
export function readSite(dir, rel) {
  return fs.readFileSync(path.join(dir, rel), 'utf8');
}

// ---------------------------------------------------------------------------------------
// Content-Security-Policy

/** The CSP meta tags of a page: [{content, line, offset}] plus the offset of the first
 * subresource-like tag (<link>, <script>, <style>, <img>, ...) for ordering checks. */
export function cspMetas(html) {
  const { tags } = parseHtml(html);
  const metas = [];
  let firstResource = null;
  for (const t of tags) {
    if (t.tag === 'meta' && (t.attrs.get('http-equiv') || '').toLowerCase() === 'content-security-policy') {
      metas.push({ content: t.attrs.get('content') || '', line: t.line, offset: t.offset });
    }
    if (firstResource === null && ['link', 'script', 'style', 'img', 'iframe', 'object', 'embed', 'video', 'audio', 'svg'].includes(t.tag)) {
      firstResource = { tag: t.tag, line: t.line, offset: t.offset };
    }
  }
  return { metas, firstResource };
}

/** Parses a policy into Map directive -> [source expressions]. */
export function parseCsp(policy) {
  const out = new Map();
  for (const part of policy.split(';')) {
    const tokens = part.trim().split(/\s+/).filter(Boolean);
    if (tokens.length === 0) continue;
    const name = tokens[0].toLowerCase();
    if (!out.has(name)) out.set(name, tokens.slice(1));
  }
  return out;
}

/** Problems of a policy with "load nothing from another host": [] when it is fine. */
export function cspProblems(policy) {
  const problems = [];
  const d = parseCsp(policy);
  if (!d.has('default-src')) problems.push("no default-src directive (so anything not listed is allowed from anywhere)");
  const FETCH = /-src(-elem|-attr)?$|^(base-uri|form-action|manifest-src|worker-src|prefetch-src)$/;
  for (const [name, sources] of d) {
    if (!FETCH.test(name)) continue;
    for (const s of sources) {
      const low = s.toLowerCase();
      const keyword = /^'(self|none|unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic|report-sample|wasm-unsafe-eval|(nonce|sha256|sha384|sha512)-[^']+)'$/.test(low);
      const localScheme = ['data:', 'blob:'].includes(low);
      if (!keyword && !localScheme) problems.push(`${name} allows ${s} (another host or scheme)`);
    }
  }
  return problems;
}
