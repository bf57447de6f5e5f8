// Print: an organisation page in print media hides the header navigation and the search
// box (display: none), keeps the main content visible, and prints to an A4 PDF.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test, { after, before } from 'node:test';
import { baseUrl, launch, pageUrl } from './lib/browser.mjs';
import { representativePages, siteDir } from './lib/site.mjs';

const dir = siteDir();
const kinds = representativePages(dir);
const org = kinds.find((p) => p.kind === 'organisaties/*/index.html')?.page;
const contacts = kinds.find((p) => p.kind === 'contactpersonen/index.html')?.page;
let browser;
let base;
let out;

before(async () => {
  base = await baseUrl();
  browser = await launch();
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'nk-print-'));
});
after(async () => {
  await browser?.close();
  await base?.close();
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

// The header navigation is a <nav> inside the page's <header> (or role=banner); the search
// box is <search>, role=search, or a form with an <input type=search>.
function printState() {
  const hidden = (el) => {
    for (let e = el; e; e = e.parentElement) if (getComputedStyle(e).display === 'none') return true;
    return false;
  };
  const banner = [...document.querySelectorAll('header, [role="banner"]')].filter((h) => !h.closest('main, article, aside, section, nav'));
  const navs = banner.flatMap((h) => [...h.querySelectorAll('nav, [role="navigation"]')]);
  const searches = [...new Set([
    ...document.querySelectorAll('search, [role="search"]'),
    ...[...document.querySelectorAll('input[type="search"]')].map((i) => i.closest('form') || i),
  ])].filter((s) => !s.closest('main'));
  const main = document.querySelector('main');
  const r = main?.getBoundingClientRect();
  const describe = (el) => `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}${el.className ? ` class="${el.className}"` : ''}>`;
  return {
    navs: navs.map((n) => ({ what: describe(n), hidden: hidden(n), display: getComputedStyle(n).display })),
    searches: searches.map((s) => ({ what: describe(s), hidden: hidden(s), display: getComputedStyle(s).display })),
    main: main ? { hidden: hidden(main), visibility: getComputedStyle(main).visibility, height: r.height, text: main.innerText.trim().length } : null,
  };
}

for (const page of [org, contacts]) {
  test(`print: ${page ?? '(missing page kind)'}`, { timeout: 120_000 }, async (t) => {
    assert.ok(page, 'the site has no organisaties/<id>/index.html or contactpersonen/index.html');
    const tab = await browser.context.newPage();
    try {
      await tab.goto(pageUrl(base.url, page), { waitUntil: 'load' });
      await tab.emulateMedia({ media: 'print' });
      const s = await tab.evaluate(printState);
      assert.ok(s.navs.length > 0, `${page} has no <nav> in its <header> (the header navigation)`);
      const shownNavs = s.navs.filter((n) => !n.hidden);
      assert.deepEqual(shownNavs, [], `header navigation still shown in print:\n${shownNavs.map((n) => `${n.what} display: ${n.display}`).join('\n')}`);
      if (s.searches.length === 0) t.diagnostic(`${page} has no search box outside <main>`);
      const shownSearch = s.searches.filter((n) => !n.hidden);
      assert.deepEqual(shownSearch, [], `search box still shown in print:\n${shownSearch.map((n) => `${n.what} display: ${n.display}`).join('\n')}`);
      assert.ok(s.main, `${page} has no <main>`);
      assert.ok(!s.main.hidden && s.main.visibility !== 'hidden' && s.main.height > 0 && s.main.text > 0,
        `main content is not visible in print: ${JSON.stringify(s.main)}`);

      const pdf = path.join(out, `${page.replace(/[\/]/g, '_')}.pdf`);
      await tab.pdf({ path: pdf, format: 'A4', printBackground: false });
      const bytes = fs.readFileSync(pdf);
      assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-', 'page.pdf did not write a PDF');
      const pages = (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
      t.diagnostic(`${page}: A4 PDF of ${bytes.length} bytes, ${pages} page(s)`);
      if (process.env.KEEP_PDF) fs.copyFileSync(pdf, path.join(process.env.KEEP_PDF, path.basename(pdf)));
    } finally {
      await tab.close();
    }
  });
}
