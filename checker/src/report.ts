/** The human summary and the JSON output. */
import type { PageResult } from './check-page.js';
import { LOAD_PROBLEMS } from './problems.js';

export const notLoaded = (result: PageResult) => result.problems.some((problem) => LOAD_PROBLEMS.includes(problem.code));

/** 0 every page complies, 1 some page does not, 2 some page could not be checked. */
export function exitStatus(results: readonly PageResult[]): 0 | 1 | 2 {
  if (results.some(notLoaded)) return 2;
  return results.every((result) => result.compliant) ? 0 : 1;
}

export function formatJson(results: readonly PageResult[]): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}

function describeBanner(result: PageResult): string {
  const views = Object.entries(result.evidence.viewports);
  const banner = views[0]?.[1].banner;
  if (!banner) return '';
  const kind = banner.kind === 'static' ? 'static notice' : '<report-banner>';
  const sizes = views.map(([name, view]) => `${name} ${view.viewport.width}x${view.viewport.height}`).join(', ');
  const links = `${banner.links.length} link${banner.links.length === 1 ? '' : 's'}`;
  return `${kind} in ${banner.language ?? 'an undeclared language'}, ${links}; checked at ${sizes}`;
}

export function formatHuman(results: readonly PageResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    const label = notLoaded(result) ? 'ERROR' : result.compliant ? 'PASS ' : 'FAIL ';
    lines.push(`${label} ${result.url}`);
    const about = describeBanner(result);
    if (about) lines.push(`      ${about}`);
    for (const problem of result.problems) {
      const where = problem.viewports ? ` [${problem.viewports.join(', ')}]` : '';
      lines.push(`      ${problem.code}${where}: ${problem.message}`);
    }
    for (const view of Object.values(result.evidence.viewports)) {
      if (view.screenshot) lines.push(`      screenshot: ${view.screenshot}`);
    }
  }
  const failed = results.filter((result) => !result.compliant && !notLoaded(result)).length;
  const errors = results.filter(notLoaded).length;
  const passed = results.length - failed - errors;
  const pages = results.length === 1 ? 'page' : 'pages';
  lines.push('', `${results.length} ${pages} checked: ${passed} compliant, ${failed} not compliant, ${errors} could not be loaded.`);
  return `${lines.join('\n')}\n`;
}
