// Without JavaScript: the home page and the contactpersonen page show their content (a
// non-empty <main> with links), every internal link in <main> answers, and following the
// first one gives a page with content too.
import assert from 'node:assert/strict';
import test, { after, before } from 'node:test';
import { baseUrl, launch, pageUrl } from './lib/browser.mjs';
import { siteDir } from './lib/site.mjs';

siteDir();
let browser;
let base;

before(async () => {
  base = await baseUrl();
  browser = await launch({ javaScriptEnabled: false });
});
after(async () => {
  await browser?.close();
  await base?.close();
});

// Runs without page scripts: Playwright's own evaluate works with javaScriptEnabled false.
async function mainState(tab) {
  return tab.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return null;
    const visibleText = main.innerText.trim();
    const links = [...main.querySelectorAll('a[href]')]
      .filter((a) => a.getClientRects().length > 0)
      .map((a) => ({ raw: a.getAttribute('href'), url: new URL(a.getAttribute('href'), document.baseURI).href }));
    return { text: visibleText.length, sample: visibleText.slice(0, 80), links };
  });
}

for (const page of ['index.html', 'contactpersonen/index.html']) {
  test(`no JavaScript: ${page}`, { timeout: 120_000 }, async () => {
    const tab = await browser.context.newPage();
    try {
      const response = await tab.goto(pageUrl(base.url, page), { waitUntil: 'load' });
      assert.equal(response?.status(), 200, `${page} answered ${response?.status()}`);
      const s = await mainState(tab);
      assert.ok(s, `${page} has no <main>`);
      assert.ok(s.text >= 20, `${page}: <main> shows almost no text without JavaScript (${s.text} characters: "${s.sample}")`);
      const internal = s.links.filter((l) => l.url.startsWith(base.url));
      assert.ok(internal.length > 0, `${page}: no visible internal links in <main> without JavaScript`);

      const bad = [];
      for (const l of internal.slice(0, 30)) {
        const r = await browser.context.request.get(l.url.split('#')[0]);
        if (r.status() !== 200) bad.push(`${l.raw}: HTTP ${r.status()}`);
      }
      assert.deepEqual(bad, [], `links in <main> of ${page} that do not answer:\n${bad.join('\n')}`);

      // Follow the first internal link by clicking it, as a person would.
      const first = internal.find((l) => !l.raw.startsWith('#')) ?? internal[0];
      await Promise.all([
        tab.waitForLoadState('load'),
        tab.locator(`main a[href="${first.raw.replace(/"/g, '\\"')}"]`).first().click(),
      ]);
      await tab.waitForURL((u) => u.href.split('#')[0] === first.url.split('#')[0], { timeout: 10_000 });
      const next = await mainState(tab);
      assert.ok(next && next.text > 0, `following "${first.raw}" from ${page} without JavaScript gives no content`);
    } finally {
      await tab.close();
    }
  });
}
