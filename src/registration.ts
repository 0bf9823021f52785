/**
 * Registration, kept apart from the class so that importing the class registers nothing.
 */
import { ReportBanner } from './report-banner.js';
import { VERSION } from './version.js';

export const TAG_NAME = 'report-banner';

/**
 * Registers `<report-banner>` once. Returns false, with a warning, when another script already
 * registered the name: a second copy of this script, another version, or a different element.
 */
export function defineReportBanner(): boolean {
  const existing: (CustomElementConstructor & { version?: unknown }) | undefined = customElements.get(TAG_NAME);
  if (!existing) {
    customElements.define(TAG_NAME, ReportBanner);
    return true;
  }
  if (existing === ReportBanner) return true;
  if (existing.version === VERSION) {
    console.warn(`report-banner: the script is included more than once; only the first copy runs.`);
  } else if (typeof existing.version === 'string') {
    console.warn(`report-banner: versions ${existing.version} and ${VERSION} are both on this page; only ${existing.version} runs.`);
  } else {
    console.warn(`report-banner: <${TAG_NAME}> is already defined by another script; this one does nothing.`);
  }
  return false;
}
