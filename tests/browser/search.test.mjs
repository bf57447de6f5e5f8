// Search (issue 4) on the built example portal, through the real page in Chromium:
// queries typed into zoeken/index.html, each with the entity that must be among the first
// three results (abbreviations, compound parts, stems, typos, synonyms, topic + gemeente,
// type-ahead prefixes, facets alone); the client's stemmer against Snowball's; axe with
// results shown; the URL keeps the state and the back button restores it; the header
// combobox by keyboard; file://; and the page without JavaScript.
// Skipped (with a note) on a site without zoeken/index.html, such as the harness fixture.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import test, { after, before } from 'node:test';
import { baseUrl, fileUrl, launch, pageUrl, PHONE, watchPage } from './lib/browser.mjs';
import { siteDir } from './lib/site.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const here = path.dirname(fileURLToPath(import.meta.url));
const dir = siteDir();
const hasSearch = fs.existsSync(path.join(dir, 'zoeken/index.html'));
const skip = hasSearch ? false : 'this site has no zoeken/index.html';

// [query, title that must be in the top 3, what it tests]
const QUERIES = [
  // afkortingen (begrippen.afkorting, organisations' own) and synonyms that are abbreviations
  ['AF', 'Aandachtsfunctionaris (AF)', 'afkorting'],
  ['VT', 'Veilig Thuis (VT)', 'afkorting'],
  ['ZVH', 'Zorg- en Veiligheidshuis Zuid-Limburg', 'afkorting'],
  ['HG/KM', 'Huiselijk geweld en kindermishandeling (HG/KM)', 'afkorting with a slash'],
  ['GIA', 'Geweld in afhankelijkheidsrelaties (GIA)', 'afkorting'],
  ['MDA++', 'MDA++-overleg Zuid-Limburg', 'afkorting with punctuation'],
  ['THV', 'Tijdelijk huisverbod (THV)', 'afkorting'],
  ['RvdK', 'Raad voor de Kinderbescherming, regio Limburg', 'organisation afkorting'],
  ['VGV', 'Vrouwelijke genitale verminking', 'synonym abbreviation'],
  ['KM', 'Kindermishandeling', 'synonym abbreviation'],
  // compound parts
  ['mishandeling', 'Ouderenmishandeling', 'compound part (second)'],
  ['kinder', 'Kinderen in complexe scheidingen', 'prefix of a compound'],
  ['functionaris', 'Aandachtsfunctionaris (AF)', 'compound part after a linking s'],
  ['veiligheidshuis', 'Zorg- en Veiligheidshuis Zuid-Limburg', 'compound word itself'],
  ['bescherming', 'Raad voor de Kinderbescherming, regio Limburg', 'compound part'],
  // stems and plurals
  ['aandachtsfunctionarissen', 'Aandachtsfunctionaris (AF)', 'plural'],
  ['trainingen', 'Basistraining meldcode en kindcheck', 'plural'],
  ['wijkteams', 'Sociaal wijkteam Heerlen', 'plural'],
  ['overleggen', 'MDA++-overleg Zuid-Limburg', 'plural'],
  ['scheidingen', 'Kinderen in complexe scheidingen', 'plural'],
  // one typo in words of five letters or more
  ['mensenhandle', 'Mensenhandel', 'transposition'],
  ['kindermishandling', 'Kindermishandeling', 'deletion'],
  ['stalkign', 'Stalking en ex-partnerstalking', 'transposition'],
  ['vrouwenopvnag', 'LevantoGroep Vrouwenopvang', 'transposition'],
  ['aandachtsfunctionris', 'Aandachtsfunctionaris (AF)', 'deletion'],
  ['eergerelatteerd', 'Eergerelateerd geweld', 'insertion'],
  // synonyms (specialismen.synoniemen)
  ['loverboys', 'Loverboy-problematiek', 'synonym'],
  ['belaging', 'Stalking en ex-partnerstalking', 'synonym'],
  ['vechtscheiding', 'Kinderen in complexe scheidingen', 'synonym'],
  ['coercive control', 'Dwingende controle', 'two-word synonym'],
  ['oudermishandeling', 'Ouderenmishandeling', 'synonym'],
  ['relatiegeweld', '(Ex-)partnergeweld', 'synonym'],
  ['grooming', 'Online seksueel misbruik', 'synonym'],
  ['geldezels', 'Criminele uitbuiting', 'synonym'],
  // topic + gemeente
  ['AF Heerlen', 'Kim Olislagers', 'role and gemeente'],
  ['ouderenmishandeling Kerkrade', 'Marjolein Hameleers', 'topic and gemeente'],
  ['wijkteam Kerkrade', 'Sociaal wijkteam Kerkrade', 'kind and gemeente'],
  ['mensenhandel Maastricht', 'Trajekt', 'topic and gemeente'],
  ['huisarts Heerlen', 'Huisartsen Oostelijk Zuid-Limburg', 'topic and gemeente'],
  ['meldcode training', 'Basistraining meldcode en kindcheck', 'two topics'],
  // type-ahead: the last word is a prefix
  ['mensenh', 'Mensenhandel', 'prefix'],
  ['ouderenmis', 'Ouderenmishandeling', 'prefix'],
  ['veilig th', 'Veilig Thuis Zuid-Limburg', 'prefix of the second word'],
  // plain names
  ['Xonar', 'Xonar Vrouwenopvang & hulpverlening', 'organisation name'],
  ['kindcheck', 'Kindcheck', 'begrip'],
];

