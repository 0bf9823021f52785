import { describe, expect, it, vi } from 'vitest';
import { resolveOptions } from '../../../src/options/resolve.js';

const context = { documentLanguage: 'nl', browserLanguages: [] };

describe('a second wording', () => {
  it('is read per language beside the first', () => {
    const { texts } = resolveOptions({ headingBNl: 'Tweede titel', messageBFr: 'Second', language: 'en' }, context, vi.fn());
    expect(texts).toMatchObject({ 'title-b-nl': 'Tweede titel', 'message-b-fr': 'Second' });
  });

  it('without data-analytics is pointed out in check mode: nothing counts it', () => {
    const warn = vi.fn();
    const advise = vi.fn();
    resolveOptions({ headingBNl: 'Tweede titel' }, context, warn, { warn, advise });
    expect(warn).not.toHaveBeenCalled();
    expect(advise.mock.calls.flat()).toContain(
      'data-title-b…, data-message-b…: without data-analytics, nothing counts the second wording.',
    );
    advise.mockClear();
    resolveOptions({ headingBNl: 'Tweede titel', analytics: 'matomo' }, context, warn, { warn, advise });
    expect(advise).not.toHaveBeenCalled();
    // An empty data-analytics counts nothing either.
    resolveOptions({ headingBNl: 'Tweede titel', analytics: '' }, context, vi.fn(), { warn: vi.fn(), advise });
    expect(advise.mock.calls.flat()).toContain(
      'data-title-b…, data-message-b…: without data-analytics, nothing counts the second wording.',
    );
  });
});

describe('contacts for clients', () => {
  it('warns when data-contacts leaves out Stop it Now!, which the client text names', () => {
    const warn = vi.fn();
    resolveOptions({ audience: 'client', contacts: 'childfocus,1712' }, context, warn);
    expect(warn.mock.calls.flat()).toContain(
      'data-contacts leaves out stopitnow, though the notice for clients sends readers worried about their own feelings to Stop it Now!: add stopitnow to give them its link.',
    );
    // Not for the default contacts, nor with it listed, nor for another audience.
    for (const raw of [{ audience: 'client' }, { audience: 'client', contacts: 'childfocus,1712,stopitnow' }, { audience: 'witness', contacts: 'childfocus,1712' }]) {
      const quiet = vi.fn();
      resolveOptions(raw, context, quiet);
      expect(quiet.mock.calls.flat().filter((message) => String(message).includes('stopitnow'))).toEqual([]);
    }
  });
});
