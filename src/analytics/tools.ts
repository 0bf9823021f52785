/**
 * The analytics a page already runs, and what each one is handed for one count. The banner makes
 * no request of its own: it calls the page's Plausible function, pushes onto its Matomo queue or
 * Tag Manager data layer, and the tool sends as it sends everything else. A count holds words the
 * banner chose (what happened, in which language, to which audience, with which wording, layout
 * and route), never anything about the visitor.
 */
import { pageGlobal } from '../host/safe-dom.js';
import type { Wording } from '../notice/events.js';

/** The tools `data-analytics` names, each with the global its snippet sets. */
export const GLOBALS = { plausible: 'plausible', matomo: '_paq', datalayer: 'dataLayer' } as const;
export type Tool = keyof typeof GLOBALS;
export const TOOLS = Object.keys(GLOBALS) as Tool[];

/**
 * One count. Every key is present, `undefined` where it does not apply: Tag Manager merges each
 * push into the values it keeps, so a key left out would carry the previous count's value.
 */
export interface Count {
  kind: 'impression' | 'unfold' | 'link' | 'exit' | 'dismiss';
  language: string;
  audience: string;
  wording: Wording;
  variant: string;
  /** A link's route: the contact id (`childfocus`, `report-url`…) and the channel (`phone`, `report`, `site`). */
  contact: string | undefined;
  channel: string | undefined;
  /** An exit's `button` or `shortcut`. */
  via: string | undefined;
  /** A dismissal's `close`, `escape`, `acknowledge` or `api`. */
  reason: string | undefined;
}

const NAME = 'Report banner';

/** `key=value;…` of the keys that are set: one text a Matomo report shows and an export splits. */
const pairs = (count: Count, keys: (keyof Count)[]) =>
  keys
    .filter((key) => count[key])
    .map((key) => `${key}=${count[key]}`)
    .join(';');

type Global = ((...args: unknown[]) => void) & { push?: (item: unknown) => void };

/** Hands one count to one tool; `false` when the page does not run it. */
export function send(tool: Tool, count: Count): boolean {
  const global = pageGlobal(GLOBALS[tool]) as Global;
  const { kind } = count;
  if (tool === 'plausible' ? typeof global !== 'function' : typeof global?.push !== 'function') return false;
  if (tool === 'plausible') {
    // An impression is not the visitor's doing: it must not lower the site's bounce rate.
    global(NAME, { props: count, interactive: kind !== 'impression' });
  } else if (tool === 'datalayer') {
    global.push!({ event: 'report_banner', report_banner: count });
  } else {
    // Matomo's content tracking, made for banners: its Contents report gives impressions,
    // interactions and their rate per piece (here: language, audience, wording, layout), the
    // route as the interaction's target.
    const piece = pairs(count, ['language', 'audience', 'wording', 'variant']);
    global.push!(
      kind === 'impression'
        ? ['trackContentImpression', NAME, piece, '']
        : ['trackContentInteraction', kind, NAME, piece, pairs(count, ['contact', 'channel', 'via', 'reason'])],
    );
  }
  return true;
}