// Facets alone: the selected values' counts must equal the number of results.
const FACET_ONLY = [
  { soort: 'aandachtsfunctionaris', gemeente: 'maastricht' },
  { specialisme: 'mensenhandel' },
  { soort: 'training', doelgroep: 'professionals' },
];

let browser;
let base;

before(async () => {
  if (skip) return;
  base = await baseUrl();
  browser = await launch({ bypassCSP: false });
});
after(async () => {
  await browser?.close();
  await base?.close();
});

async function openSearch(tab, query = '') {
  await tab.goto(pageUrl(base.url, 'zoeken/index.html') + query, { waitUntil: 'load' });
  await tab.waitForSelector('#zoeken[data-shown]');
}

// Counts follow the results once typing pauses.
async function waitCounted(tab) {
  await tab.waitForFunction(() => {
    const c = document.getElementById('zoeken');
    return c.getAttribute('data-counted') === c.getAttribute('data-shown');
  });
}

// Types a query as a user would and waits until the results are for exactly that text.
async function search(tab, query) {
  await tab.fill('#zoek-vraag', '');
  await tab.type('#zoek-vraag', query, { delay: 5 });
  const key = `${query}|${await tab.evaluate(() => ['soort', 'specialisme', 'gemeente', 'doelgroep'].map((g) => document.getElementById(`filter-${g}`).value).join('|'))}`;
  await tab.waitForFunction((k) => document.getElementById('zoeken').getAttribute('data-shown') === k, key)
    .catch((e) => { throw new Error(`no results shown for "${query}": ${e.message}`); });
  return tab.evaluate(() => [...document.querySelectorAll('#zoek-resultaten .search-result__title')].map((h) => h.textContent));
}

test(`search: ${QUERIES.length} queries, each with the expected entity in the top 3`, { skip, timeout: 300_000 }, async () => {
  assert.ok(QUERIES.length >= 40);
  const tab = await browser.context.newPage();
  const seen = watchPage(tab);
  await openSearch(tab);
  const failures = [];
  for (const [query, expected, what] of QUERIES) {
    const titles = await search(tab, query);
    if (!titles.slice(0, 3).includes(expected))
      failures.push(`"${query}" (${what}): expected "${expected}" in the top 3, got ${JSON.stringify(titles.slice(0, 5))}`);
  }
  assert.deepEqual(seen.pageErrors, []);
  assert.deepEqual(failures, [], `${failures.length} of ${QUERIES.length} queries failed:\n${failures.join('\n')}`);
  await tab.close();
});

