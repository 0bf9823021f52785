/**
 * `document` and the global object as the browser defines them, out of reach of the page's HTML.
 *
 * Markup alone adds named properties to both: `<img name="querySelector">` replaces
 * `document.querySelector`, `<img name="body">` replaces `document.body`, and
 * `<div id="litHtmlVersions">` defines `window.litHtmlVersions`. A listing that keeps `id` and
 * `name` attributes could thus stop the notice. The views below read only what the browser
 * itself defines (the document's prototypes; the global object's own properties and
 * `Window.prototype`), looked up when they are used, from references taken when the script is
 * evaluated. In the classic script Lit gets {@link safeGlobal} and {@link litDocument}
 * (build/lit-on-safe-dom.mjs).
 */

// Where there is no DOM (server rendering, tests in Node) the module still loads; nothing here is
// used there.
const realDocument: Document | undefined = typeof document === 'undefined' ? undefined : document;
const realGlobal = globalThis;
const { getOwnPropertyDescriptor, getPrototypeOf } = Object;
const { apply } = Reflect;
const windowPrototype = typeof Window === 'function' ? Window.prototype : undefined;

/** The browser's own property, found where named properties can never stand in for it. */
function builtIn(holders: readonly (object | null | undefined)[], key: PropertyKey, self: object): unknown {
  for (const holder of holders) {
    const descriptor = holder && getOwnPropertyDescriptor(holder, key);
    if (descriptor) return descriptor.get ? apply(descriptor.get, self, []) : descriptor.value;
  }
  return undefined;
}

const documentPrototypes: object[] = [];
for (let prototype = realDocument && getPrototypeOf(realDocument); prototype; prototype = getPrototypeOf(prototype)) {
  documentPrototypes.push(prototype);
}

/** `document` through its prototypes; its methods run on the real document. */
export const safeDocument: Document = new Proxy(Object.create(null) as Document, {
  get(_target, key) {
    if (!realDocument) return undefined;
    const value = builtIn(documentPrototypes, key, realDocument);
    return typeof value === 'function' ? (...args: unknown[]) => apply(value, realDocument, args) : value;
  },
});

/**
 * Lit's `document`: it only creates nodes with it (templates, comments, clones) and also passes
 * it where a node is due (its tree walker's root), so a view will not do. A blank document of its
 * own, which no page content reaches, serves; what it creates is adopted into the shadow root.
 */
export const litDocument: Document = realDocument
  ? safeDocument.implementation.createHTMLDocument('')
  : (undefined as unknown as Document);

/**
 * The global object as Lit sees it in the classic script: what the browser defines. Whatever is written (Lit's version lists, its metadata
 * map) stays in a store of its own, so nothing is left on `window` and no element can stand in
 * for it.
 */
export const safeGlobal: typeof globalThis = new Proxy(Object.create(null) as typeof globalThis, {
  get(store, key) {
    if (key in store) return (store as unknown as Record<PropertyKey, unknown>)[key];
    return builtIn([realGlobal, windowPrototype], key, realGlobal);
  },
});

const eventTarget: Partial<EventTarget> = typeof EventTarget === 'function' ? EventTarget.prototype : {};
const { addEventListener: addListener, removeEventListener: removeListener } = eventTarget;

/**
 * Listens on the window with `EventTarget`'s own methods: `window.addEventListener` is looked up
 * past the window's named properties, so `<div id="addEventListener">` would stand in for it.
 */
export function listenOnWindow<K extends keyof WindowEventMap>(
  type: K,
  listener: (event: WindowEventMap[K]) => void,
  on: boolean,
): void {
  listen(realGlobal, type, listener, true, !on);
}

/** `addEventListener` (with `off`, `removeEventListener`) as the browser defines it: `<img name="addEventListener">` replaces it on `document`. */
export function listen(target: EventTarget, type: string, listener: (event: never) => void, capture = false, off = false): void {
  apply((off ? removeListener : addListener)!, target, [type, listener, capture]);
}

/**
 * A global the page's own scripts set (`window.dataLayer = …`, `var _paq = …`): an own data
 * property of the window. Markup only adds named properties, which sit on the window's
 * prototype chain, so `<div id="dataLayer">` or `<img name="plausible">` is never taken for one.
 */
export function pageGlobal(name: string): unknown {
  const descriptor = getOwnPropertyDescriptor(realGlobal, name);
  return descriptor && 'value' in descriptor ? descriptor.value : undefined;
}
