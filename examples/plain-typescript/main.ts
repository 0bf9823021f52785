import { ReportBanner } from 'report-banner/define';

// Options as properties: set before or after the element is in the page.
const banner = document.createElement('report-banner');
banner.language = 'fr';
banner.variant = 'corner';
banner.remember = 0;
document.body.prepend(banner);

// The events bubble out of the banner, so the document hears them, typed.
document.addEventListener('report-banner-link', (event) => {
  console.info(`opened ${event.detail.contact} by ${event.detail.channel}`);
});

console.info(banner instanceof ReportBanner, ReportBanner.version);