test('search: every word must match (AND), and nonsense finds nothing', { skip, timeout: 60_000 }, async () => {
  const tab = await browser.context.newPage();
  await openSearch(tab);
  const count = async () => Number((await tab.textContent('#zoek-status')).match(/^(\d+) resulta/)?.[1] ?? 0);
  await search(tab, 'mensenhandel Kerkrade');
  const both = await count();
  await search(tab, 'mensenhandel');
  const one = await count();
  assert.ok(both > 0 && both < one, `a second word narrows the results (${both} < ${one})`);
  assert.deepEqual(await search(tab, 'qqxqzzy'), []);
  assert.match(await tab.textContent('#zoek-status'), /Geen resultaten/);
  // a short word gets no typo tolerance: "ag" is not "af"
  const short = await search(tab, 'AF Heerlen');
  assert.ok(short.length > 0);
  await tab.close();
});

test('search: results show the role, organisation, phone and e-mail of a contact at once', { skip, timeout: 60_000 }, async () => {
  const tab = await browser.context.newPage();
  await openSearch(tab);
  await search(tab, 'Kim Olislagers');
  const first = tab.locator('#zoek-resultaten > li').first();
  assert.equal(await first.locator('.search-result__title').textContent(), 'Kim Olislagers');
  assert.match(await first.textContent(), /Aandachtsfunctionaris/);
  assert.match(await first.textContent(), /Sociaal wijkteam Heerlen/);
  assert.equal(await first.locator('a[href^="tel:"]').getAttribute('href'), 'tel:+31451235601');
  assert.equal(await first.locator('a[href^="mailto:"]').textContent(), 'k.olislagers@wijkteam-heerlen.example.nl');
  const href = await first.locator('h2 a').getAttribute('href');
  assert.match(href, /organisaties\/sociaal-wijkteam-heerlen\/index\.html#contact-kim-olislagers$/);
  // the link leads to the person's card
  await first.locator('h2 a').click();
  await tab.waitForLoadState('load');
  assert.ok(await tab.locator('#contact-kim-olislagers').count() === 1);
  await tab.close();
});

test('search: facets alone browse, with counts that match the results', { skip, timeout: 120_000 }, async () => {
  const tab = await browser.context.newPage();
  await openSearch(tab);
  for (const filters of FACET_ONLY) {
    await openSearch(tab, `?${new URLSearchParams(filters)}`);
    await waitCounted(tab);
    const titles = await tab.evaluate(() => [...document.querySelectorAll('#zoek-resultaten .search-result__title')].map((h) => h.textContent));
    const status = await tab.textContent('#zoek-status');
    const n = Number((status.match(/^(\d+) resulta/) || [])[1]);
    assert.ok(n > 0, `${JSON.stringify(filters)}: ${status}`);
    assert.ok(titles.length > 0 && titles.length <= 10);
    // The selected value's count is the number of results.
    for (const [group, value] of Object.entries(filters)) {
      const label = await tab.evaluate(([g, v]) => document.querySelector(`#filter-${g} option[value="${v}"]`).textContent, [group, value]);
      assert.match(label, new RegExp(`\\(${n}\\)$`), `${group}=${value}: "${label}" for ${n} results`);
    }
  }
  // All aandachtsfunctionarissen in Maastricht: each result is one, at an organisation serving Maastricht.
  await openSearch(tab, '?soort=aandachtsfunctionaris&gemeente=maastricht');
  const kinds = await tab.evaluate(() => [...document.querySelectorAll('#zoek-resultaten > li')].map((li) => li.getAttribute('data-kind')));
  assert.ok(kinds.length > 0);
  for (const k of kinds) assert.match(k, /Aandachtsfunctionaris/);
  const titles = await tab.evaluate(() => [...document.querySelectorAll('#zoek-resultaten .search-result__title')].map((h) => h.textContent));
  assert.ok(titles.includes('Miriam Kerckhoffs') || titles.includes('Jan-Willem Veugelers'), JSON.stringify(titles));
  // A query with a filter: counts of the other values stay visible (disjunctive), the
  // selected one equals the results.
  await openSearch(tab, '?q=mensenhandel&soort=overleg');
  await waitCounted(tab);
  const status = await tab.textContent('#zoek-status');
  const option = await tab.evaluate(() => document.querySelector('#filter-soort option[value="overleg"]').textContent);
  assert.match(option, new RegExp(`\\(${status.match(/^(\d+)/)[1]}\\)$`));
  const orgs = await tab.evaluate(() => document.querySelector('#filter-soort option[value="organisatie"]').textContent);
  assert.match(orgs, /\((?!0\))\d+\)$/, 'other soorten keep their counts');
  await tab.close();
});

