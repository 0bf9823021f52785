/**
 * Side-effect entry for bundler users: `import 'report-banner/define'` registers the element and
 * exports what the package entry exports, so one import brings the element and its types.
 */
import { defineReportBanner } from './registration.js';

export * from './index.js';

defineReportBanner();
