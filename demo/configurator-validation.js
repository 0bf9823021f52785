// The configurator's field checks: each field is checked as it is edited, its error shown right
// above it (GOV.UK's error message pattern: the message names the fix, the field is marked
// invalid and described by it), and a refused value is left out of the tag. Text fields also
// count their characters against the banner's limit.

// Whether a value is refused is the banner's own rule (`refusal`, from its option schema through
// the package door `report-banner/schema`); the words here are the configurator's, in its
// interface languages (configurator-i18n.js).
import { MAX_REMEMBER_DAYS, MAX_TEXT_LENGTH, refusal } from '../dist/esm/schema.js';

/** @type {Record<string, string>} What to enter instead, for each field the banner may refuse. */
const FIXES = {
  'data-report-url': 'Enter a full address that starts with https://, like https://example.be/report',
  'data-exit-url': 'Enter a full address that starts with https://, like https://www.example.be/',
  'data-accent': 'Enter a CSS colour, like #1f5f99 or darkred',
  'data-revision': 'Use up to 32 letters, digits, dots, underscores or hyphens',
  'data-remember': `Enter a whole number of days from 0 to ${MAX_REMEMBER_DAYS}`,
};

/** @type {Record<string, (value: string) => string | undefined>} An error for a value the banner would refuse. */
const RULES = {
  ...Object.fromEntries(Object.entries(FIXES).map(([name, fix]) => [name, (/** @type {string} */ value) => (refusal(name, value) ? fix : undefined)])),
  // The script tag's own option, not one of the element's: a selector the page can run.
  'data-target': (value) => {
    try {
      document.createDocumentFragment().querySelector(value);
      return undefined;
    } catch {
      return 'Enter a CSS selector, like #notice';
    }
  },
};

/** Names of the fields whose value is refused now: left out of the tag. */
const refusedNames = new Set();

/** Whether the field named `name` holds a value the banner would refuse. */
export const isRefused = (/** @type {string} */ name) => refusedNames.has(name);

/** Adds `id` to what describes `element`. */
function describe(/** @type {Element} */ element, /** @type {string} */ id) {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  if (!ids.includes(id)) element.setAttribute('aria-describedby', [...ids, id].join(' '));
}

/** The message element for `id`, created above the field (after its label) on first use. */
function messageFor(/** @type {HTMLElement} */ field, /** @type {string} */ id, /** @type {string} */ className) {
  let message = document.getElementById(id);
  if (!message) {
    message = document.createElement('p');
    message.id = id;
    message.className = className;
    field.before(message);
    describe(field, id);
  }
  return message;
}

const errorPrefix = () => Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: 'Error: ' });

/** Shows or clears the error of one field. */
function showError(/** @type {HTMLInputElement} */ field, /** @type {string | undefined} */ error) {
  const anchor = /** @type {HTMLElement} */ (field.closest('.accent') ?? field);
  const message = messageFor(anchor, `${field.id}-error`, 'error-message');
  describe(field, message.id);
  message.replaceChildren();
  if (error) {
    message.append(errorPrefix(), error);
    field.setAttribute('aria-invalid', 'true');
    refusedNames.add(field.name);
  } else {
    field.removeAttribute('aria-invalid');
    refusedNames.delete(field.name);
  }
  field.closest('label, fieldset')?.classList.toggle('has-error', Boolean(error));
}

function checkField(/** @type {HTMLInputElement} */ field) {
  const rule = RULES[field.name];
  if (!rule) return;
  const value = field.value.trim();
  showError(field, value === '' || field.disabled ? undefined : rule(value));
}

/** "12 of 400 characters" under a text field. */
function countField(/** @type {HTMLInputElement | HTMLTextAreaElement} */ field) {
  const counter = messageFor(field, `${field.id}-count`, 'hint character-count');
  // The counter belongs under the field, where the eye goes after typing.
  if (counter.previousElementSibling !== field) field.after(counter);
  counter.textContent = `${field.value.length} of ${MAX_TEXT_LENGTH} characters`;
}

/** Child Focus and 1712 are what `report-banner check` and the Belgian reference notice expect. */
function checkContacts(/** @type {HTMLFormElement} */ form) {
  const list = /** @type {HTMLElement} */ (form.querySelector('#contacts'));
  const checked = [...form.querySelectorAll('[name="data-contacts"]:checked')].map((box) => /** @type {HTMLInputElement} */ (box).value);
  const missing = [['childfocus', 'Child Focus'], ['1712', '1712']].filter(([id]) => !checked.includes(id)).map(([, name]) => name);
  const legend = /** @type {HTMLElement} */ (list.querySelector('legend'));
  let message = document.getElementById('contacts-warning');
  if (!message) {
    message = Object.assign(document.createElement('p'), { id: 'contacts-warning', className: 'error-message' });
    legend.after(message);
    describe(list, message.id);
  }
  message.textContent = missing.length
    ? `Without ${missing.join(' and ')} the notice no longer names the services that report-banner check and the Belgian reference notice expect.`
    : '';
}

/** Shows several errors above one field, one line each, in the same pattern (for a pasted tag). */
export function showProblems(/** @type {HTMLElement} */ field, /** @type {string[]} */ problems) {
  const message = messageFor(field, `${field.id}-error`, 'error-message');
  message.replaceChildren(
    ...problems.map((problem) => {
      const line = Object.assign(document.createElement('span'), { className: 'error-line' });
      line.append(errorPrefix(), problem);
      return line;
    }),
  );
  if (problems.length) field.setAttribute('aria-invalid', 'true');
  else field.removeAttribute('aria-invalid');
}

/** Checks every field now and whenever one is edited; runs before the page builds its tags. */
export function installValidation(/** @type {HTMLFormElement} */ form) {
  const texts = /** @type {NodeListOf<HTMLInputElement>} */ (form.querySelectorAll('[name^="data-title"], [name^="data-message"]'));
  // The banner's limits, from the banner: a field takes no more than the banner keeps.
  for (const field of /** @type {NodeListOf<HTMLInputElement>} */ (form.querySelectorAll('[name^="data-title"], [name^="data-message"], [name^="data-age-"]'))) {
    field.maxLength = MAX_TEXT_LENGTH;
  }
  /** @type {HTMLInputElement} */ (form.querySelector('[name="data-remember"]')).max = String(MAX_REMEMBER_DAYS);
  const all = () => {
    for (const field of /** @type {NodeListOf<HTMLInputElement>} */ (form.querySelectorAll('input[name^="data-"]'))) checkField(field);
    for (const field of texts) countField(field);
    checkContacts(form);
  };
  // Every field at once: cheap, and a field set from another (the colour picker) is checked too.
  form.addEventListener('input', all);
  form.addEventListener('change', all);
  form.addEventListener('reset', () => setTimeout(all));
  all();
  return all;
}
