/**
 * The React entry, `report-banner/react`: `<ReportBanner>` for React apps, with the element's
 * options as properties and its events as `onShow`, `onDismiss`, `onLanguage`, `onLink`, `onAge`, `onExit` and `onUnfold`.
 * Importing it registers the element. Rendered on the server, only `data-*` props reach the HTML:
 * properties are set once the element runs in the browser.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { AgeDetail, DismissDetail, ExitDetail, LanguageDetail, LinkDetail, ShowDetail, UnfoldDetail } from './notice/events.js';
import { ReportBanner as ReportBannerElement } from './element/report-banner.js';
import { TAG_NAME, defineReportBanner } from './registration.js';

export type { AgeDetail, DismissDetail, DismissReason, ExitDetail, LanguageDetail, LinkDetail, ShowDetail, UnfoldDetail, Wording } from './notice/events.js';

defineReportBanner();

export const ReportBanner = createComponent({
  react: React,
  tagName: TAG_NAME,
  elementClass: ReportBannerElement,
  displayName: 'ReportBanner',
  events: {
    onShow: 'report-banner-show' as EventName<CustomEvent<ShowDetail>>,
    onDismiss: 'report-banner-dismiss' as EventName<CustomEvent<DismissDetail>>,
    onLanguage: 'report-banner-language' as EventName<CustomEvent<LanguageDetail>>,
    onLink: 'report-banner-link' as EventName<CustomEvent<LinkDetail>>,
    onAge: 'report-banner-age' as EventName<CustomEvent<AgeDetail>>,
    onExit: 'report-banner-exit' as EventName<CustomEvent<ExitDetail>>,
    onUnfold: 'report-banner-unfold' as EventName<CustomEvent<UnfoldDetail>>,
  },
});