test('search: the URL keeps the query and filters; reload and the back button restore them', { skip, timeout: 60_000 }, async () => {
  const tab = await browser.context.newPage();
  await openSearch(tab);
  await search(tab, 'loverboys');
  await tab.waitForFunction(() => location.search === '?q=loverboys');
  await tab.selectOption('#filter-soort', 'specialisme');
  await tab.waitForFunction(() => document.getElementById('zoeken').getAttribute('data-shown') === 'loverboys|specialisme|||');
  assert.match(tab.url(), /\?q=loverboys&soort=specialisme$/);
  await tab.goBack();
  await tab.waitForFunction(() => document.getElementById('zoeken').getAttribute('data-shown') === 'loverboys||||');
  assert.equal(await tab.inputValue('#filter-soort'), '');
  await tab.reload();
  await tab.waitForSelector('#zoeken[data-shown="loverboys||||"]');
  assert.equal(await tab.inputValue('#zoek-vraag'), 'loverboys');
  assert.ok((await tab.locator('#zoek-resultaten > li').count()) > 0);
  await tab.close();
});

test('search: the client stems exactly as Snowball does (tests/fixtures/search/stems.tsv)', { skip, timeout: 60_000 }, async () => {
  const rows = fs.readFileSync(path.join(here, '../fixtures/search/stems.tsv'), 'utf8')
    .split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
  assert.ok(rows.length > 1000);
  const tab = await browser.context.newPage();
  await openSearch(tab);
  const wrong = await tab.evaluate((list) => list.filter(([w, s]) => window.nkSearch.text.stem(w) !== s)
    .map(([w, s]) => `${w}: ${window.nkSearch.text.stem(w)} != ${s}`), rows);
  assert.deepEqual(wrong, []);
  await tab.close();
});

test('search: zero axe violations with results and facets shown, desktop and phone', { skip, timeout: 120_000 }, async () => {
  for (const viewport of [null, PHONE]) {
    const tab = await browser.context.newPage();
    if (viewport) await tab.setViewportSize(viewport);
    await openSearch(tab, '?q=AF&gemeente=heerlen');
    assert.ok((await tab.locator('#zoek-resultaten > li').count()) > 0);
    // axe is injected through CDP-evaluated source: the page's CSP forbids inline scripts.
    await tab.evaluate(AXE_SOURCE);
    const violations = await tab.evaluate(async () => {
      // eslint-disable-next-line no-undef
      const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    });
    assert.deepEqual(violations, [], `axe on zoeken/index.html with results${viewport ? ' at 360 px' : ''}`);
    if (viewport) {
      const wide = await tab.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
      assert.equal(wide, false, 'the search page scrolls sideways at 360 px');
    }
    await tab.close();
  }
});

test('search: keyboard only, with the live region announcing the count', { skip, timeout: 60_000 }, async () => {
  const tab = await browser.context.newPage();
  await openSearch(tab);
  const status = tab.locator('#zoek-status');
  assert.equal(await status.getAttribute('role'), 'status');
  assert.equal(await status.getAttribute('aria-live'), 'polite');
  // Tab order: skip link, header, ... reaches the search field by its label.
  await tab.locator('#zoek-vraag').focus();
  await tab.keyboard.type('mensenhandel');
  await tab.waitForSelector('#zoeken[data-shown="mensenhandel||||"]');
  assert.match(await status.textContent(), /^\d+ resultaten$/);
  // From the field, Tab goes through the button and the filters to the first result.
  let reached = false;
  for (let i = 0; i < 10 && !reached; i++) {
    await tab.keyboard.press('Tab');
    reached = await tab.evaluate(() => document.activeElement?.closest('#zoek-resultaten') !== null);
  }
  assert.ok(reached, 'Tab from the search field reaches the results');
  await tab.keyboard.press('Enter');
  await tab.waitForURL((url) => !/zoeken\/index\.html/.test(url.href));
  await tab.close();
});

