// Valid HTML: html-validate on EVERY .html file of the site, zero errors (warnings are
// reported, not failed). One test per page kind, listing every problem of every page.
import assert from 'node:assert/strict';
import path from 'node:path';
import test from 'node:test';
import { HtmlValidate } from 'html-validate';
import { pagesByKind, siteDir } from './lib/site.mjs';

// The recommended preset plus the rules meant for whole documents (doctype, labels, heading
// levels, references); only what conflicts with a deliberate choice of the site is changed.
export const CONFIG = {
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Titles are "<page> | <section> | Netwerkkaart" with organisation names from the data;
    // 70 characters is a search-snippet advice, and the portal is noindex.
    'long-title': 'off',
    // Formatting, not validity: the templates' indentation leaves whitespace-only lines,
    // which no browser or reader notices.
    'no-trailing-whitespace': 'off',
    // ARIA 1.2 lets a list be named, and the portal names its tag lists
    // (<ul class="tags" aria-label="Rollen">); the preset allows names on fewer roles.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
    // Integrity hashes only guard resources from other hosts, and the site loads none
    // (origin.test.mjs); same-origin files need none.
    'require-sri': ['error', { target: 'crossorigin' }],
    // Phone links carry class "phone", which the theme keeps on one line (white-space:
    // nowrap); a U+2011 hyphen instead would paste badly into a phone's dialler.
    'tel-non-breaking': ['error', { ignoreClasses: ['phone'] }],
  },
};

const dir = siteDir();
const validator = new HtmlValidate(CONFIG);

for (const [kind, pages] of pagesByKind(dir)) {
  test(`html-validate: ${kind} (${pages.length} page${pages.length === 1 ? '' : 's'})`, { timeout: 600_000 }, async (t) => {
    const errors = [];
    let warnings = 0;
    for (const page of pages) {
      const report = await validator.validateFile(path.join(dir, page));
      for (const r of report.results) {
        for (const m of r.messages) {
          const line = `${page}:${m.line}:${m.column}: ${m.message} [${m.ruleId}]`;
          if (m.severity >= 2) errors.push(line);
          else { warnings++; t.diagnostic(`warning ${line}`); }
        }
      }
    }
    if (warnings) t.diagnostic(`${warnings} warning(s)`);
    const shown = errors.slice(0, 200);
    assert.equal(errors.length, 0,
      `${errors.length} html-validate error(s):\n${shown.join('\n')}${errors.length > shown.length ? `\n... and ${errors.length - shown.length} more` : ''}`);
  });
}
