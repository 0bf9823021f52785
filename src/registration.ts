/**
 * Registration, kept apart from the class so that importing the class registers nothing.
 */
import { ReportBanner } from './element/report-banner.js';
import { VERSION } from './element/version.js';

export const TAG_NAME = 'report-banner';

/**
 * Registers `<report-banner>` once. Returns false, with a warning, when another script already
 * registered the name: another copy of this package (a second script tag, or an app bundle next
 * to the script tag), another version, or a different element.
 */
export function defineReportBanner(): boolean {
  const existing: (CustomElementConstructor & { version?: unknown }) | undefined = customElements.get(TAG_NAME);
  if (!existing) {
    customElements.define(TAG_NAME, ReportBanner);
    return true;
  }
  if (existing === ReportBanner) return true;
  if (existing.version === VERSION) {
    console.warn(`report-banner: ${VERSION} is loaded more than once (script tags or app bundles); the first copy defines <${TAG_NAME}>.`);
  } else if (typeof existing.version === 'string') {
    console.warn(`report-banner: versions ${existing.version} and ${VERSION} are both on this page; <${TAG_NAME}> is ${existing.version}'s, which was first.`);
  } else {
    console.warn(`report-banner: <${TAG_NAME}> is already defined by another script; this one does nothing.`);
  }
  return false;
}

/** Whether `<report-banner>` is this package's element, from this copy or another (any version). */
export function reportBannerRegistered(): boolean {
  const registered: (CustomElementConstructor & { version?: unknown }) | undefined = customElements.get(TAG_NAME);
  return typeof registered?.version === 'string';
}
