/**
 * The notice's own parts, end to end: a listing's CSS and boxes against each part of a stale copy
 * of the banner (fixtures/stale-banner.js, a release without the banner's later defences), so the
 * verdicts hold whatever the current banner resists. parts-control.html is the same copy untouched.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageResult } from '../src/check-page.js';
import type { Problem, ProblemCode } from '../src/problems.js';
import { runCli } from './run-cli.js';
import { BUNDLE, startServer, type FixtureServer } from './server.js';

const PATHS = [
  '/parts-control.html',
  '/parts-listing-css.html',
  '/parts-phone.html',
  '/parts-custom-properties.html',
  '/parts-covered.html',
  '/parts-gate.html',
  '/parts-popover-control.html',
  '/parts-popover.html',
  '/compliant-nl.html',
];

describe('report-banner check: the notice part by part', { timeout: 600_000 }, () => {
  let server: FixtureServer;
  let results: PageResult[];

  beforeAll(async () => {
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run "npm run build" first.`);
    server = await startServer();
    const check = await runCli(['check', '--timeout', '20', '--wait', '4', '--recheck', '0', '--json', '--concurrency', '2', '--per-host', '2', ...PATHS.map((path) => `${server.origin}${path}`)]);
    results = (JSON.parse(check.stdout) as { results: PageResult[] }).results;
  }, 600_000);

  afterAll(async () => {
    await server?.close();
  });

  const of = (path: string) => results.find((result) => result.url === `${server.origin}${path}`)!;
  const find = (path: string, code: ProblemCode) => of(path).problems.find((problem) => problem.code === code);
  const codes = (path: string) => of(path).problems.map((problem) => problem.code);
  const PART_CODES: ProblemCode[] = ['part-hidden', 'part-covered', 'part-text-added'];

  it('passes the stale copy untouched, and the current banner: no part is reported (controls)', () => {
    for (const path of ['/parts-control.html', '/parts-popover-control.html', '/compliant-nl.html']) {
      expect({ path, codes: codes(path) }).toEqual({ path, codes: [] });
      expect(of(path).compliant).toBe(true);
      for (const view of Object.values(of(path).evidence.viewports)) expect(view.banner?.parts).toEqual([]);
    }
  });

  it("names each part a listing's ::part() rules hide, and how, at both viewports", () => {
    const hidden = find('/parts-listing-css.html', 'part-hidden');
    expect(hidden?.rule).toBe('notice-parts');
    expect(hidden?.viewports).toEqual(['desktop', 'mobile']);
    expect(hidden?.message).toContain('the list of contacts (hidden)');
    // Its links are hidden with it: named once, as the list.
    expect(hidden?.message).not.toContain('the link');
    expect(hidden?.message).toContain('the title (transparent)');
    expect(hidden?.message).toContain('the message (no size)');
    expect(hidden?.message).toContain('the button "Dit bericht sluiten" (cut off)');
    expect(of('/parts-listing-css.html').compliant).toBe(false);
    // The links are still in the markup: the contact rule alone would have passed the page.
    expect(codes('/parts-listing-css.html')).not.toContain('contact-report-missing');
  });

  it('reports links and the close button hidden on phones only at the mobile viewport', () => {
    const hidden = find('/parts-phone.html', 'part-hidden');
    expect(hidden?.viewports).toEqual(['mobile']);
    expect(hidden?.message).toContain('the link "Meld beelden bij het meldpunt van Child Focus" (hidden)');
    expect(hidden?.message).toContain('the button "Dit bericht sluiten" (hidden)');
    expect(hidden?.message).not.toContain('the title');
    expect(of('/parts-phone.html').evidence.viewports.desktop.banner?.parts).toEqual([]);
  });

  it('reports links made transparent through a documented custom property', () => {
    const hidden = find('/parts-custom-properties.html', 'part-hidden');
    expect(hidden?.message).toContain('the link "Bel Child Focus: 116 000" (transparent)');
    expect(hidden?.message).not.toContain('the title');
  });

  it('reports the parts under a fixed box from a listing, beside the covered text', () => {
    const covered = find('/parts-covered.html', 'part-covered');
    expect(covered?.rule).toBe('notice-parts');
    expect(covered?.viewports).toEqual(['desktop', 'mobile']);
    // The links are inside the covered list: named once, as the list.
    expect(covered?.message).toBe(
      'Something else on the page lies on top of parts of the notice: a layer without text covers the title, the message, the list of contacts, the button "Dit bericht sluiten".',
    );
    expect(codes('/parts-covered.html')).toContain('banner-covered');
    const parts = of('/parts-covered.html').evidence.viewports.desktop.banner?.parts ?? [];
    expect(parts.every((part) => part.coveredBy === 'a')).toBe(true);
  });

  it("reports the age check's hidden choice, message and contacts, and the words added to its title", () => {
    const gate = of('/parts-gate.html');
    expect(gate.notes.map((note) => note.code)).toContain('notice-on-age-check');
    const hidden = find('/parts-gate.html', 'part-hidden');
    expect(hidden?.message).toContain(`the age check's choice "Ik ben jonger dan 18" (hidden)`);
    expect(hidden?.message).toContain('the message (hidden)');
    expect(hidden?.message).toContain('the list of contacts (hidden)');
    expect(hidden?.message).not.toContain('Ik ben 18 of ouder');
    const added = find('/parts-gate.html', 'part-text-added');
    expect(added?.message).toBe(`The page's styles add words the banner does not say: "(alle modellen geverifieerd 18+)" to the title.`);
    expect(added?.viewports).toEqual(['desktop', 'mobile']);
  });

  it('judges the parts of a bar in the top layer (a manual popover) as well', () => {
    const hidden = find('/parts-popover.html', 'part-hidden');
    expect(hidden?.viewports).toEqual(['desktop', 'mobile']);
    expect(hidden?.message).toBe("The banner shows these parts, but the page's styles keep them from a visitor: the list of contacts (hidden).");
  });

  it('gives the attacked pages no other verdict than the parts (and, for the box and the colour, the text it hides)', () => {
    const allowed: Record<string, ProblemCode[]> = {
      // The transparent title and the emptied message also show in the pixels and the clipped text.
      '/parts-listing-css.html': ['part-hidden', 'text-unreadable', 'banner-altered', 'banner-clipped'],
      '/parts-phone.html': ['part-hidden'],
      '/parts-custom-properties.html': ['part-hidden', 'low-contrast', 'text-unreadable'],
      '/parts-covered.html': ['part-covered', 'banner-covered'],
      '/parts-gate.html': ['part-hidden', 'part-text-added'],
      '/parts-popover.html': ['part-hidden'],
    };
    for (const [path, codes] of Object.entries(allowed)) {
      const reported = of(path).problems.map((problem: Problem) => problem.code);
      expect({ path, other: reported.filter((code) => !codes.includes(code)) }).toEqual({ path, other: [] });
      expect(reported.some((code) => PART_CODES.includes(code))).toBe(true);
    }
  });
});
