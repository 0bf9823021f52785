/**
 * What the checker measures inside the page. `probeBanner` is serialised and run in the page by
 * puppeteer, so it must stay self-contained: no imports, no helpers outside its body.
 */

export type Rgba = [number, number, number, number];

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ProbeOptions {
  /** Accept a static notice when no `<report-banner>` is rendered. */
  anyBanner: boolean;
  /** Hosts of the reporting point and its organisation (a link to any of them counts). */
  reportHosts: string[];
  /** Hosts and `tel:` addresses of 1712. */
  helplineHosts: string[];
  helplinePhones: string[];
}

/** One run of text inside the banner, with what decides whether a visitor can read it. */
export interface TextSample {
  text: string;
  /** Whether the text belongs to a link. */
  link: boolean;
  /** Rendered size in CSS px: computed font size times any transform scale of the banner. */
  fontSize: number;
  /** Text colour (sRGB, alpha 0–1). */
  color: Rgba;
  /** Background colours from the text's element outwards, up to the first opaque one. */
  backgrounds: Rgba[];
  /** A background image or gradient lies under the text, so contrast is approximate. */
  backgroundImage: boolean;
  rect: Rect;
  /** Share of the text's area inside the viewport. */
  inViewport: number;
  /** Share of the text's area inside the viewport and every clipping ancestor. */
  visible: number;
  /** The element on top of the text, when hit-testing finds something else there, as a selector (evidence only). */
  coveredBy?: string;
  /** What that element (or the nearest ancestor with text) says, as a visitor reads it; none for an empty layer. */
  coveredByText?: string;
  /**
   * The text lies outside the visible part of a scroll area of the banner itself (a tall bar on
   * a small phone): a visitor scrolls the banner, not the page, so the shares above are those of
   * the scroll area.
   */
  inBannerScroll?: true;
  /** Height in px of that scroll area's part that is on screen (only with `inBannerScroll`). */
  scrollAreaHeight?: number;
  /** The part of the text on screen and unclipped, where the screenshot is measured. */
  visibleRect: Rect;
  /** Contrast measured from the screenshot's pixels in `visibleRect` (set by the checker, outside the page). */
  measuredContrast?: number;
}

/**
 * One of the notice's own parts (title, message, contacts, a link, a button, a choice of the age
 * check) that the banner shows when drawn alone but a visitor does not get as drawn: the page's
 * styles hide it or add words to it, or something lies on top of it.
 */
export interface PartProbe {
  /** The part's name: `title`, `message`, `contacts`, `link`, `more`, `close`, `acknowledge`, `adult`, `minor`, `leave` or `banner`. */
  part: string;
  /** What it says drawn alone (a button's label when it has no words), at most 60 characters. */
  text: string;
  /** What the page's styles do to it: hide it, leave it no size, make it transparent or cut it off. */
  hidden?: 'hidden' | 'no-size' | 'transparent' | 'cut-off';
  /** The element on top of it, as a selector (evidence only). */
  coveredBy?: string;
  /** What that element (or the nearest ancestor with text) says, as a visitor reads it. */
  coveredByText?: string;
  /** Words the page's styles put before or after it (CSS `content`). */
  added?: string;
}

export interface BannerProbe {
  kind: 'report-banner' | 'static';
  /** `lang` of the banner's landmark (its resolved language), else of the element's nearest ancestor. */
  language: string | null;
  rect: Rect;
  /** display:none, visibility:hidden (on it or an ancestor) or no size. */
  hidden: boolean;
  /** Product of the opacities of the banner and its ancestors. */
  opacity: number;
  links: { href: string; text: string }[];
  samples: TextSample[];
  /** The notice's own parts a visitor does not get as the banner draws them (report-banner only). */
  parts?: PartProbe[];
  /** Texts of the banner's `title` and `message` parts (null for a static notice). */
  title: string | null;
  message: string | null;
  /** Everything the banner says, as one line, its separate parts joined by " · ". */
  text: string;
  /**
   * The notice is report-banner's own age-check entry: the modal gate asking the visitor's age
   * that carries the notice. `then` is what follows once an adult entered (`data-then`).
   */
  ageCheck?: { then: 'bar' | 'none' };
}

