// From file://: index.html and one organisation page load with all their resources, and
// the first 10 internal links of each lead to a page with a <main> (not a directory
// listing: links must name index.html or a file).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import test, { after, before } from 'node:test';
import { fileUrl, launch, watchPage } from './lib/browser.mjs';
import { representativePages, siteDir } from './lib/site.mjs';

const dir = siteDir();
const org = representativePages(dir).find((p) => p.kind === 'organisaties/*/index.html')?.page;
const LINKS = 10;
let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const page of ['index.html', org]) {
  test(`file:// ${page ?? '(no organisation page)'}: loads, and its first ${LINKS} internal links lead to pages`, { timeout: 180_000 }, async () => {
    assert.ok(page, 'the site has no organisaties/<id>/index.html');
    const tab = await browser.context.newPage();
    try {
      const seen = watchPage(tab);
      await tab.goto(fileUrl(page), { waitUntil: 'load' });
      assert.deepEqual(seen.failed, [], `${page} from file:// failed to load:\n${seen.failed.join('\n')}`);
      assert.deepEqual(seen.cspErrors, [], `${page} from file:// is blocked by its CSP:\n${seen.cspErrors.join('\n')}`);
      // Stylesheets really applied (a blocked or missing one fails silently otherwise).
      const sheets = await tab.evaluate(() => [...document.querySelectorAll('link[rel~="stylesheet"]')].map((l) => ({ href: l.href, ok: !!l.sheet })));
      const unapplied = sheets.filter((s) => !s.ok).map((s) => s.href);
      assert.deepEqual(unapplied, [], `stylesheets not applied from file://:\n${unapplied.join('\n')}`);

      const links = await tab.evaluate(() => [...document.querySelectorAll('a[href]')]
        // SVG links (the maps) have an SVGAnimatedString as href: resolve the attribute.
        .map((a) => ({ raw: a.getAttribute('href'), url: new URL(a.getAttribute('href'), document.baseURI).href }))
        .filter((l) => l.url.startsWith('file:') && !l.raw.startsWith('#')));
      const wanted = [];
      for (const l of links) {
        const target = l.url.split('#')[0].split('?')[0];
        if (!wanted.some((w) => w.target === target)) wanted.push({ ...l, target });
        if (wanted.length === LINKS) break;
      }
      assert.ok(wanted.length > 0, `${page} has no internal links`);
      const problems = [];
      for (const l of wanted) {
        if (l.target.endsWith('/')) { problems.push(`${l.raw}: a directory (a listing from file://)`); continue; }
        if (!/\.html?$/i.test(l.target)) {
          // A download (.vcf, .ics, ...): it must be a file.
          const st = fs.statSync(fileURLToPath(l.target), { throwIfNoEntry: false });
          if (!st?.isFile()) problems.push(`${l.raw}: ${st ? 'not a file' : 'does not exist'}`);
          continue;
        }
        const next = await browser.context.newPage();
        try {
          await next.goto(l.target, { waitUntil: 'load' });
          const info = await next.evaluate(() => ({
            main: document.querySelectorAll('main').length,
            text: (document.querySelector('main')?.innerText || '').trim().length,
            title: document.title,
          }));
          if (/^index of/i.test(info.title)) problems.push(`${l.raw}: a directory listing`);
          else if (info.main !== 1) problems.push(`${l.raw}: ${info.main} <main> elements`);
          else if (info.text === 0) problems.push(`${l.raw}: <main> is empty`);
        } catch (e) {
          problems.push(`${l.raw}: ${e.message.split('\n')[0]}`);
        } finally {
          await next.close();
        }
      }
      assert.deepEqual(problems, [], `links of ${page} from file://:\n${problems.join('\n')}`);
    } finally {
      await tab.close();
    }
  });
}
