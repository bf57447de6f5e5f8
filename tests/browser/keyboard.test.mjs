// Keyboard: on the home page and one organisation page, the first Tab reaches a "Naar de
// inhoud" skip link whose target exists; pressing Tab (focusable elements + 5 times)
// reaches every visible <a href> and <button>; and each focused element shows its focus
// (a computed outline or box-shadow).
import assert from 'node:assert/strict';
import test, { after, before } from 'node:test';
import { baseUrl, launch, pageUrl } from './lib/browser.mjs';
import { representativePages, siteDir } from './lib/site.mjs';

const dir = siteDir();
const org = representativePages(dir).find((p) => p.kind === 'organisaties/*/index.html')?.page;
const SKIP_TEXT = /naar de (hoofd)?inhoud|ga (direct )?naar (de )?(hoofd)?inhoud|direct naar (de )?inhoud|sla .* over/i;
let browser;
let base;

before(async () => {
  base = await baseUrl();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await base?.close();
});

for (const page of ['index.html', org]) {
  test(`keyboard: ${page ?? '(no organisation page)'}`, { timeout: 300_000 }, async (t) => {
    assert.ok(page, 'the site has no organisaties/<id>/index.html');
    const tab = await browser.context.newPage();
    try {
      await tab.goto(pageUrl(base.url, page), { waitUntil: 'load' });
      // Number the candidates: visible links and buttons (a skip link hidden until focused
      // is checked on its own), and count everything focusable for the Tab budget.
      const { candidates, focusable } = await tab.evaluate(() => {
        const visible = (el) => {
          if (el.checkVisibility && !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && r.right + window.scrollX > 0 && r.bottom + window.scrollY > 0;
        };
        const describe = (el) => `<${el.tagName.toLowerCase()}${el.getAttribute('href') !== null ? ` href="${el.getAttribute('href')}"` : ''}> "${(el.textContent || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 60)}"`;
        const list = [];
        let n = 0;
        for (const el of document.querySelectorAll('a[href], button:not([disabled])')) {
          if (el.closest('[inert]')) continue;
          if (!visible(el)) continue;
          el.setAttribute('data-nk-key', String(n));
          list.push({ key: String(n), what: describe(el) });
          n++;
        }
        const focusable = document.querySelectorAll('a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, iframe, audio[controls], video[controls], [contenteditable], [tabindex]').length;
        return { candidates: list, focusable };
      });

      const reached = new Set();
      const noIndicator = [];
      const budget = focusable + 5;
      let first = null;
      for (let i = 0; i < budget; i++) {
        await tab.keyboard.press('Tab');
        const info = await tab.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body || el === document.documentElement) return null;
          const cs = getComputedStyle(el);
          const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
          const shadow = cs.boxShadow && cs.boxShadow !== 'none';
          const href = el.getAttribute('href');
          let targetExists = null;
          if (href && href.startsWith('#') && href.length > 1) {
            targetExists = !!document.getElementById(decodeURIComponent(href.slice(1)));
          }
          return {
            key: el.getAttribute('data-nk-key'),
            tag: el.tagName.toLowerCase(),
            href,
            text: (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 60),
            indicated: outline || shadow,
            style: `outline: ${cs.outlineStyle} ${cs.outlineWidth}; box-shadow: ${cs.boxShadow}`,
            targetExists,
          };
        });
        if (i === 0) first = info;
        if (!info) continue;
        if (info.key !== null) reached.add(info.key);
        if (!info.indicated) noIndicator.push(`<${info.tag}${info.href ? ` href="${info.href}"` : ''}> "${info.text}" (${info.style})`);
      }

      assert.ok(first, 'the first Tab focuses nothing');
      assert.ok(first.tag === 'a' && first.href?.startsWith('#') && SKIP_TEXT.test(first.text),
        `the first Tab should reach a skip link like <a href="#inhoud">Naar de inhoud</a>, got <${first.tag}${first.href ? ` href="${first.href}"` : ''}> "${first.text}"`);
      assert.ok(first.targetExists, `the skip link's target ${first.href} does not exist on ${page}`);
      const missed = candidates.filter((c) => !reached.has(c.key)).map((c) => c.what);
      assert.deepEqual(missed, [], `${missed.length} visible link(s)/button(s) of ${candidates.length} never got focus in ${budget} Tabs:\n${missed.join('\n')}`);
      t.diagnostic(`${page}: ${reached.size} of ${candidates.length} visible links/buttons reached in ${budget} Tabs`);
      const uniq = [...new Set(noIndicator)];
      assert.deepEqual(uniq, [], `focused element(s) without a visible focus indicator:\n${uniq.join('\n')}`);

      // The skip link works: Tab, Enter, Tab lands in (or after) its target, past the header.
      await tab.goto(pageUrl(base.url, page), { waitUntil: 'load' });
      await tab.keyboard.press('Tab');
      await tab.keyboard.press('Enter');
      await tab.keyboard.press('Tab');
      const after = await tab.evaluate((href) => {
        const target = document.getElementById(decodeURIComponent(href.slice(1)));
        const el = document.activeElement;
        if (!target || !el || el === document.body) return { ok: false, what: el ? el.tagName : 'nothing' };
        const ok = el === target || target.contains(el) || !!(target.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
        return { ok, what: `<${el.tagName.toLowerCase()}> "${(el.textContent || '').trim().slice(0, 40)}"` };
      }, first.href);
      assert.ok(after.ok, `after activating the skip link, Tab went to ${after.what}, not into ${first.href}`);
    } finally {
      await tab.close();
    }
  });
}
