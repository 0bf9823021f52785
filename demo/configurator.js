// The configurator: form → tags → live preview. The form's own HTML defaults are the options'
// defaults, so an option equal to its default is left out of the tags.
// The banner's facts through its package door (`report-banner/facts`, built to dist/esm/facts.js).
import { CONTACTS, DEFAULT_CONTACTS, contactsFor, toLanguage } from '../dist/esm/facts.js';
import { BAR_POSITIONS, CORNER_POSITIONS } from '../dist/esm/schema.js';
import { readTag } from './configurator-paste.js';
import { installValidation, isRefused, showProblems } from './configurator-validation.js';
import { BUNDLE_URL, forgetDismissals, loadBuildFacts, previewDocument } from './page.js';
import { elementTags, scriptTag } from './snippet.js';

const form = /** @type {HTMLFormElement} */ (document.getElementById('options'));
const field = (/** @type {string} */ id) => /** @type {HTMLInputElement & HTMLSelectElement} */ (document.getElementById(id));
const preview = /** @type {HTMLIFrameElement} */ (document.getElementById('preview'));
const warnings = /** @type {HTMLElement} */ (document.getElementById('warnings'));
const copyStatus = /** @type {HTMLElement} */ (document.getElementById('copy-status'));

/** Position words per variant, the default first (as in the README's option table). */
const POSITIONS = { bar: BAR_POSITIONS, corner: CORNER_POSITIONS };

/** @type {import('./page.js').BuildFacts | undefined} */
let build;

/**
 * Whether the person chose the contacts (a box, a move, a pasted tag or link). Until then the
 * boxes show the banner's default for the language and audience, and the tag leaves
 * `data-contacts` out so that default keeps following the visitor's language.
 */
let contactsChosen = false;
const contactList = /** @type {HTMLElement} */ (document.getElementById('contact-list'));

function buildContactList() {
  const ordered = [...DEFAULT_CONTACTS, ...CONTACTS.map((c) => c.id).filter((id) => !DEFAULT_CONTACTS.includes(id))];
  for (const id of ordered) {
    const { name } = /** @type {{ name: string }} */ (CONTACTS.find((c) => c.id === id));
    const item = document.createElement('li');
    const label = document.createElement('label');
    // Service names and ids read the same in every interface language.
    label.translate = false;
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'data-contacts', value: id });
    label.append(box, ` ${name} `);
    const code = document.createElement('code');
    code.textContent = id;
    label.append(code);
    item.append(label);
    for (const [direction, text] of [['up', '↑'], ['down', '↓']]) {
      const button = Object.assign(document.createElement('button'), { type: 'button', textContent: text });
      button.setAttribute('aria-label', `Move ${name} ${direction}`);
      button.dataset.move = direction;
      item.append(button);
    }
    contactList.append(item);
  }
}

/** The banner's own default contacts for the language the preview shows and the audience. */
function defaultContactIds() {
  const chosen = field('lang').value;
  // Every page language offered is one the banner speaks, so `auto` takes it.
  const language = chosen === 'auto' ? toLanguage(field('page-lang').value) : chosen;
  const audience = /** @type {HTMLInputElement} */ (form.querySelector('[name="data-audience"]:checked')).value;
  return contactsFor(language, audience, 'bar-unfolded').map((/** @type {{ id: string }} */ contact) => contact.id);
}

/** Unchosen contacts show the default set, first and in its order. */
function syncDefaultContacts() {
  /** @type {HTMLElement} */ (document.getElementById('contacts-default')).hidden = !contactsChosen;
  if (contactsChosen) return;
  const ids = defaultContactIds();
  const boxes = /** @type {HTMLInputElement[]} */ ([...contactList.querySelectorAll('[name="data-contacts"]')]);
  for (const box of boxes) box.checked = ids.includes(box.value);
  contactList.prepend(...ids.map((id) => /** @type {HTMLElement} */ (boxes.find((box) => box.value === id)?.closest('li'))));
}

