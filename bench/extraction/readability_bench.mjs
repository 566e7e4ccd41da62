// Times Mozilla Readability (on jsdom) over the readability corpus, in one process: per page,
// jsdom parse + new Readability(doc).parse(), the same work extractArticle does.
// Usage: node readability_bench.mjs <corpus dir> <repetitions>
// Prints "<case>\t<median ms>" per page (sorted by case name), like extraction_bench.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const corpus = process.argv[2] ?? '/work/shared/corpora/readability-test-pages';
const reps = Math.max(1, Number(process.argv[3] ?? 3));
// Same URL as the C++ side and Readability's own test harness.
const url = 'http://fakehost/test/page.html';

const cases = readdirSync(corpus, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(corpus, d.name, 'source.html')))
  .map((d) => d.name)
  .sort();
const sources = cases.map((c) => readFileSync(join(corpus, c, 'source.html'), 'utf8'));

// jsdom reports CSS it cannot parse on its console; keep that noise out of the timings.
const virtualConsole = new VirtualConsole();
const times = cases.map(() => []);
let sink = 0; // keeps the result alive so nothing can be optimised away
for (let r = 0; r < reps; ++r) {
  sources.forEach((html, i) => {
    const t0 = performance.now();
    const dom = new JSDOM(html, { url, virtualConsole });
    const article = new Readability(dom.window.document).parse();
    times[i].push(performance.now() - t0);
    sink += article?.textContent?.length ?? 0;
    dom.window.close();
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
cases.forEach((c, i) => process.stdout.write(`${c}\t${median(times[i]).toFixed(3)}\n`));
process.stderr.write(`readability: ${cases.length} pages x ${reps} reps (chars ${sink})\n`);
