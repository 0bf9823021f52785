/**
 * The rendered height: published as `--report-banner-height` on the page's root while a bar or
 * corner card sits over the page (so the page can keep its own content and fixed parts clear of
 * it) and reported once per showing, with the first measurement, so `report-banner-show`
 * carries a real height.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { safeDocument } from './safe-dom.js';

export interface BannerSizeOptions {
  /** The box to measure; nothing while the notice is not showing. */
  target: () => Element | null | undefined;
  /** The viewport edge the notice covers, or nothing when it sits in the flow. */
  edge: () => 'top' | 'bottom' | undefined;
  /** Called with the first measured height after the notice appears (and after publishing it). */
  onFirstSize: (height: number) => void;
  /** Called with every measurement, after publishing it, with the edge the notice covers. */
  onMeasured?: (target: Element, height: number, edge: 'top' | 'bottom' | undefined) => void;
  /** Called when the notice no longer shows or leaves the page. */
  onStopped?: () => void;
  /** Whatever goes wrong while measuring, which must never reach the page. */
  onError: (error: unknown) => void;
}

const PROPERTY = '--report-banner-height';

export class BannerSizeController implements ReactiveController {
  private observer?: ResizeObserver;
  private observed?: Element;
  private announced = false;
  private frame = 0;
  /** The value this controller last set, so a page's own value is never removed. */
  private published?: string;
  /** The page's own value from before the notice published one. */
  private pageValue = '';

  constructor(
    host: ReactiveControllerHost,
    private readonly options: BannerSizeOptions,
  ) {
    host.addController(this);
  }

  /** Moved by the host page: measure again (the element is re-rendered in place). */
  hostConnected(): void {
    this.follow();
  }

  hostUpdated(): void {
    this.follow();
  }

  /** Moving the element in the page is not a new showing: it is announced once. */
  hostDisconnected(): void {
    this.stop(false);
  }

  private follow() {
    const target = this.options.target() ?? undefined;
    if (target === this.observed) return;
    if (!target) return this.stop(true);
    this.observer?.disconnect();
    this.observed = target;
    // The first size report comes after layout and before paint: no forced synchronous layout.
    this.observer = new ResizeObserver(([entry]) => {
      const height = Math.round(entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height);
      // Written in the next frame, never inside this callback: a page that reserves the space
      // (`padding-bottom: var(--report-banner-height)`) may gain a scroll bar from it, which
      // narrows the bar, and a size change caused inside the callback is one the browser cannot
      // deliver in the same frame ("ResizeObserver loop completed with undelivered notifications").
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.measured(target, height));
    });
    this.observer.observe(target);
  }

  private measured(target: Element, height: number) {
    try {
      const edge = this.options.edge();
      if (edge) {
        // A corner card also keeps its gap to the edge clear.
        const box = target.getBoundingClientRect();
        const root = safeDocument.documentElement;
        const covered = Math.round(edge === 'top' ? box.bottom : root.clientHeight - box.top);
        this.publish(`${Math.max(height, covered)}px`);
      } else {
        this.publish(undefined);
      }
      this.options.onMeasured?.(target, height, edge);
      if (this.announced) return;
      this.announced = true;
      this.options.onFirstSize(height);
    } catch (error) {
      this.options.onError(error);
    }
  }

  private stop(hidden: boolean) {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
    if (hidden) this.announced = false;
    this.publish(undefined);
    this.options.onStopped?.();
  }

  private publish(height: string | undefined) {
    const style = safeDocument.documentElement.style;
    const current = style.getPropertyValue(PROPERTY);
    if (height) {
      // A value the page set itself comes back when the notice goes.
      if (this.published === undefined) this.pageValue = current;
      if (current !== height) style.setProperty(PROPERTY, height);
    } else if (this.published !== undefined && current === this.published) {
      if (this.pageValue) style.setProperty(PROPERTY, this.pageValue);
      else style.removeProperty(PROPERTY);
    }
    this.published = height;
  }
}
