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
}
