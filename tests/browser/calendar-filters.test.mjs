// Keyboard use of the training calendar's filters (issue 6). Without JavaScript the
// selections are links: Tab reaches the specialisme link and Enter opens a page that lists
// only that theme's sessions. With JavaScript the list gets a text box: Tab reaches it,
// typing narrows the sessions at once and says how many are shown, and the next Tab goes
// to a session that is still shown. Skipped on a site without trainingen/index.html.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test, { after, before } from 'node:test';
import { baseUrl, launch, pageUrl } from './lib/browser.mjs';
import { siteDir } from './lib/site.mjs';

const dir = siteDir();
const PAGE = 'trainingen/index.html';
const present = fs.existsSync(path.join(dir, PAGE));
let browser;
let base;

before(async () => {
  if (!present) return;
  base = await baseUrl();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await base?.close();
});

// Presses Tab until `match(activeElement)` (evaluated in the page) holds; returns the number
// of presses, or -1 after `budget`.
async function tabTo(tab, match, arg, budget = 400) {
  for (let i = 1; i <= budget; i++) {
    await tab.keyboard.press('Tab');
    if (await tab.evaluate(match, arg)) return i;
  }
  return -1;
}

test('selections by keyboard, without JavaScript', { skip: !present && 'no training calendar' }, async () => {
  const tab = await browser.context.newPage();
  try {
    await tab.goto(pageUrl(base.url, PAGE), { waitUntil: 'load' });
    const link = await tab.evaluate(() => {
      const a = document.querySelector('.facets a[href*="specialisme/"]');
      return a && { href: a.getAttribute('href'), text: a.textContent.trim() };
    });
    assert.ok(link, 'no specialisme selection link on the calendar');
    const presses = await tabTo(tab, (href) => document.activeElement?.getAttribute('href') === href, link.href);
    assert.ok(presses > 0, `Tab never reached the selection link ${link.href}`);
    await Promise.all([tab.waitForNavigation(), tab.keyboard.press('Enter')]);
    assert.ok(tab.url().endsWith(link.href.replace(/^.*?specialisme\//, 'specialisme/')), `Enter led to ${tab.url()}`);
    const { title, tags } = await tab.evaluate(() => ({
      title: document.querySelector('h1').textContent,
      tags: [...document.querySelectorAll('.session')].length,
    }));
    assert.ok(title.includes(link.text), `the selection page is titled "${title}"`);
    assert.ok(tags > 0, 'the selection lists no sessions');
  } finally {
    await tab.close();
  }
});

test('instant filter by keyboard, with JavaScript', { skip: !present && 'no training calendar' }, async () => {
  const tab = await browser.context.newPage();
  try {
    await tab.goto(pageUrl(base.url, PAGE), { waitUntil: 'load' });
    const total = await tab.evaluate(() => document.querySelectorAll('[data-filter-item]').length);
    if (total < 8) return; // the script adds a box only to lists of 8 or more
    const presses = await tabTo(tab, () => document.activeElement?.type === 'search' && !!document.activeElement.closest('.filter'));
    assert.ok(presses > 0, 'Tab never reached the filter box');
    const label = await tab.evaluate(() => document.querySelector(`label[for="${document.activeElement.id}"]`)?.textContent);
    assert.ok(label, 'the filter box has no label');
    // A word that some but not all sessions have: the first session's training name.
    const word = await tab.evaluate(() => document.querySelector('[data-filter-item] .session__name').textContent.trim().split(/\s+/).sort((a, b) => b.length - a.length)[0]);
    await tab.keyboard.type(word);
    const result = await tab.evaluate((w) => {
      const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      const items = [...document.querySelectorAll('[data-filter-item]')];
      const shown = items.filter((i) => !i.hidden);
      return {
        shown: shown.length,
        allMatch: shown.every((i) => fold(i.textContent).includes(fold(w))),
        status: document.querySelector('.filter [role="status"]')?.textContent || '',
      };
    }, word);
    assert.ok(result.shown > 0 && result.shown < total, `typing "${word}" shows ${result.shown} of ${total}`);
    assert.ok(result.allMatch, `a shown session lacks "${word}"`);
    assert.match(result.status, new RegExp(`^${result.shown} van ${total}`));
    // The next Tab lands on something visible (a shown session's link), not a hidden one.
    await tab.keyboard.press('Tab');
    const visible = await tab.evaluate(() => {
      const el = document.activeElement;
      return !!el && el !== document.body && !el.closest('[hidden]') && el.getBoundingClientRect().height > 0;
    });
    assert.ok(visible, 'after the filter box, Tab went to a hidden element');
  } finally {
    await tab.close();
  }
});
