/**
 * Lit's rendering, run once on a throwaway fragment. The browser compiles a function on its
 * first call; Lit's template and part code is compiled here, in a start-up step of its own,
 * instead of in the task of the first render (BENCHMARKS.md measures both).
 */
import { html, nothing, render } from 'lit';
import { safeDocument } from '../host/safe-dom.js';

const ignore = () => {};

export function warmUpRendering(): void {
  render(html`<p class=${''} @click=${ignore}>${[html`<b>${''}</b>`]}${nothing}</p>`, safeDocument.createDocumentFragment());
}
