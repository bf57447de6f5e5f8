// WCAG 2.1 AA: axe-core in Chromium on one page of every page kind (ALL_PAGES=1: every
// page), at 1280x800 and at 360x740 (phone), served over http under a sub-path. Zero
// violations; "incomplete" results (needs review) are printed as diagnostics. At the phone
// width the page must also reflow (WCAG 1.4.10, which axe does not check): no horizontal
// scrolling of the page itself (long Dutch compounds need overflow-wrap; wide tables a
// scrolling container).
import assert from 'node:assert/strict';
import test, { after, before } from 'node:test';
import { describeViolation as describe, runAxe } from './lib/axe.mjs';
import { baseUrl, DESKTOP, launch, pageUrl, PHONE } from './lib/browser.mjs';
import { representativePages, siteDir } from './lib/site.mjs';

const dir = siteDir();
const pages = representativePages(dir);
let browser;
let base;

before(async () => {
  base = await baseUrl();
  // bypassCSP: the site's CSP rightly forbids inline scripts, and axe is injected as one.
  browser = await launch({ bypassCSP: true });
});
after(async () => {
  await browser?.close();
  await base?.close();
});

for (const { kind, page } of pages) {
  for (const [label, viewport] of [['desktop 1280x800', DESKTOP], ['phone 360x740', PHONE]]) {
    test(`axe ${kind}: ${page} @ ${label}`, { timeout: 120_000 }, async (t) => {
      const tab = await browser.context.newPage();
      try {
        await tab.setViewportSize(viewport);
        const response = await tab.goto(pageUrl(base.url, page), { waitUntil: 'load' });
        assert.equal(response?.status(), 200, `HTTP status of ${page}`);
        const result = await runAxe(tab);
        for (const v of result.incomplete) t.diagnostic(`needs review: ${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
        assert.equal(result.violations.length, 0,
          `${result.violations.length} axe-core ${result.version} violation(s) on ${page} at ${label}:\n${result.violations.map(describe).join('\n')}`);
        if (viewport === PHONE) {
          const wide = await tab.evaluate(() => {
            const limit = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth <= limit) return [];
            // The culprits: the outermost elements sticking out of the viewport, and elements
            // whose own content (a long word) spills out of them, unless a scrolling or
            // clipping container holds them.
            const out = (el) => el.getBoundingClientRect().right > limit + 1;
            const found = [];
            for (const el of document.body.querySelectorAll('*')) {
              const r = el.getBoundingClientRect();
              if (r.width === 0) continue;
              const sticksOut = out(el) && !(el.parentElement && el.parentElement !== document.body && out(el.parentElement));
              const spills = !['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) && el.clientWidth > 0
                && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible';
              if (!sticksOut && !spills) continue;
              let contained = false;
              for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
                if (getComputedStyle(a).overflowX !== 'visible') { contained = true; break; }
              }
              if (!contained) found.push(el);
            }
            const name = (el) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}>`;
            return [`the page is ${document.documentElement.scrollWidth}px wide in a ${limit}px viewport`,
              ...found.slice(0, 5).map((el) => `${name(el)} ${Math.round(el.getBoundingClientRect().width)}px, content ${el.scrollWidth}px: "${(el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 50)}"`)];
          });
          assert.deepEqual(wide, [], `${page} does not reflow at ${label} (horizontal scrolling):\n${wide.join('\n')}`);
        }
      } finally {
        await tab.close();
      }
    });
  }
}
