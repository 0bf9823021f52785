/**
 * Age gates and consent walls: what a visitor clicks before seeing the site. `findGateButton` is
 * serialised into the page, so it stays self-contained.
 */

export interface GateStep {
  /** `click` on a button the heuristics or `--click` found, or a `dialog` answered. */
  kind: 'click' | 'dialog';
  /** What was clicked or asked, in the page's words. */
  text: string;
  /** `age`, `refuse` (consent wall, tracking refused), `accept` (consent wall without a refusal), `selector` or the dialog type. */
  reason: string;
  at: string;
}

/** Lower-case patterns, strongest first. Refusing tracking comes before accepting it. */
export const GATE_PATTERNS: readonly { reason: 'age' | 'refuse' | 'accept'; pattern: string }[] = [
  // Apostrophes straight or curly, and a no-break space after the number, as typeset texts have them.
  { reason: 'age', pattern: '\\b(ik ben|je suis|j[\'’]ai|ich bin|i am|i[\'’]m)\\b.{0,20}\\b18\\b|\\b18 ?\\+|\\b(18\\s(jaar|ans|jahre|years)|plus de 18|ouder dan 18|über 18|over 18)\\b' },
  { reason: 'age', pattern: '^(enter|entrer|entrez|binnengaan|betreden|binnen|eintreten|betreten|enter site|naar de site|accéder au site|zur seite)$' },
  { reason: 'refuse', pattern: '\\b(weiger|weigeren|alles weigeren|refuser|tout refuser|ablehnen|alle ablehnen|reject|reject all|decline|deny)\\b|\\b(alleen|uniquement|nur|only) (noodzakelijke|nécessaires|notwendige|necessary|essentiële|essentiels|essential)' },
  { reason: 'accept', pattern: '\\b(accepteer|accepteren|alles accepteren|akkoord|accepter|tout accepter|j\'accepte|akzeptieren|alle akzeptieren|zustimmen|accept|accept all|i agree|agree)\\b' },
];

/**
 * A choice saying the visitor is under 18 ("Ik ben jonger dan 18", report-banner's own age-check
 * "under 18"): never clicked, though it names 18 as an adult's choice does.
 */
export const NOT_ADULT =
  "\\b(jonger dan|onder|minder dan|moins de|pas encore|unter|noch nicht|under|younger than|not)\\b.{0,12}\\b18\\b";

export interface GateCandidate {
  /** Index in the page's list of clickable elements at the time of the search. */
  index: number;
  text: string;
  reason: 'age' | 'refuse' | 'accept';
}

/** The clickable element a visitor would press to get past a gate, if any is on screen. */
export function findGateButton(
  selector: string,
  patterns: readonly { reason: 'age' | 'refuse' | 'accept'; pattern: string }[],
  notAdult: string,
): GateCandidate | null {
  const clickable = [...document.querySelectorAll(selector)];
  const compiled = patterns.map(({ reason, pattern }) => ({ reason, test: new RegExp(pattern, 'iu') }));
  const minor = new RegExp(notAdult, 'iu');
  let best: (GateCandidate & { rank: number }) | null = null;
  clickable.forEach((element, index) => {
    if (element.closest('report-banner')) return;
    const rect = element.getBoundingClientRect();
    if (rect.width < 4 || rect.height < 4 || rect.bottom < 0 || rect.top > innerHeight) return;
    if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return;
    const text = (element instanceof HTMLInputElement ? element.value : (element.textContent ?? ''))
      .concat(' ', element.getAttribute('aria-label') ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    if (!text || text.length > 60 || minor.test(text)) return;
    const rank = compiled.findIndex(({ test }) => test.test(text));
    if (rank < 0 || (best && best.rank <= rank)) return;
    best = { index, text, reason: compiled[rank].reason, rank };
  });
  if (!best) return null;
  const { index, text, reason } = best as GateCandidate & { rank: number };
  return { index, text, reason };
}

/** What counts as something to click on a gate. */
export const GATE_CLICKABLE = 'button, a[href], input[type="button"], input[type="submit"], [role="button"]';
