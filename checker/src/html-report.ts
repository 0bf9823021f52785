/** `--report DIR`: one self-contained HTML file a regulator can file, screenshots inlined. */
import { readFile } from 'node:fs/promises';
import type { PageResult } from './check-page.js';
import { PROBLEMS } from './problems.js';
import { verdictOf, type RunInfo } from './report.js';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/** The verdicts in the three languages of the report's readers. */
const VERDICTS: Record<string, string> = {
  PASS: 'PASS — conform / conforme / compliant',
  FAIL: 'FAIL — niet conform / non conforme / not compliant',
  ERROR: 'ERROR — niet gecontroleerd / non vérifié / not checked',
};

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
          `<li><strong>${escape(problem.code)}</strong>${problem.viewports ? ` [${escape(problem.viewports.join(', '))}]` : ''}: ${escape(problem.message)}<br><small>${escape(PROBLEMS[problem.code])}</small></li>`,
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
</style>
</head>
<body>
<h1>report-banner check</h1>
<p>Checker ${escape(run.checker.version)}, browser ${escape(run.browser)}. Run ${escape(run.startedAt)} – ${escape(run.finishedAt)}${run.interrupted ? ' (interrupted)' : ''}.</p>
<p>Options: <code>${escape(JSON.stringify(run.options))}</code></p>
${sections.join('\n')}
</body>
</html>
`;
}
