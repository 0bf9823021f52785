import { expect } from '@open-wc/testing';
import { BUNDLE, loadPage } from './helpers.js';

/** The tags of the README's quick start, as an operator copies them. */
async function readmeTags(): Promise<HTMLScriptElement[]> {
  const readme = await (await fetch('/README.md')).text();
  const quickStart = readme.split('\n## Quick start for operators\n')[1].split('\n## ')[0];
  const blocks = [...quickStart.matchAll(/```html\n([\s\S]*?)```/g)].map(([, code]) => code);
  return blocks.map((code) => new DOMParser().parseFromString(code, 'text/html').querySelector('script')!);
}

describe("the README's tag, pasted as it is", () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('does not run until its integrity placeholder is replaced by the real hash', async () => {
    const tags = await readmeTags();
    expect(tags.length).to.be.greaterThan(0);
    for (const tag of tags) {
      expect(tag.getAttribute('integrity')).to.match(/^sha384-[A-Za-z0-9+/]+$/);
      const page = await loadPage('<main>Listing</main>');
      const script = page.document.createElement('script');
      for (const { name, value } of tag.attributes) script.setAttribute(name, value);
      // Uploaded as the README says: the file itself, at the address the tag names.
      script.setAttribute('src', BUNDLE);
      const outcome = new Promise((resolve) => {
        script.addEventListener('load', () => resolve('ran'));
        script.addEventListener('error', () => resolve('refused'));
      });
      page.document.body.append(script);
      expect(await outcome).to.equal('refused');
      expect(page.window.customElements.get('report-banner')).to.equal(undefined);
    }
  });
});
