/** Side-effect entry for bundler users: `import 'report-banner/define'` registers the element. */
import { defineReportBanner } from './registration.js';

defineReportBanner();