function moveContact(/** @type {Event} */ event) {
  const button = /** @type {HTMLElement} */ (event.target).closest('button[data-move]');
  if (!(button instanceof HTMLButtonElement)) return;
  const item = /** @type {HTMLElement} */ (button.closest('li'));
  if (button.dataset.move === 'up' && item.previousElementSibling) item.previousElementSibling.before(item);
  else if (button.dataset.move === 'down' && item.nextElementSibling) item.nextElementSibling.after(item);
  // Moving a node drops its focus; keep the keyboard where it was.
  button.focus();
  contactsChosen = true;
  update();
}

/** Options that depend on others: position words follow the layout, fallback only matters for auto. */
function syncDependentFields() {
  const variant = field('variant').value;
  const position = field('position');
  const words = POSITIONS[/** @type {keyof POSITIONS} */ (variant)] ?? [];
  const current = position.value;
  if (position.dataset.variant !== variant) {
    position.replaceChildren(
      ...words.map((word, i) => new Option(word, word, i === 0, words.includes(current) ? word === current : i === 0)),
    );
    position.dataset.variant = variant;
  }
  position.disabled = words.length === 0;
  /** @type {HTMLElement} */ (document.getElementById('position-hint')).textContent =
    words.length === 0 ? `The ${variant} layout has no position.` : '';
  field('target').disabled = variant !== 'inline';
  field('make-room').disabled = words.length === 0;
  for (const option of form.querySelectorAll('#age-check-options [name]')) /** @type {HTMLInputElement} */ (option).disabled = variant !== 'age-check';
  field('fallback-lang').disabled = field('lang').value !== 'auto';
  syncDefaultContacts();
}

/**
 * One option's value, now or by default; `undefined` when it does not apply.
 * @param {string} name
 * @param {boolean} byDefault
 */
function optionValue(name, byDefault) {
  const fields = /** @type {HTMLInputElement[]} */ ([...form.querySelectorAll(`[name="${name}"]`)]);
  const [first] = fields;
  if (first.disabled) return undefined;
  const checked = (/** @type {HTMLInputElement} */ box) => (byDefault ? box.defaultChecked : box.checked);
  const list = first.closest('[data-list]');
  if (list instanceof HTMLElement) {
    return byDefault ? list.dataset.default : fields.filter(checked).map((box) => box.value).join(',');
  }
  if (first.type === 'radio') return fields.find(checked)?.value;
  if (first.type === 'checkbox') return String(checked(first));
  if (first instanceof HTMLSelectElement) {
    return byDefault ? ([...first.options].find((o) => o.defaultSelected) ?? first.options[0])?.value : first.value;
  }
  return (byDefault ? first.defaultValue : first.value).trim();
}

/** The `data-*` attributes that differ from their defaults, in the form's order. */
function chosenAttributes() {
  const names = new Set([...form.querySelectorAll('[name^="data-"]')].map((el) => /** @type {HTMLInputElement} */ (el).name));
  /** @type {[string, string][]} */
  const attributes = [];
  for (const name of names) {
    const value = optionValue(name, false);
    // Contacts left alone follow the visitor's language and audience, which no fixed list says.
    const byDefault = name === 'data-contacts' ? !contactsChosen : value === optionValue(name, true);
    // A refused value stays out of the tag; its error shows beside the field.
    if (value === undefined || byDefault || isRefused(name)) continue;
    // An emptied text field means "the default"; an emptied list ("no language switch") does not.
    if (value === '' && !form.querySelector(`[data-list] [name="${name}"]`)) continue;
    attributes.push([name, value]);
  }
  return attributes;
}

/** Every named field of the form, in its order. */
const fieldNames = () => [...new Set([...form.querySelectorAll('[name]')].map((el) => /** @type {HTMLInputElement} */ (el).name))];

const notOneOf = (/** @type {string} */ name, /** @type {string} */ value, /** @type {string[]} */ allowed) =>
  `${name}="${value}" is not one of ${allowed.join(', ')}; the form keeps its default.`;

/**
 * Sets the form from attributes (the address's fragment, a pasted tag), in form order so the
 * layout is set before its position. Returns a sentence for each value no field can take.
 * @param {Iterable<[string, string]>} attributes
 */
