import { afterEach, describe, expect, it, vi } from 'vitest';
import { send, TOOLS, type Count } from '../../../src/analytics/tools.js';

const page = globalThis as unknown as Record<string, unknown>;
const count = (kind: Count['kind'], more: Partial<Count> = {}): Count => ({
  kind,
  language: 'nl',
  audience: 'witness',
  wording: 'b',
  variant: 'bar',
  contact: undefined,
  channel: undefined,
  via: undefined,
  reason: undefined,
  ...more,
});

describe('what each tool is handed', () => {
  afterEach(() => {
    for (const name of ['plausible', '_paq', 'dataLayer']) delete page[name];
  });

  it('names the three tools data-analytics accepts', () => {
    expect(TOOLS).toEqual(['plausible', 'matomo', 'datalayer']);
  });

  it('Plausible: one event, the count as its properties, an impression marked non-interactive', () => {
    const plausible = vi.fn();
    page.plausible = plausible;
    expect(send('plausible', count('impression'))).toBe(true);
    expect(send('plausible', count('link', { contact: 'childfocus', channel: 'phone' }))).toBe(true);
    expect(plausible.mock.calls[0]).toEqual(['Report banner', { props: count('impression'), interactive: false }]);
    expect(plausible.mock.calls[1][1].interactive).toBe(true);
    // Undefined keys vanish from the JSON Plausible sends.
    expect(JSON.parse(JSON.stringify(plausible.mock.calls[1][1].props))).toEqual({
      kind: 'link',
      language: 'nl',
      audience: 'witness',
      wording: 'b',
      variant: 'bar',
      contact: 'childfocus',
      channel: 'phone',
    });
  });

  it('Matomo: a content impression, then interactions named by kind, the route as their target', () => {
    const queue: unknown[] = [];
    page._paq = queue;
    send('matomo', count('impression'));
    send('matomo', count('link', { contact: '1712', channel: 'site' }));
    send('matomo', count('exit', { via: 'shortcut' }));
    send('matomo', count('unfold'));
    const piece = 'language=nl;audience=witness;wording=b;variant=bar';
    expect(queue).toEqual([
      ['trackContentImpression', 'Report banner', piece, ''],
      ['trackContentInteraction', 'link', 'Report banner', piece, 'contact=1712;channel=site'],
      ['trackContentInteraction', 'exit', 'Report banner', piece, 'via=shortcut'],
      ['trackContentInteraction', 'unfold', 'Report banner', piece, ''],
    ]);
  });

  it("Tag Manager: one push per count, every key present so a previous count's values never linger", () => {
    const layer: Record<string, unknown>[] = [];
    page.dataLayer = layer;
    send('datalayer', count('dismiss', { reason: 'close' }));
    expect(layer).toHaveLength(1);
    expect(layer[0].event).toBe('report_banner');
    expect(Object.keys(layer[0].report_banner as object).sort()).toEqual(
      ['audience', 'channel', 'contact', 'kind', 'language', 'reason', 'variant', 'via', 'wording'].sort(),
    );
    expect(layer[0].report_banner).toMatchObject({ kind: 'dismiss', reason: 'close', contact: undefined });
  });

  it('a tool the page does not run, or a global that is not a data property of its own, is missing', () => {
    for (const tool of TOOLS) expect(send(tool, count('impression')), tool).toBe(false);
    page._paq = 'not a queue';
    expect(send('matomo', count('impression'))).toBe(false);
    // Not a value the page's script set (a listing's element is inherited: test/browser/analytics.test.ts).
    Object.defineProperty(globalThis, 'dataLayer', { get: () => [], configurable: true });
    expect(send('datalayer', count('impression'))).toBe(false);
  });
});