export interface ProbeResult {
  pageLanguage: string | null;
  viewport: { width: number; height: number };
  /** `<report-banner>` elements found, rendered or not. */
  elements: number;
  /** The banner judged: the first rendered one until the checker picks the best of `banners`. */
  banner: BannerProbe | null;
  /** Every rendered banner (or the static notice). */
  banners: BannerProbe[];
  /** The page's visible text outside the banner, for language identification. */
  pageText: string;
}

/** Window property where the probe leaves the elements it measured, for axe-core to inspect. */
export const CHECKED_ELEMENT = '__reportBannerChecked';

export function probeBanner(options: ProbeOptions & { checkedElement: string }): ProbeResult {
  const MAX_SAMPLES = 60;
  const viewport = { width: window.innerWidth, height: window.innerHeight };

  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  /** Any CSS colour to sRGB through the browser's own colour parsing. */
  const toRgba = (css: string): Rgba => {
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = '#000';
    context.fillStyle = css;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
    return [r, g, b, Math.round((a / 255) * 1000) / 1000];
  };

  /** The parent in the flat tree: through shadow roots to their host. */
  const parentOf = (element: Element): Element | null => {
    if (element.parentElement) return element.parentElement;
    const root = element.parentNode;
    return root instanceof ShadowRoot ? root.host : null;
  };

  const allDeep = (root: Document | ShadowRoot, selector: string, found: Element[] = []): Element[] => {
    found.push(...root.querySelectorAll(selector));
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) allDeep(element.shadowRoot, selector, found);
    }
    return found;
  };

  const describe = (element: Element): string => {
    const id = element.id ? `#${element.id}` : '';
    const classes = [...element.classList].slice(0, 2).map((name) => `.${name}`).join('');
    return `${element.localName}${id}${classes}`;
  };

  /** The first words a visitor reads on an element or, when it has none, on its nearest ancestor below <body>. */
  const wordsOn = (element: Element): string | undefined => {
    for (let node: Element | null = element; node && node !== document.body && node !== document.documentElement; node = parentOf(node)) {
      const words = (node instanceof HTMLElement ? node.innerText : (node.textContent ?? '')).replace(/\s+/g, ' ').trim();
      if (words) return words.length > 40 ? `${words.slice(0, 37)}...` : words;
    }
    return undefined;
  };

  const toRect = (rect: DOMRect | Rect): Rect => ({
    x: Math.round(rect.x),
    y: Math.round(rect.y),
    width: Math.round(rect.width),
    height: Math.round(rect.height),
  });

  const intersect = (a: DOMRect | Rect, b: DOMRect | Rect): Rect => {
    const x = Math.max(a.x, b.x);
    const y = Math.max(a.y, b.y);
    const right = Math.min(a.x + a.width, b.x + b.width);
    const bottom = Math.min(a.y + a.height, b.y + b.height);
    return { x, y, width: Math.max(0, right - x), height: Math.max(0, bottom - y) };
  };
  const area = (rect: Rect) => rect.width * rect.height;

  /** The clip box left by the viewport and every ancestor that cuts off overflowing content. */
  const clipOf = (element: Element): Rect => {
    let clip: Rect = { x: 0, y: 0, width: viewport.width, height: viewport.height };
    for (let node = parentOf(element); node && node !== document.body; node = parentOf(node)) {
      const style = getComputedStyle(node);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') clip = intersect(clip, node.getBoundingClientRect());
      // A fixed box escapes the clipping of its ancestors.
      if (style.position === 'fixed') break;
    }
    return clip;
  };

  const matches = (href: string, hosts: string[], phones: string[]) => {
    try {
      const url = new URL(href, document.baseURI);
      if (url.protocol === 'tel:') return phones.includes(url.pathname.replace(/[\s.\-()]/g, ''));
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
      const host = url.hostname.toLowerCase();
      return hosts.some((wanted) => host === wanted || host.endsWith(`.${wanted}`));
    } catch {
      return false;
    }
  };
  const isReport = (href: string) => matches(href, options.reportHosts, []);
  const isHelpline = (href: string) => matches(href, options.helplineHosts, options.helplinePhones);

  /** The smallest element holding both a reporting link and a 1712 link. */
  const findStaticNotice = (): Element | null => {
    const links = [...document.querySelectorAll('a[href]')] as HTMLAnchorElement[];
    let best: Element | null = null;
    let bestSize = Infinity;
    for (const link of links.filter((candidate) => isReport(candidate.href))) {
      let container: Element | null = link.parentElement;
      while (container && ![...container.querySelectorAll('a[href]')].some((other) => isHelpline((other as HTMLAnchorElement).href))) {
        container = container.parentElement;
      }
      container ??= link.closest('section, aside, footer, header, dialog, [role], p, div') ?? link;
      const size = container.querySelectorAll('*').length;
      if (size < bestSize) {
        best = container;
        bestSize = size;
      }
    }
    return best;
  };

  const elements = allDeep(document, 'report-banner');
  const found: { host: Element | null; banner: Element; kind: BannerProbe['kind'] }[] = [];
  for (const element of elements) {
    const part = element.shadowRoot?.querySelector('[part~="banner"]');
    if (part) found.push({ host: element, banner: part, kind: 'report-banner' });
  }
  if (found.length === 0 && options.anyBanner) {
    const notice = findStaticNotice();
    if (notice) found.push({ host: null, banner: notice, kind: 'static' });
  }
  const pageLanguage = document.documentElement.getAttribute('lang');
  const outside = (node: Node) => !found.some(({ host, banner }) => (host ?? banner).contains(node));
  const pageWords: string[] = [];
  const pageWalker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = pageWalker.nextNode(); node && pageWords.join(' ').length < 4000; node = pageWalker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || /^(script|style|noscript|template)$/i.test(parent.localName) || !outside(node)) continue;
    if (!parent.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true })) continue;
    const words = node.textContent?.replace(/\s+/g, ' ').trim();
    if (words) pageWords.push(words);
  }
  const pageText = pageWords.join(' ').slice(0, 4000);
  const banners = found.map(({ host, banner, kind }) => measure(host, banner, kind));
  // For axe-core: the checker picks one of these by index once it has chosen the best banner.
  Reflect.set(window, options.checkedElement, found.map(({ host, banner }) => host ?? banner));
  return { pageLanguage, viewport, elements: elements.length, banner: banners[0] ?? null, banners, pageText };

  function measure(host: Element | null, banner: Element, kind: BannerProbe['kind']): BannerProbe {
    const notice: Element = banner;

    const bannerRect = banner.getBoundingClientRect();
    let opacity = 1;
    for (let node: Element | null = banner; node; node = parentOf(node)) opacity *= Number(getComputedStyle(node).opacity);
    const hidden =
      bannerRect.width === 0 ||
      bannerRect.height === 0 ||
      !banner.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true, contentVisibilityAuto: true });
    const layoutWidth = banner instanceof HTMLElement ? banner.offsetWidth : 0;
    const scale = layoutWidth > 0 ? bannerRect.width / layoutWidth : 1;

    const root = banner.getRootNode() as Document | ShadowRoot;
    const coveredAt = (x: number, y: number): Element | null => {
      const hit = root.elementFromPoint(x, y);
      return hit && !notice.contains(hit) ? hit : null;
    };

    /** The nearest scroll area between a text and the banner, inclusive. */
    const scrollerOf = (element: Element): Element | undefined => {
      for (let node: Element | null = element; node && notice.contains(node); node = parentOf(node)) {
        const { overflowX, overflowY } = getComputedStyle(node);
        if (/auto|scroll/.test(`${overflowX} ${overflowY}`)) return node;
      }
      return undefined;
    };

    const samples: TextSample[] = [];
    const walker = document.createTreeWalker(banner, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node && samples.length < MAX_SAMPLES; node = walker.nextNode()) {
      const text = node.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent) continue;
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      // Skips unrendered text and text hidden for screen readers only (1 px boxes).
      if (rect.width * rect.height < 4) continue;
      const style = getComputedStyle(parent);
      if (style.visibility !== 'visible') continue;
      const backgrounds: Rgba[] = [];
      let backgroundImage = false;
      for (let element: Element | null = parent; element; element = parentOf(element)) {
        const own = getComputedStyle(element);
        if (own.backgroundImage !== 'none') backgroundImage = true;
        const colour = toRgba(own.backgroundColor);
        if (colour[3] > 0) backgrounds.push(colour);
        if (colour[3] >= 1) break;
      }
      // Text scrolled out of sight inside the banner's own scroll area is judged by that area.
      const scroller = scrollerOf(parent);
      const scrollBox = scroller?.getBoundingClientRect();
      const inScroll = scrollBox !== undefined && area(intersect(rect, scrollBox)) < area(rect) - 1;
      const measured = inScroll ? scrollBox : rect;
      const total = area(measured);
      const onScreen = intersect(measured, { x: 0, y: 0, width: viewport.width, height: viewport.height });
      const visibleRect = intersect(rect, clipOf(parent));
      const visibleShare = inScroll ? area(intersect(scrollBox, clipOf(scroller!))) / total : area(visibleRect) / total;
      const sample: TextSample = {
        text: text.length > 60 ? `${text.slice(0, 57)}...` : text,
        link: parent.closest('a') !== null,
        fontSize: Math.round(parseFloat(style.fontSize) * scale * 10) / 10,
        color: toRgba(style.color),
        backgrounds,
        backgroundImage,
        rect: toRect(rect),
        inViewport: Math.round((area(onScreen) / total) * 100) / 100,
        visible: Math.round(visibleShare * 100) / 100,
        visibleRect: toRect(visibleRect),
      };
      if (inScroll) {
        sample.inBannerScroll = true;
        sample.scrollAreaHeight = Math.round(intersect(scrollBox, clipOf(scroller!)).height);
      }
      // Hit-tests points along the text's first line that are on screen; covered when most are.
      const line = range.getClientRects()[0] ?? rect;
      const y = line.y + line.height / 2;
      const points = [0.2, 0.5, 0.8]
        .map((at) => line.x + line.width * at)
        .filter((x) => x >= visibleRect.x && x <= visibleRect.x + visibleRect.width)
        .filter(() => y >= visibleRect.y && y <= visibleRect.y + visibleRect.height);
      const hits = points.map((x) => coveredAt(x, y)).filter((hit): hit is Element => hit !== null);
      if (points.length > 0 && hits.length * 2 > points.length) {
        sample.coveredBy = describe(hits[0]);
        const words = wordsOn(hits[0]);
        if (words) sample.coveredByText = words;
      }
      samples.push(sample);
    }

    const anchors = [...banner.querySelectorAll('a[href]')] as HTMLAnchorElement[];
    let parts: PartProbe[] | undefined;
    try {
      if (host?.shadowRoot) parts = measureParts(host, host.shadowRoot, notice);
    } catch {
      // A page that breaks the copy leaves the parts unmeasured (no `parts` in the evidence), not the banner.
    }
    const oneLine = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
    const shadow = host?.shadowRoot;
    const gate = banner.localName === 'dialog' && banner.classList.contains('age-check') && shadow?.querySelector('[part~="adult"]');
    return {
      kind,
      // The banner's own `lang` sits inside its shadow root, on its landmark.
      language: banner.closest('[lang]')?.getAttribute('lang') ?? host?.closest('[lang]')?.getAttribute('lang') ?? null,
      rect: toRect(bannerRect),
      hidden,
      opacity: Math.round(opacity * 1000) / 1000,
      links: anchors.map((anchor) => ({ href: anchor.href, text: oneLine(anchor) ?? '' })),
      samples,
      ...(parts ? { parts } : {}),
      title: shadow ? oneLine(shadow.querySelector('[part~="title"]')) : null,
      message: shadow ? oneLine(shadow.querySelector('[part~="message"]')) : null,
      // As a visitor reads it: parts on lines or in boxes of their own are kept apart ("1712 · 103
      // Écoute-Enfants"), where the markup's text alone runs them together.
      text: (banner instanceof HTMLElement ? banner.innerText : (banner.textContent ?? ''))
        .split(/\n+/)
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join(' · '),
      // Any other value of data-then falls back to the bar, as in the banner itself.
      ...(gate ? { ageCheck: { then: host?.getAttribute('data-then')?.trim().toLowerCase() === 'none' ? 'none' : 'bar' } } : {}),
    };
  }
  /**
   * The notice's own parts against the same shadow tree drawn alone, in a tree of its own that no
   * style of the page reaches (no `::part()`, no inherited custom property): a part the banner
   * shows there must show on the page too, whole, opaque, uncovered and without words the page
   * added. The copy lives only while this function runs, so no frame ever paints it.
   */
  function measureParts(host: Element, shadow: ShadowRoot, notice: Element): PartProbe[] {
    const NAMES = ['title', 'message', 'contacts', 'link', 'more', 'close', 'acknowledge', 'adult', 'minor', 'leave'];
    /** Share of a part that must be left by clips; the rest allows for rounding. */
    const MIN_SHARE = 0.9;
    const root = notice.getRootNode() as Document | ShadowRoot;
    const partsIn = (tree: ShadowRoot) =>
      [...tree.querySelectorAll('[part]')]
        .map((element) => ({ element, names: (element.getAttribute('part') ?? '').split(/\s+/) }))
        .filter(({ names }) => names.includes('banner') || names.some((name) => NAMES.includes(name)))
        .map(({ element, names }) => ({ element, part: names.find((name) => name === 'banner' || NAMES.includes(name))! }));
    const within = (element: Element, top: Element) => {
      const chain: Element[] = [];
      for (let node = parentOf(element); node && top.contains(node); node = parentOf(node)) chain.push(node);
      return chain;
    };
    /** Share of the element left by the overflow clips between it and the notice (scroll areas scroll; they are judged elsewhere). */
    const clipShare = (element: Element, top: Element) => {
      const rect = element.getBoundingClientRect();
      let clip: Rect = rect;
      for (const node of within(element, top)) {
        const { overflowX, overflowY } = getComputedStyle(node);
        if (/hidden|clip/.test(`${overflowX} ${overflowY}`)) clip = intersect(clip, node.getBoundingClientRect());
      }
      return area(rect) > 0 ? area(clip) / area(rect) : 0;
    };
    const clippedByPath = (element: Element, top: Element) =>
      [element, ...within(element, top)].some((node) => {
        const style = getComputedStyle(node);
        const mask = style.getPropertyValue('mask-image') || style.getPropertyValue('-webkit-mask-image') || 'none';
        return style.clipPath !== 'none' || mask !== 'none';
      });
    const opacityOf = (element: Element, top: Element) =>
      [element, ...within(element, top)].filter((node) => node !== top).reduce((product, node) => product * Number(getComputedStyle(node).opacity), 1);
    const inkAlpha = (element: Element) => {
      const style = getComputedStyle(element);
      return Math.min(toRgba(style.color)[3], toRgba(style.getPropertyValue('-webkit-text-fill-color') || style.color)[3]);
    };
    const contentOf = (element: Element) => ['::before', '::after'].map((pseudo) => getComputedStyle(element, pseudo).content);
    const shown = (element: Element) =>
      element.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true, contentVisibilityAuto: true }) &&
      area(element.getBoundingClientRect()) >= 4;
    const label = (element: Element) => {
      const words = (element.getAttribute('aria-label') || element.textContent || '').replace(/\s+/g, ' ').trim();
      return words.length > 60 ? `${words.slice(0, 57)}...` : words;
    };

    // The copy: a holder no page style reaches, with every custom property it inherits unset.
    const holder = document.createElement('span');
    holder.style.setProperty('all', 'initial', 'important');
    holder.style.setProperty('display', 'block', 'important');
    document.documentElement.append(holder);
    const alone = (() => {
      try {
        const inherited = getComputedStyle(holder);
        for (let i = 0; i < inherited.length; i += 1) {
          const name = inherited.item(i);
          if (name.startsWith('--')) holder.style.setProperty(name, 'initial', 'important');
        }
        const copyHost = document.createElement('span');
        for (const { name, value } of [...host.attributes]) if (name !== 'style') copyHost.setAttribute(name, value);
        holder.attachShadow({ mode: 'open' }).append(copyHost);
        const copy = copyHost.attachShadow({ mode: 'open' });
        copy.adoptedStyleSheets = [...shadow.adoptedStyleSheets];
        for (const node of shadow.childNodes) copy.append(node.cloneNode(true));
        copy.querySelectorAll('script, iframe, object, embed').forEach((element) => element.remove());
        copy.querySelectorAll('[autofocus]').forEach((element) => element.removeAttribute('autofocus'));
        // A popover the banner shows is hidden until shown; a modal dialog stays open, not modal, so that nothing takes the focus.
        const popovers = [...copy.querySelectorAll('[popover]')];
        [...shadow.querySelectorAll('[popover]')].forEach((element, at) => {
          if (element.matches(':popover-open')) (popovers[at] as HTMLElement | undefined)?.showPopover();
        });
        const copyNotice = copy.querySelector('[part~="banner"]') ?? copyHost;
        return partsIn(copy).map(({ element, part }) => ({
          part,
          shown: shown(element),
          text: label(element),
          share: clipShare(element, copyNotice),
          clipped: clippedByPath(element, copyNotice),
          ink: inkAlpha(element),
          content: contentOf(element),
        }));
      } finally {
        holder.remove();
      }
    })();

    const found: PartProbe[] = [];
    /** Parts whose own parts are left unnamed: a hidden list of contacts hides its links too. */
    const covering: Element[] = [];
    const screen = { x: 0, y: 0, width: viewport.width, height: viewport.height };
    partsIn(shadow).forEach(({ element, part }, index) => {
      const drawn = alone[index];
      if (!drawn || drawn.part !== part || !drawn.shown || covering.some((outer) => outer.contains(element))) return;
      const probe: PartProbe = { part, text: drawn.text };
      // Words added before or after: quoted text in `content` that the banner drawn alone does not have.
      const added = contentOf(element)
        .filter((content, at) => content !== drawn.content[at])
        .flatMap((content) => [...content.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1].replace(/\\(.)/g, '$1')))
        .join(' ')
        .trim();
      if (/[\p{L}\p{N}]/u.test(added)) probe.added = added.length > 100 ? `${added.slice(0, 97)}...` : added;
      if (part !== 'banner') {
        const rect = element.getBoundingClientRect();
        if (!element.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true, contentVisibilityAuto: true })) probe.hidden = 'hidden';
        else if (area(rect) < 4) probe.hidden = 'no-size';
        else if (opacityOf(element, notice) < 0.1 || (inkAlpha(element) === 0 && drawn.ink > 0)) probe.hidden = 'transparent';
        else if ((clipShare(element, notice) < MIN_SHARE && drawn.share >= MIN_SHARE) || (clippedByPath(element, notice) && !drawn.clipped)) {
          probe.hidden = 'cut-off';
        }
        if (!probe.hidden) {
          // Hit-tests three points across its middle, where it is on screen; covered when most hit the page.
          const seen = intersect(intersect(rect, clipOf(element)), screen);
          const y = seen.y + seen.height / 2;
          const hits = area(seen) > 0 ? [0.2, 0.5, 0.8].map((at) => root.elementFromPoint(seen.x + seen.width * at, y)) : [];
          const over = hits.filter((hit): hit is Element => hit !== null && !notice.contains(hit) && hit !== host);
          if (hits.length > 0 && over.length * 2 > hits.length) {
            probe.coveredBy = describe(over[0]);
            const words = wordsOn(over[0]);
            if (words) probe.coveredByText = words;
          }
        }
      }
      if ((probe.hidden && probe.hidden !== 'no-size') || probe.coveredBy) covering.push(element);
      if (probe.hidden || probe.coveredBy || probe.added) found.push(probe);
    });
    return found;
  }
}
