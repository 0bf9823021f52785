import { renderToString } from 'react-dom/server';
import { TAG_NAME, VERSION } from 'report-banner';
import type {} from 'report-banner/jsx';

/**
 * A page rendered on the server: the banner arrives as HTML with its `data-*` attributes and
 * becomes interactive once the script defines the element. Importing the package here needs no DOM.
 */
export function renderPage(scriptSrc: string): string {
  const banner = renderToString(
    <report-banner data-lang="fr" data-variant="inline" data-title="Bienvenue" data-remember="0" />,
  );
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>report-banner ${VERSION}, rendered on the server</title></head>
  <body>
    <main>${banner}</main>
    <output id="page-log"></output>
    <script>
      for (const name of ['show', 'dismiss', 'language', 'link']) {
        document.addEventListener('${TAG_NAME}-' + name, (event) => {
          document.getElementById('page-log').textContent += name + ' ' + JSON.stringify(event.detail) + '\\n';
        });
      }
    </script>
    <script src="${scriptSrc}" defer></script>
  </body>
</html>
`;
}
