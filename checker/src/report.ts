/** The human summary, the JSON output and the CSV lines. */
import type { PageResult } from './check-page.js';
import { LOAD_PROBLEMS } from './problems.js';

export const notLoaded = (result: PageResult) => result.problems.some((problem) => LOAD_PROBLEMS.includes(problem.code));
/** Cut off by Ctrl-C or SIGTERM: says nothing about the site. */
export const interrupted = (result: PageResult) => result.problems.some((problem) => problem.code === 'interrupted');

/** 0 every page complies, 1 some page does not, 2 some page could not be checked. */
export function exitStatus(results: readonly PageResult[]): 0 | 1 | 2 {
  if (results.some(notLoaded)) return 2;
  return results.every((result) => result.compliant) ? 0 : 1;
}

/** What a reader needs to trust a run: who checked, with what, how. */
export interface RunInfo {
  checker: { name: 'report-banner check'; version: string };
  browser: string;
  startedAt: string;
  finishedAt: string;
  interrupted: boolean;
  options: Record<string, unknown>;
}

export function formatJson(run: RunInfo, results: readonly PageResult[]): string {
  return `${JSON.stringify({ ...run, results }, null, 2)}\n`;
}

/** `--ndjson`: one line for a page, as soon as it is checked; `index` is its place in the list. */
export function formatNdjsonPage(index: number, result: PageResult): string {
  return `${JSON.stringify({ type: 'page', index, ...result })}\n`;
}

/** `--ndjson`: the last line, the run itself (as in `--json`, without the results already printed). */
export function formatNdjsonRun(run: RunInfo): string {
  return `${JSON.stringify({ type: 'run', ...run })}\n`;
}

export type Verdict = 'PASS' | 'FAIL' | 'ERROR' | 'INTERRUPTED';

export const verdictOf = (result: PageResult): Verdict =>
  interrupted(result) ? 'INTERRUPTED' : notLoaded(result) ? 'ERROR' : result.compliant ? 'PASS' : 'FAIL';

function describeBanner(result: PageResult): string {
  const views = Object.entries(result.evidence.viewports);
  const banner = views[0]?.[1].banner;
  if (!banner) return '';
  const kind = banner.kind === 'static' ? 'static notice' : banner.ageCheck ? '<report-banner> age-check entry' : '<report-banner>';
  const sizes = views.map(([name, view]) => `${name} ${view.viewport.width}x${view.viewport.height}`).join(', ');
  const links = `${banner.links.length} link${banner.links.length === 1 ? '' : 's'}`;
  const frame = views[0][1].frame ? ` inside a frame (${views[0][1].frame})` : '';
  return `${kind}${frame} in ${banner.language ?? 'an undeclared language'}, ${links}; checked at ${sizes}`;
}

/** "12 pages checked: 9 compliant, 2 not compliant, 1 could not be loaded." (and how many were cut off). */
export function summaryLine(results: readonly PageResult[]): string {
  const count = (verdict: Verdict) => results.filter((result) => verdictOf(result) === verdict).length;
  const pages = results.length === 1 ? 'page' : 'pages';
  const cut = count('INTERRUPTED') > 0 ? `, ${count('INTERRUPTED')} interrupted before being checked` : '';
  return `${results.length} ${pages} checked: ${count('PASS')} compliant, ${count('FAIL')} not compliant, ${count('ERROR')} could not be loaded${cut}.`;
}

export function formatHuman(results: readonly PageResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    lines.push(`${verdictOf(result).padEnd(5)} ${result.url}`);
    const { finalUrl, redirects } = result.evidence;
    if (finalUrl) lines.push(`      final URL: ${finalUrl}${redirects.length > 1 ? ` (after ${redirects.length - 1} redirects)` : ''}`);
    const about = describeBanner(result);
    if (about) lines.push(`      ${about}`);
    for (const problem of result.problems) {
      const where = problem.viewports ? ` [${problem.viewports.join(', ')}]` : '';
      lines.push(`      ${problem.code}${where}: ${problem.message}`);
    }
    for (const note of result.notes) {
      lines.push(`      note ${note.code}${note.viewports ? ` [${note.viewports.join(', ')}]` : ''}: ${note.message}`);
    }
    for (const view of Object.values(result.evidence.viewports)) {
      if (view.firstScreen) lines.push(`      first screen: ${view.firstScreen}`);
      if (view.screenshot) lines.push(`      screenshot: ${view.screenshot}`);
    }
  }
  lines.push('', summaryLine(results));
  return `${lines.join('\n')}\n`;
}

const cell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** One line per problem (one per compliant page), for spreadsheets. */
export function formatCsv(results: readonly PageResult[]): string {
  const rows = [['url', 'verdict', 'final_url', 'code', 'viewports', 'message', 'checked_at']];
  for (const result of results) {
    const base = [result.url, verdictOf(result), result.evidence.finalUrl ?? ''];
    const items = [...result.problems, ...result.notes];
    if (items.length === 0) rows.push([...base, '', '', '', result.evidence.checkedAt]);
    for (const item of items) rows.push([...base, item.code, item.viewports?.join(' ') ?? '', item.message, result.evidence.checkedAt]);
  }
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