test('search: the header combobox suggests while typing and works with arrows, Enter and Escape', { skip, timeout: 60_000 }, async () => {
  const tab = await browser.context.newPage();
  await tab.goto(pageUrl(base.url, 'index.html'), { waitUntil: 'load' });
  const input = tab.locator('#site-zoek');
  assert.equal(await input.getAttribute('role'), 'combobox');
  await input.focus();
  await tab.keyboard.type('mensenh');
  await tab.waitForSelector('#site-zoek[aria-expanded="true"]');
  const listbox = await input.getAttribute('aria-controls');
  assert.equal(await tab.locator(`#${listbox}`).getAttribute('role'), 'listbox');
  await tab.keyboard.press('Escape');
  assert.equal(await input.getAttribute('aria-expanded'), 'false');
  await tab.keyboard.type('a');
  await tab.waitForSelector('#site-zoek[aria-expanded="true"]');
  await tab.keyboard.press('ArrowDown');
  const active = await input.getAttribute('aria-activedescendant');
  assert.ok(active);
  assert.equal(await tab.locator(`#${active}`).getAttribute('aria-selected'), 'true');
  assert.equal(await tab.locator(`#${active} .site-search__title`).textContent(), 'Mensenhandel');
  await tab.keyboard.press('Enter');
  await tab.waitForURL(/specialismen\/mensenhandel\/index\.html$/);
  // Enter without a chosen suggestion goes to the search page with the query.
  await tab.locator('#site-zoek').fill('loverboys');
  await tab.locator('#site-zoek').press('Enter');
  await tab.waitForURL(/zoeken\/index\.html\?q=loverboys$/);
  await tab.waitForSelector('#zoeken[data-shown="loverboys||||"]');
  await tab.close();
});

test('search: works from file:// (index shards through <script>, no failed requests, no CSP errors)', { skip, timeout: 60_000 }, async () => {
  const tab = await browser.context.newPage();
  const seen = watchPage(tab);
  await tab.goto(`${fileUrl('zoeken/index.html')}?q=AF%20Heerlen`, { waitUntil: 'load' });
  await tab.waitForSelector('#zoeken[data-shown="AF Heerlen||||"]');
  const titles = await tab.evaluate(() => [...document.querySelectorAll('#zoek-resultaten .search-result__title')].map((h) => h.textContent));
  assert.ok(titles.slice(0, 3).includes('Kim Olislagers'), JSON.stringify(titles));
  const href = await tab.locator('#zoek-resultaten h2 a').first().getAttribute('href');
  assert.match(href, /^file:/);
  // facets from file:// too
  await tab.selectOption('#filter-soort', 'aandachtsfunctionaris');
  await tab.waitForSelector('#zoeken[data-shown="AF Heerlen|aandachtsfunctionaris|||"]');
  // and the header box of another page
  await tab.goto(fileUrl('organisaties/index.html'), { waitUntil: 'load' });
  await tab.locator('#site-zoek').focus();
  await tab.keyboard.type('loverb');
  await tab.waitForSelector('#site-zoek[aria-expanded="true"]');
  assert.deepEqual(seen.failed, []);
  assert.deepEqual(seen.cspErrors, []);
  assert.deepEqual(seen.pageErrors, []);
  await tab.close();
});

test('search: without JavaScript the page says so and links to the A-Z lists', { skip, timeout: 60_000 }, async () => {
  const nojs = await launch({ javaScriptEnabled: false });
  try {
    const tab = await nojs.context.newPage();
    await tab.goto(pageUrl(base.url, 'zoeken/index.html'), { waitUntil: 'load' });
    assert.ok(await tab.locator('#zoeken-zonder-js').isVisible());
    assert.match(await tab.textContent('#zoeken-zonder-js'), /JavaScript/);
    assert.equal(await tab.locator('.search__form').isVisible(), false);
    const links = await tab.evaluate(() => [...document.querySelectorAll('#zoeken-zonder-js a')].map((a) => a.getAttribute('href')));
    assert.ok(links.includes('../organisaties/index.html'));
    assert.ok(links.includes('../contactpersonen/index.html'));
  } finally {
    await nojs.close();
  }
});
