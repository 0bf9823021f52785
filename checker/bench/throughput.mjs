/**
 * `npm run bench:throughput -w checker` (after `npm run build`): checks the same fixture pages at
 * `--concurrency` 1, 2 and 4, with the default waits, and prints wall time, pages per minute, the
 * peak memory of the checker with its browsers (and per worker), the machine's load, and whether
 * every verdict is the one a person reaches. The figures in checker/README.md come from it.
 * Timings depend on the machine and on what else runs on it: they belong in no pass/fail test.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const CLI = fileURLToPath(new URL('../dist/report-banner.mjs', import.meta.url));
const SERVER = fileURLToPath(new URL('../test/server.ts', import.meta.url));

/** Twelve pages of every kind (compliant, failing, behind gates, the age-check entry) and the verdict each must get. */
const EXPECTED = {
  'compliant-nl': 'PASS', 'compliant-fr': 'PASS', 'no-banner': 'FAIL', covered: 'FAIL', 'age-gate': 'PASS', 'consent-wall': 'PASS',
  'filter-blur': 'FAIL', 'overlay-pointer-none': 'FAIL', 'age-check': 'PASS', 'tiny-text': 'FAIL', 'wrong-language': 'FAIL', 'two-banners': 'PASS',
};
const PAGES = Object.keys(EXPECTED).map((name) => `/${name}.html`);
const CONCURRENCY = [1, 2, 4];

/** The tests' own fixture server, compiled from TypeScript on the fly (its fixture paths kept). */
async function startServer() {
  const { outputFiles } = await build({
    entryPoints: [SERVER],
    write: false,
    format: 'esm',
    platform: 'node',
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(SERVER).href) },
  });
  const module = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  return module.startServer();
}

/**
 * Memory of a process and all its descendants, in bytes (Linux /proc; 0 elsewhere): the
 * proportional set size, so pages shared between the browser's processes count once.
 */
function treeMemory(root) {
  let processes;
  try {
    processes = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map((pid) => {
        try {
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          // Fields after the name: state, ppid, …
          return { pid: Number(pid), ppid: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) };
        } catch {
          return null;
        }
      })
      .filter(Boolean);
  } catch {
    return 0;
  }
  const inTree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const { pid, ppid } of processes) {
      if (inTree.has(ppid) && !inTree.has(pid)) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  // Read for the checker's processes only: smaps_rollup walks a process's memory map.
  let sum = 0;
  for (const pid of inTree) {
    try {
      sum += Number(/^Pss:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      // The process ended meanwhile.
    }
  }
  return sum;
}

function runOnce(urls, concurrency) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // One host serves every page: --per-host follows --concurrency, as for many sites.
    const child = spawn(process.execPath, [CLI, 'check', '--json', '--concurrency', String(concurrency), '--per-host', String(concurrency), ...urls], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let stdout = '';
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeMemory(child.pid))), 250);
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', () => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      const { results } = JSON.parse(stdout);
      const wrong = results.filter((result) => {
        const verdict = result.problems.some((problem) => ['page-timeout', 'page-http-error', 'page-unreachable'].includes(problem.code)) ? 'ERROR' : result.compliant ? 'PASS' : 'FAIL';
        return verdict !== EXPECTED[new URL(result.url).pathname.slice(1, -'.html'.length)];
      });
      const wrongs = wrong.map((result) => `${new URL(result.url).pathname} (${result.problems.map((problem) => problem.code).join(', ') || 'compliant'})`);
      resolve({ concurrency, pages: results.length, seconds, perMinute: (results.length / seconds) * 60, peakMiB: peak / 2 ** 20, wrong: wrongs });
    });
  });
}

const server = await startServer();
try {
  const urls = PAGES.map((path) => `${server.origin}${path}`);
  console.log(`${cpus().length} CPUs (${availableParallelism()} available), ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB`);
  console.log(`${urls.length} pages, default waits (--wait 10, --recheck 5), desktop and mobile each; load average (1 / 5 / 15 min) before each step\n`);
  // Other work on the machine slows every figure: the load before each run says how busy it was.
  console.log('| --concurrency | wall time | pages per minute | peak memory (PSS) | per worker | load before | verdicts |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const concurrency of CONCURRENCY) {
    const load = loadavg().map((value) => value.toFixed(1)).join(' / ');
    const run = await runOnce(urls, concurrency);
    const memory = run.peakMiB > 0 ? `${Math.round(run.peakMiB)} MiB` : 'n/a';
    const worker = run.peakMiB > 0 ? `${Math.round(run.peakMiB / concurrency)} MiB` : 'n/a';
    const verdicts = run.wrong.length === 0 ? `all ${run.pages} as expected` : `DIFFERENT: ${run.wrong.join(', ')}`;
    console.log(`| ${concurrency} | ${run.seconds.toFixed(0)} s | ${run.perMinute.toFixed(1)} | ${memory} | ${worker} | ${load} | ${verdicts} |`);
  }
} finally {
  await server.close();
}
