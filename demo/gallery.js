// Every layout × audience at once, each in its own page so fixed and modal layouts do not
// cover one another. Language and theme come from the form (and the URL, for screenshots).
import { BUNDLE_URL, forgetDismissals, loadBuildFacts, previewDocument } from './page.js';
import { scriptTag } from './snippet.js';

const VARIANTS = ['bar', 'corner', 'inline', 'modal', 'age-check'];
const AUDIENCES = ['witness', 'client', 'youth'];

const form = /** @type {HTMLFormElement} */ (document.getElementById('gallery-options'));
const gallery = /** @type {HTMLElement} */ (document.getElementById('gallery'));
/** @type {string | undefined} */
let integrity;

/** @type {Map<string, HTMLIFrameElement>} */
const frames = new Map();
for (const variant of VARIANTS) {
  // The age-check entry puts the same question to every visitor, in the client's words, whatever the audience.
  for (const audience of variant === 'age-check' ? ['client'] : AUDIENCES) {
    const figure = document.createElement('figure');
    const frame = document.createElement('iframe');
    frame.title = `${variant} layout, ${audience} audience`;
    const caption = document.createElement('figcaption');
    caption.innerHTML = `<code>data-variant="${variant}"</code> · <code>data-audience="${audience}"</code>`;
    figure.append(frame, caption);
    gallery.append(figure);
    frames.set(`${variant} ${audience}`, frame);
  }
}

function render() {
  const lang = /** @type {RadioNodeList} */ (form.elements.namedItem('lang')).value;
  const theme = /** @type {RadioNodeList} */ (form.elements.namedItem('theme')).value;
  history.replaceState(null, '', `?${new URLSearchParams({ lang, theme })}`);
  forgetDismissals();
  for (const [key, frame] of frames) {
    const [variant, audience] = key.split(' ');
    const attributes = /** @type {[string, string][]} */ ([
      ['data-lang', lang],
      ['data-audience', audience],
      ['data-variant', variant],
      ['data-theme', theme],
    ]);
    frame.srcdoc = previewDocument(scriptTag({ src: BUNDLE_URL, integrity, attributes }), { lang, dark: theme === 'dark' });
  }
}

const params = new URLSearchParams(location.search);
for (const name of ['lang', 'theme']) {
  const box = form.querySelector(`input[name="${name}"][value="${CSS.escape(params.get(name) ?? '')}"]`);
  if (box instanceof HTMLInputElement) box.checked = true;
}
form.addEventListener('change', render);
loadBuildFacts().then((facts) => {
  integrity = facts?.integrity;
  render();
  document.documentElement.dataset.ready = '';
});
