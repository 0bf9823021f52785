// The Download link hands over the very file whose hash is in the tag, named with its version
// (report-banner-<version>.js), so the file name changes whenever the hash does.
import { BUNDLE_URL, loadBuildFacts } from './page.js';

const link = /** @type {HTMLAnchorElement | null} */ (document.getElementById('download'));
const name = document.getElementById('download-name');
if (link && name) {
  link.href = BUNDLE_URL;
  loadBuildFacts().then((build) => {
    const file = build?.version ? `report-banner-${build.version}.js` : 'report-banner.js';
    link.download = file;
    name.textContent = file;
  });
}
