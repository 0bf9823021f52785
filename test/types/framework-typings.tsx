// Mistakes the typings must catch: each line after @ts-expect-error has to be an error, or tsc fails.
import type { GlobalComponents } from 'vue';
import type { ReportBanner as Element } from 'report-banner/define';
import { ReportBanner } from 'report-banner/react';
import type {} from 'report-banner/jsx';
import type {} from 'report-banner/vue';

export const plain = (
  <>
    <report-banner data-variant="corner" onreport-banner-link={(event) => event.detail.href} />
    <report-banner data-lang="auto" data-langs="de,en" data-remember="0" data-make-room="true" data-theme="light" data-then="bar" />
    <report-banner data-analytics="matomo,plausible" data-title-b-nl="Tweede titel" onreport-banner-show={(event) => event.detail.wording} />
    {/* @ts-expect-error not a tool data-analytics knows */}
    <report-banner data-analytics="plausible,google" />
    {/* @ts-expect-error not a variant */}
    <report-banner data-variant="popup" />
    {/* @ts-expect-error not a language */}
    <report-banner data-lang="xx" />
    {/* @ts-expect-error not a fallback language */}
    <report-banner data-fallback-lang="auto" />
    {/* @ts-expect-error not an audience */}
    <report-banner data-audience="everyone" />
    {/* @ts-expect-error not a position */}
    <report-banner data-position="middle" />
    {/* @ts-expect-error not true or false */}
    <report-banner data-dismissible="yes" />
    {/* @ts-expect-error not true or false */}
    <report-banner data-make-room="always" />
    {/* @ts-expect-error not a number of days */}
    <report-banner data-remember="a month" />
    {/* @ts-expect-error es is not a language of the switch */}
    <report-banner data-langs="nl,es" />
    {/* @ts-expect-error not a theme */}
    <report-banner data-theme="blue" />
    {/* @ts-expect-error not what follows an age check */}
    <report-banner data-then="modal" />
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
    {/* @ts-expect-error not a language of the switch */}
    <ReportBanner languages="nl,xx" />
    {/* @ts-expect-error not a variant */}
    <ReportBanner variant="sideways" />
    {/* @ts-expect-error the detail of report-banner-link has no reason */}
    <ReportBanner onLink={(event) => event.detail.reason} />
    <ReportBanner analytics="datalayer" onUnfold={(event) => event.type} />
    {/* @ts-expect-error the detail of report-banner-unfold is empty */}
    <ReportBanner onUnfold={(event) => event.detail.language} />
  </>
);

document.addEventListener('report-banner-dismiss', (event) => event.detail.reason);
window.addEventListener('report-banner-language', (event) => event.detail.previous);
// @ts-expect-error the detail of report-banner-language has no href
document.addEventListener('report-banner-language', (event) => event.detail.href);

export const element: Element | null = document.querySelector('report-banner');
void element?.show();

export type VueBanner = GlobalComponents['report-banner'];
