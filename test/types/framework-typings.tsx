// Mistakes the typings must catch: each line after @ts-expect-error has to be an error, or tsc fails.
import type { GlobalComponents } from 'vue';
import type { ReportBanner as Element } from 'report-banner/define';
import { ReportBanner } from 'report-banner/react';
import type {} from 'report-banner/jsx';
import type {} from 'report-banner/vue';

export const plain = (
  <>
    <report-banner data-variant="corner" onreport-banner-link={(event) => event.detail.href} />
    {/* @ts-expect-error not a variant */}
    <report-banner data-variant="popup" />
    {/* @ts-expect-error React 19 calls on<event-name> exactly; a camel-cased name would never be called */}
    <report-banner onReportBannerDismiss={() => undefined} />
    {/* @ts-expect-error the detail of report-banner-show has no reason */}
    <report-banner onreport-banner-show={(event) => event.detail.reason} />
  </>
);

export const wrapped = (
  <>
    <ReportBanner language="de" dismissible={false} onDismiss={(event) => event.detail.rememberDays} />
    {/* @ts-expect-error not a language */}
    <ReportBanner language="es" />
    {/* @ts-expect-error the detail of report-banner-link has no reason */}
    <ReportBanner onLink={(event) => event.detail.reason} />
  </>
);

document.addEventListener('report-banner-dismiss', (event) => event.detail.reason);
window.addEventListener('report-banner-language', (event) => event.detail.previous);
// @ts-expect-error the detail of report-banner-language has no href
document.addEventListener('report-banner-language', (event) => event.detail.href);

export const element: Element | null = document.querySelector('report-banner');
void element?.show();

export type VueBanner = GlobalComponents['report-banner'];