function applyAttributes(attributes) {
  const order = fieldNames();
  const sorted = [...attributes].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
  /** @type {string[]} */
  const problems = [];
  for (const [name, value] of sorted) {
    const fields = /** @type {HTMLInputElement[]} */ ([...form.querySelectorAll(`[name="${CSS.escape(name)}"]`)]);
    const [first] = fields;
    if (!first) continue;
    const word = value.trim().toLowerCase();
    if (first.disabled) {
      problems.push(`${name} has no effect with the other options of this tag, so the tag below leaves it out.`);
    } else if (first.closest('[data-list]')) {
      const ids = word.split(',').map((id) => id.trim()).filter(Boolean);
      const unknown = ids.filter((id) => !fields.some((box) => box.value === id));
      if (unknown.length) problems.push(`${name} names ${unknown.join(', ')}, not one of ${fields.map((box) => box.value).join(', ')}; the tag below leaves ${unknown.length > 1 ? 'them' : 'it'} out.`);
      for (const box of fields) box.checked = ids.includes(box.value);
      if (name === 'data-contacts') {
        contactsChosen = true;
        const boxes = fields.filter((box) => box.checked).sort((a, b) => ids.indexOf(a.value) - ids.indexOf(b.value));
        contactList.prepend(...boxes.map((box) => /** @type {HTMLElement} */ (box.closest('li'))));
      }
    } else if (first.type === 'radio') {
      const box = fields.find((candidate) => candidate.value === word);
      if (box) box.checked = true;
      else problems.push(notOneOf(name, value, fields.map((candidate) => candidate.value)));
    } else if (first.type === 'checkbox') {
      // As the banner reads it: present without a value is true.
      if (['', 'true', 'false'].includes(word)) first.checked = word !== 'false';
      else problems.push(notOneOf(name, value, ['true', 'false']));
    } else if (first instanceof HTMLSelectElement) {
      const options = [...first.options].map((option) => option.value);
      if (options.includes(word)) first.value = word;
      else problems.push(notOneOf(name, value, options));
    } else {
      first.value = value;
    }
    syncDependentFields();
  }
  return problems;
}

/** The contact list as built, unchosen. */
function resetContacts() {
  contactList.replaceChildren();
  buildContactList();
  contactsChosen = false;
}

/** Every field back to its default now (`form.reset()` would leave its listeners for later). */
function resetFields() {
  for (const element of form.elements) {
    if (element instanceof HTMLSelectElement) {
      element.value = ([...element.options].find((option) => option.defaultSelected) ?? element.options[0])?.value ?? '';
    } else if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
      element.checked = element.defaultChecked;
    } else if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
      element.value = element.defaultValue;
    }
  }
  resetContacts();
  syncDependentFields();
}

const pastedTag = /** @type {HTMLTextAreaElement} */ (document.getElementById('pasted-tag'));
const pasteStatus = /** @type {HTMLElement} */ (document.getElementById('paste-status'));

/** Replaces the form with the options of the pasted tag; says what it could not take. */
function fillFromTag() {
  const pasted = readTag(pastedTag.value, fieldNames().filter((name) => name.startsWith('data-')));
  if (!pasted) {
    showProblems(pastedTag, ['Paste a script tag or a report-banner element, like <script src="/report-banner.js" defer data-lang="fr"></script>']);
    pasteStatus.textContent = '';
    return;
  }
  resetFields();
  const problems = [...pasted.problems, ...applyAttributes(pasted.src ? [...pasted.attributes, ['src', pasted.src]] : pasted.attributes)];
  checkAll();
  for (const [name, value] of pasted.attributes) {
    if (isRefused(name)) problems.push(`${name}="${value}" would be refused by the banner; the message at its field says why.`);
  }
  showProblems(pastedTag, problems);
  pasteStatus.textContent = problems.length ? 'The form holds the options of your tag, except those named above.' : 'The form holds the options of your tag.';
  update();
}

/** The name the Download link saves the file under: the release's name, with its version. */
const downloadName = () => (build?.version ? `report-banner-${build.version}.js` : 'report-banner.js');

