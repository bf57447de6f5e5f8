// axe-core in a page: the rules of WCAG 2.1 AA, as every axe test of the site runs them.
// The page must have been opened in a context with bypassCSP (axe is injected inline).
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the open page: {violations, incomplete, version}, each result slimmed. */
export async function runAxe(tab) {
  await tab.addScriptTag({ content: AXE_SOURCE });
  return tab.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
    const slim = (list) => list.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary })),
    }));
    // eslint-disable-next-line no-undef
    return { violations: slim(r.violations), incomplete: slim(r.incomplete), version: axe.version };
  }, TAGS);
}

/** A violation as readable text: rule, impact, the first elements and why. */
export function describeViolation(v) {
  const targets = v.nodes.slice(0, 3).map((n) => `      ${n.target.join(' ')}${n.failureSummary ? `\n        ${n.failureSummary.replace(/\n/g, '\n        ')}` : ''}`);
  return `  ${v.id} (${v.impact}): ${v.help} [${v.nodes.length} element(s)]\n${targets.join('\n')}\n      ${v.helpUrl}`;
}
