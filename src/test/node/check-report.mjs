// Real-browser check of a rendered report:
//   node check-report.mjs <report.html> [screenshot.png] [--no-figures] [--expect CSS-SELECTOR]...
// Opens the page in Debian's headless Chromium (no network), fails on any console error, page error or failed
// request, and checks that every figure is visible (inline SVG or image with a real size on screen), on a
// desktop and on a phone-sized viewport. --no-figures: a page without figures (verification.html) is fine.
// --expect: an element matching the selector must be visible (e.g. 'tr.claim.fail' for a failed claim).
// Exits 0 when all holds, 1 otherwise.
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const args = process.argv.slice(2);
const expects = [];
let figuresRequired = true;
const positional = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--no-figures') figuresRequired = false;
  else if (args[i] === '--expect') expects.push(args[++i]);
  else positional.push(args[i]);
}
const [file, shot] = positional;
if (!file || expects.includes(undefined)) {
  console.error('usage: node check-report.mjs <report.html> [screenshot.png] [--no-figures] [--expect SELECTOR]...');
  process.exit(2);
}
const url = pathToFileURL(path.resolve(file)).href;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const problems = [];
for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
  const page = await browser.newPage({ viewport });
  page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', e => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', r => problems.push(`request failed: ${r.url()}`));
  page.on('request', r => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) problems.push(`network request: ${r.url()}`); });
  await page.goto(url, { waitUntil: 'load' });
  const figures = await page.$$eval('figure', fs => fs.map(f => {
    const g = f.querySelector('svg, img');
    if (!g) return { ok: false, why: 'no svg or img' };
    const r = g.getBoundingClientRect();
    const s = getComputedStyle(g);
    return { ok: r.width > 100 && r.height > 50 && s.visibility !== 'hidden' && s.display !== 'none',
             why: `${Math.round(r.width)}x${Math.round(r.height)}`, caption: f.querySelector('figcaption')?.textContent };
  }));
  if (figures.length === 0 && figuresRequired) problems.push(`${viewport.width}px: no figure in the page`);
  for (const sel of expects) {
    const seen = await page.$$eval(sel, es => es.some(e => {
      const r = e.getBoundingClientRect();
      const s = getComputedStyle(e);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
    }));
    if (!seen) problems.push(`${viewport.width}px: nothing visible matches ${sel}`);
  }
  for (const f of figures) if (!f.ok) problems.push(`${viewport.width}px: figure "${f.caption}" not visible (${f.why})`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 1) problems.push(`${viewport.width}px: the page scrolls sideways by ${overflow}px`);
  if (shot && viewport.width === 1280) await page.screenshot({ path: shot, fullPage: true });
  console.log(`${viewport.width}px: ${figures.length} figure(s) visible: ${figures.map(f => f.why).join(', ')}`);
  await page.close();
}
await browser.close();
if (problems.length) { for (const p of problems) console.error('browser check: ' + p); process.exit(1); }
console.log('browser check: ok');