/** Under `src`: which file to put there, or that the address does not name the downloaded file. */
function syncSourceHint() {
  const hint = /** @type {HTMLElement} */ (document.getElementById('src-hint'));
  const src = field('src').value.trim();
  const last = src.split(/[?#]/)[0].split('/').pop() ?? '';
  hint.textContent =
    last === downloadName()
      ? `Put ${downloadName()} on your site at this address: the tag below then finds it.`
      : `The file you download is called ${downloadName()}, but this address ends in ${last || '/'}: upload it under that name, or change the address.`;
}

/**
 * Wording written for one language only, while the switch offers others: visitors who switch see
 * the default text there. Offer to show that language only (`data-lang` and `data-langs`), a
 * choice the banner then takes as deliberate and does not warn about.
 */
function syncWordingOffer() {
  const offer = /** @type {HTMLElement} */ (document.getElementById('wording-offer'));
  const worded = ['nl', 'fr', 'de', 'en'].filter((code) =>
    [`data-title-${code}`, `data-message-${code}`].some((name) => !isRefused(name) && field(name.replace('data-', '')).value.trim()),
  );
  const offered = /** @type {HTMLInputElement[]} */ ([...form.querySelectorAll('[name="data-langs"]:checked')]).map((box) => box.value);
  const [only] = worded;
  const needed = worded.length === 1 && (offered.some((code) => code !== only) || field('lang').value !== only);
  if (!needed) {
    offer.replaceChildren();
    return;
  }
  if (offer.dataset.language === only && offer.childElementCount) return;
  offer.dataset.language = only;
  const name = LANGUAGE_NAMES[/** @type {keyof LANGUAGE_NAMES} */ (only)];
  const text = Object.assign(document.createElement('p'), { textContent: `Only ${name} has your wording, so visitors who switch language see the default text in the others. Offer only ${name}?` });
  const button = Object.assign(document.createElement('button'), { type: 'button', textContent: `Offer only ${name}` });
  button.addEventListener('click', () => {
    field('lang').value = only;
    for (const box of /** @type {NodeListOf<HTMLInputElement>} */ (form.querySelectorAll('[name="data-langs"]'))) box.checked = box.value === only;
    update();
    field('lang').focus();
  });
  offer.replaceChildren(text, button);
}

/** The interface's names of the banner's languages, as the wording fieldsets call them. */
const LANGUAGE_NAMES = { nl: 'Dutch', fr: 'French', de: 'German', en: 'English' };

function tagParts() {
  const src = field('src').value.trim() || field('src').defaultValue;
  return { src, integrity: build?.integrity, attributes: chosenAttributes() };
}

let previewTimer = 0;

function update() {
  syncDependentFields();
  syncSourceHint();
  syncWordingOffer();
  const parts = tagParts();
  const scriptText = scriptTag(parts);
  const elementText = elementTags(parts);
  for (const [id, text] of [['script-tag', scriptText], ['element-tag', elementText]]) {
    const area = field(id);
    area.value = text;
    area.rows = text.split('\n').length;
  }
  const fragment = new URLSearchParams(parts.attributes);
  if (parts.src !== field('src').defaultValue) fragment.set('src', parts.src);
  history.replaceState(null, '', fragment.size ? `#${fragment}` : location.pathname + location.search);
  // Typing should not reload the preview on every key.
  clearTimeout(previewTimer);
  previewTimer = window.setTimeout(renderPreview, 200);
}

/** Which edge the mock page pads for the banner, if any: the one a bar or corner card stands at. */
function previewRoom() {
  if (!field('preview-room').checked) return 'none';
  return field('variant').value === 'bar' && field('position').value === 'top' ? 'top' : 'bottom';
}

/** The same tag, with `src` pointing at this page's build, in the mock page. */
function renderPreview() {
  const parts = tagParts();
  forgetDismissals();
  warnings.replaceChildren();
  /** @type {HTMLElement} */ (document.getElementById('warnings-title')).hidden = true;
  preview.srcdoc = previewDocument(scriptTag({ ...parts, src: BUNDLE_URL }), {
    lang: field('page-lang').value,
    relayWarnings: true,
    room: previewRoom(),
  });
}

preview.addEventListener('preview-warning', (event) => {
  const item = document.createElement('p');
  item.textContent = /** @type {CustomEvent<string>} */ (event).detail;
  warnings.append(item);
  /** @type {HTMLElement} */ (document.getElementById('warnings-title')).hidden = false;
});

async function copy(/** @type {HTMLTextAreaElement} */ area) {
  try {
    await navigator.clipboard.writeText(area.value);
    copyStatus.textContent = 'Copied.';
  } catch {
    // No clipboard permission (or an old browser): select the text so Ctrl+C copies it.
    area.focus();
    area.select();
    copyStatus.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
}

for (const button of document.querySelectorAll('button[data-copy]')) {
  button.addEventListener('click', () => copy(/** @type {HTMLTextAreaElement} */ (field(/** @type {HTMLElement} */ (button).dataset.copy ?? ''))));
}
for (const area of document.querySelectorAll('textarea.code')) {
  area.addEventListener('focus', () => /** @type {HTMLTextAreaElement} */ (area).select());
}

// Before the listeners below, so each tag is built from checked fields.
const checkAll = installValidation(form);

const picker = field('accent-picker');
picker.addEventListener('input', () => {
  field('accent').value = picker.value;
});
form.addEventListener('input', (event) => {
  if (event.target === field('accent') && /^#[0-9a-f]{6}$/i.test(field('accent').value)) picker.value = field('accent').value;
});
const choosesContacts = (/** @type {Event} */ event) => {
  if (/** @type {HTMLInputElement} */ (event.target).name === 'data-contacts') contactsChosen = true;
};
form.addEventListener('input', choosesContacts);
form.addEventListener('change', choosesContacts);
form.addEventListener('input', update);
form.addEventListener('change', update);
// `reset` fires before the fields are reset.
form.addEventListener('reset', () => setTimeout(() => {
  resetContacts();
  update();
}));
contactList.addEventListener('click', moveContact);
const contactsDefault = /** @type {HTMLButtonElement} */ (document.getElementById('contacts-default'));
contactsDefault.addEventListener('click', () => {
  contactsChosen = false;
  update();
  // The button hides itself: the keyboard goes on to the first service.
  /** @type {HTMLInputElement} */ (contactList.querySelector('input')).focus();
});
// With `auto` the default contacts follow the page's language.
field('page-lang').addEventListener('change', () => {
  // Chosen by hand (the interface below sets it without an event): it stays as chosen.
  pageLanguageChosen = true;
  update();
});
/** Whether the preview's page language was chosen by hand; until then it follows the interface. */
let pageLanguageChosen = false;
/** The page language of the preview for each interface language: a French NGO first sees French. */
const PAGE_LANGUAGES = { en: 'en', nl: 'nl-BE', fr: 'fr-BE' };
document.addEventListener('interface-language', (event) => {
  if (pageLanguageChosen) return;
  const language = /** @type {CustomEvent<keyof PAGE_LANGUAGES>} */ (event).detail;
  field('page-lang').value = PAGE_LANGUAGES[language];
  update();
});
/** @type {HTMLElement} */ (document.getElementById('fill-from-tag')).addEventListener('click', fillFromTag);
for (const size of document.querySelectorAll('[name="preview-size"]')) {
  size.addEventListener('change', () => {
    /** @type {HTMLElement} */ (document.getElementById('preview-frame')).classList.toggle('phone', field('preview-phone').checked);
  });
}
field('preview-room').addEventListener('change', renderPreview);

buildContactList();
syncDependentFields();
applyAttributes(new URLSearchParams(location.hash.slice(1)));
checkAll();
// Top-level await would need a newer target than the test server's transform allows.
loadBuildFacts().then((facts) => {
  build = facts;
  // The tag names the file the Download link saves, unless an address was already chosen.
  const src = field('src');
  const named = `/${downloadName()}`;
  if (src.value === src.defaultValue) src.value = named;
  src.defaultValue = named;
  if (build?.bytes && build.gzipBytes) {
    /** @type {HTMLElement} */ (document.getElementById('bundle-facts')).textContent =
      `(version ${build.version}, ${(build.bytes / 1024).toFixed(1)} KiB, ${(build.gzipBytes / 1024).toFixed(1)} KiB gzip)`;
  }
  const status = /** @type {HTMLElement} */ (document.getElementById('build-status'));
  if (!build) status.textContent = 'dist/report-banner.js.sri is missing, so the tag has no integrity hash: run npm run build.';
  else if (build.stale) status.textContent = 'dist/report-banner.js changed after its hash was written, so browsers refuse it: run npm run build.';
  update();
  document.documentElement.dataset.ready = '';
});
