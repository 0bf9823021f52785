import type { ReportBanner } from '../../src/element/report-banner.js';
import { clearStorage, waitFor } from './helpers.js';

/** A demo page loaded in a same-origin iframe, so the test can type into it and read it. */
export interface DemoPage {
  window: Window & typeof globalThis;
  document: Document;
  frame: HTMLIFrameElement;
}

/** Opens `/demo/<path>` and waits until its module has run (it marks `<html data-ready>`). */
export async function openDemo(path = 'index.html', { width = 1240, height = 900 } = {}): Promise<DemoPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0`;
  frame.src = `/demo/${path}`;
  document.body.append(frame);
  const win = await waitFor(() => {
    const candidate = frame.contentWindow as (Window & typeof globalThis) | null;
    return candidate?.document?.documentElement?.dataset.ready !== undefined ? candidate : null;
  }, 8000);
  return { window: win, document: win.document, frame };
}

/**
 * For a suite: before each test, storage cleared and the demo opened fresh (handed to `use`);
 * after it, the demo's frame removed and storage cleared again.
 */
export function freshDemoEachTest(use: (page: DemoPage) => void, path?: string): void {
  let page: DemoPage | undefined;
  beforeEach(async () => {
    clearStorage();
    page = await openDemo(path);
    use(page);
  });
  afterEach(() => {
    page?.frame.remove();
    page = undefined;
    clearStorage();
  });
}

/** The configurator's form control for an option (the first one, for a group). */
export function control(page: DemoPage, name: string): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const element = page.document.querySelector(`#options [name="${name}"]`);
  if (!element) throw new Error(`no field named ${name}`);
  return element as HTMLInputElement;
}

/** Sets a field as a person would, firing the events the page listens to. */
export function setField(page: DemoPage, name: string, value: string, { option }: { option?: string } = {}) {
  const fields = [...page.document.querySelectorAll<HTMLInputElement>(`#options [name="${name}"]`)];
  const field = option ? fields.find((box) => box.value === option) : fields[0];
  if (!field) throw new Error(`no field ${name} ${option ?? ''}`);
  if (field.type === 'checkbox' || field.type === 'radio') field.checked = value === 'true';
  else field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

export const scriptSnippet = (page: DemoPage) => (page.document.getElementById('script-tag') as HTMLTextAreaElement).value;
export const elementSnippet = (page: DemoPage) => (page.document.getElementById('element-tag') as HTMLTextAreaElement).value;

/** The preview's banner once it has rendered and `accept` agrees (the preview reloads after typing). */
export async function previewBanner(page: DemoPage, accept: (banner: ReportBanner) => boolean = () => true): Promise<ReportBanner> {
  const frame = page.document.getElementById('preview') as HTMLIFrameElement;
  const banner = await waitFor(() => {
    const banner = frame.contentDocument?.querySelector('report-banner');
    if (!banner?.shadowRoot?.querySelector('[part~="banner"]') || banner.isUpdatePending) return null;
    return accept(banner) ? banner : null;
  }, 5000);
  // A folded notice draws its folded part first and the rest a frame later: wait for the whole.
  await banner.updateComplete;
  return banner;
}

/** `data-*` attributes of an element, as a sorted list of pairs. */
export const dataAttributes = (element: Element) =>
  [...element.attributes]
    .filter((attribute) => attribute.name.startsWith('data-'))
    .map((attribute) => [attribute.name, attribute.value])
    .sort(([a], [b]) => a.localeCompare(b));

/** Parses a snippet as the HTML parser does where an operator pastes it: into a page's body. */
export function parseSnippet(snippet: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head></head><body>${snippet}</body></html>`, 'text/html');
}

/** The Subresource Integrity value of some bytes, as a browser computes it. */
export async function sha384(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}
