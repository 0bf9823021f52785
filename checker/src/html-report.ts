/** `--report DIR`: one self-contained HTML file a regulator can file, screenshots inlined. */
import { readFile } from 'node:fs/promises';
import type { PageResult } from './check-page.js';
import { PROBLEMS, type Problem } from './problems.js';
import { summaryLine, verdictOf, type RunInfo, type Verdict } from './report.js';
import { RULES } from './rules.js';

/** Text made safe inside HTML, attributes included. */
export const escape = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/** The verdicts in the three languages of the report's readers. */
const VERDICTS: Record<Verdict, string> = {
  PASS: 'PASS — conform / conforme / compliant',
  FAIL: 'FAIL — niet conform / non conforme / not compliant',
  ERROR: 'ERROR — niet gecontroleerd / non vérifié / not checked',
  INTERRUPTED: 'INTERRUPTED — onderbroken / interrompu / interrupted, not checked',
};

/** The run at a glance: pages by verdict, problems and notes by code with their rule, the settings. */
function summary(run: RunInfo, results: readonly PageResult[]): string {
  const verdicts = (Object.keys(VERDICTS) as Verdict[])
    .map((verdict) => [verdict, results.filter((result) => verdictOf(result) === verdict).length] as const)
    .filter(([, count]) => count > 0)
    .map(([verdict, count]) => `<tr><th scope="row">${escape(VERDICTS[verdict])}</th><td>${count}</td></tr>`)
    .join('');
  const byCode = new Map<string, { item: Problem; note: boolean; pages: number }>();
  for (const result of results) {
    for (const [list, note] of [[result.problems, false], [result.notes, true]] as const) {
      for (const code of new Set(list.map((item) => item.code))) {
        const known = byCode.get(code);
        if (known) known.pages += 1;
        else byCode.set(code, { item: list.find((item) => item.code === code)!, note, pages: 1 });
      }
    }
  }
  const reasons = [...byCode.values()]
    .sort((a, b) => Number(a.note) - Number(b.note) || b.pages - a.pages)
    .map(
      ({ item, note, pages }) =>
        `<tr><th scope="row"><code>${escape(item.code)}</code>${note ? ' (note)' : ''}</th><td>${pages}</td><td>${escape(item.rule ? RULES[item.rule] : '')}</td></tr>`,
    )
    .join('');
  const settings = Object.entries(run.options)
    .filter(([, value]) => value !== undefined && value !== false && !(Array.isArray(value) && value.length === 0))
    .map(([name, value]) => `<tr><th scope="row">${escape(name)}</th><td><code>${escape(typeof value === 'string' ? value : JSON.stringify(value))}</code></td></tr>`)
    .join('');
  return `<section class="summary" aria-labelledby="summary">
<h2 id="summary">Summary</h2>
<p>${escape(summaryLine(results))}</p>
<table><caption>Pages by verdict</caption>${verdicts}</table>
${reasons ? `<table><caption>Pages by reason</caption><tr><th scope="col">code</th><th scope="col">pages</th><th scope="col">rule</th></tr>${reasons}</table>` : ''}
<table><caption>The run</caption>
<tr><th scope="row">checker</th><td>${escape(run.checker.version)}</td></tr>
<tr><th scope="row">browser</th><td>${escape(run.browser)}</td></tr>
<tr><th scope="row">started – finished (UTC)</th><td>${escape(run.startedAt)} – ${escape(run.finishedAt)}${run.interrupted ? ' (interrupted)' : ''}</td></tr>
${settings}
</table>
</section>`;
}

async function image(path: string | undefined, caption: string): Promise<string> {
  if (!path) return '';
  const png = await readFile(path).catch(() => undefined);
  if (!png) return '';
  return `<figure><img alt="${escape(caption)}" src="data:image/png;base64,${png.toString('base64')}"><figcaption>${escape(caption)}</figcaption></figure>`;
}

async function section(result: PageResult): Promise<string> {
  const verdict = verdictOf(result);
  const items = (list: PageResult['problems']) =>
    list
      .map(
        (problem) =>
          `<li><strong>${escape(problem.code)}</strong>${problem.viewports ? ` [${escape(problem.viewports.join(', '))}]` : ''}: ${escape(problem.message)}<br><small>${escape(PROBLEMS[problem.code])}${problem.rule ? ` Rule: ${escape(RULES[problem.rule])}` : ''}</small></li>`,
      )
      .join('');
  const figures: string[] = [];
  for (const [name, view] of Object.entries(result.evidence.viewports)) {
    figures.push(await image(view.firstScreen, `${name}: first screen, before the gate`));
    figures.push(await image(view.screenshot, `${name}: as judged`));
    if (view.reference?.compared) figures.push(await image(view.reference.screenshot, `${name}: the same banner drawn alone, for comparison`));
    for (const step of view.gate) figures.push(`<p>${escape(name)} ${escape(step.at)}: ${escape(step.kind)} ${escape(JSON.stringify(step.text))} (${escape(step.reason)})</p>`);
  }
  const text = Object.values(result.evidence.viewports)[0]?.banner?.text;
  return `<section class="${verdict.toLowerCase()}">
<h2>${escape(result.url)}</h2>
<p class="verdict">${escape(VERDICTS[verdict])}</p>
<p>Checked ${escape(result.evidence.checkedAt)} – ${escape(result.evidence.finishedAt ?? '')}. Final URL: ${escape(result.evidence.finalUrl ?? '—')}</p>
${result.problems.length ? `<h3>Problems</h3><ul>${items(result.problems)}</ul>` : ''}
${result.notes.length ? `<h3>Notes</h3><ul>${items(result.notes)}</ul>` : ''}
${text ? `<h3>Banner text</h3><blockquote>${escape(text)}</blockquote>` : ''}
${figures.join('\n')}
</section>`;
}

export async function htmlReport(run: RunInfo, results: readonly PageResult[]): Promise<string> {
  const sections = [];
  for (const result of results) sections.push(await section(result));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>report-banner check — ${escape(run.startedAt)}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 70rem; padding: 1rem; color: #1a1f2b; }
section { border-top: 4px solid #888; margin: 2rem 0; } .pass { border-color: #1b7a3a; } .fail { border-color: #b3261e; } .error { border-color: #8a5a00; }
.verdict { font-weight: bold; font-size: 1.2rem; } img { max-width: 100%; border: 1px solid #ccc; } figure { margin: 1rem 0; }
blockquote { background: #f3f4f6; margin: 0; padding: .5rem 1rem; }
table { border-collapse: collapse; margin: 1rem 0; } th, td { border: 1px solid #ccc; padding: .25rem .5rem; text-align: left; vertical-align: top; }
caption { text-align: left; font-weight: bold; }
</style>
</head>
<body>
<h1>report-banner check</h1>
${summary(run, results)}
${sections.join('\n')}
</body>
</html>
`;
}
