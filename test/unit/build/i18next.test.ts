import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UNUSED, evaluateOnFirstUse, leaveOutUnused } from '../../../build/i18next.mjs';

const file = createRequire(import.meta.url).resolve('i18next').replace(/[\\/]dist[\\/].*$/, '/dist/esm/i18next.js');
const installed = readFileSync(file, 'utf8');

/** The installed i18next as the classic script gets it, imported from a file of its own. */
async function rewritten(): Promise<{ default: { createInstance: typeof import('i18next').default.createInstance } }> {
  const trimmed = leaveOutUnused(installed);
  if (trimmed instanceof Error) throw trimmed;
  const code = evaluateOnFirstUse(trimmed);
  if (code instanceof Error) throw code;
  const path = join(mkdtempSync(join(tmpdir(), 'i18next-')), 'i18next.mjs');
  writeFileSync(path, code);
  return import(pathToFileURL(path).href);
}

describe('build/i18next.mjs, on the installed i18next', () => {
  it('finds each part it leaves out exactly once, and the module ends in its export list', () => {
    for (const { from } of UNUSED) expect(installed.split(from).length - 1, from).toBe(1);
    const trimmed = leaveOutUnused(installed);
    expect(trimmed).not.toBeInstanceOf(Error);
    expect(evaluateOnFirstUse(trimmed as string)).not.toBeInstanceOf(Error);
  });

  it('leaves out the backend connector and the formatter', () => {
    const trimmed = leaveOutUnused(installed) as string;
    expect(installed).toContain('queueLoad(');
    expect(installed).toContain('Intl.NumberFormat');
    expect(trimmed).not.toContain('queueLoad(');
    expect(trimmed).not.toContain('Intl.NumberFormat');
    expect(trimmed.length).toBeLessThan(installed.length - 8000);
  });

  it('still translates as the banner does: bundled resources, values, plurals, context and fallbacks', async () => {
    const { default: i18next } = await rewritten();
    const instance = i18next.createInstance();
    void instance.init({ resources: {}, lng: 'en', fallbackLng: { nl: ['en'], default: ['en'] }, initAsync: false, interpolation: { escapeValue: false } });
    instance.addResourceBundle('en', 'translation', {
      call: 'Call {{name}} on {{number}}',
      press_one: 'Press once more',
      press_other: 'Press {{count}} more times',
      site: 'Site of {{name}}',
      site_chat: 'Chat of {{name}}',
      only: 'Only in English',
    });
    instance.addResourceBundle('nl', 'translation', { call: 'Bel {{name}} op {{number}}' });
    const en = instance.getFixedT('en');
    const nl = instance.getFixedT('nl');
    expect(nl('call', { name: 'Child Focus', number: '116 000' })).toBe('Bel Child Focus op 116 000');
    expect(en('press', { count: 1 })).toBe('Press once more');
    expect(en('press', { count: 2 })).toBe('Press 2 more times');
    expect(en('site', { name: '1712', context: 'chat' })).toBe('Chat of 1712');
    expect(nl('only')).toBe('Only in English');
    expect(instance.hasResourceBundle('nl', 'translation')).toBe(true);
  });

  it('stops on a module of another shape, naming the part', () => {
    const renamed = installed.replace('class Connector extends EventEmitter {', 'class BackendConnector extends EventEmitter {');
    expect(String(leaveOutUnused(renamed))).toContain('class Connector extends EventEmitter {');
    expect(evaluateOnFirstUse(`import x from 'y';\n${installed}`)).toBeInstanceOf(Error);
  });
});
