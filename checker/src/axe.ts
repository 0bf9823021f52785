/** Runs axe-core, injected from the installed package, on the banner the probe found. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Frame } from 'puppeteer-core';
import { CHECKED_ELEMENT } from './probe.js';

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  nodes: number;
}

let source: Promise<string> | undefined;
const axeSource = () => (source ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));

/** Serious and critical violations inside the chosen banner (contrast is measured by the checker itself). */
export async function runAxe(frame: Frame, index: number): Promise<AxeViolation[]> {
  // Evaluated through the debugging protocol, so a page's Content-Security-Policy cannot block it.
  await frame.evaluate(await axeSource());
  const results = await frame.evaluate(async (key: string, at: number) => {
    const target = (Reflect.get(window, key) as Element[])[at];
    const axe = Reflect.get(window, 'axe') as { run: (context: Element, options: object) => Promise<AxeResults> };
    const { violations } = await axe.run(target, {
      resultTypes: ['violations'],
      rules: { 'color-contrast': { enabled: false } },
    });
    return violations.map(({ id, impact, help, helpUrl, nodes }) => ({ id, impact: impact ?? 'unknown', help, helpUrl, nodes: nodes.length }));
  }, CHECKED_ELEMENT, index);
  return results.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
