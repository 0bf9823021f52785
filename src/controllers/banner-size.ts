/**
 * The banner's rendered height: published as `--report-banner-height` on the page's root (for a
 * bar, so the page can keep its own content clear of it) and reported once per showing, with the
 * first measurement, so `report-banner-show` carries a real height.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { safeDocument } from '../safe-dom.js';

export interface BannerSizeOptions {
  /** The box to measure; nothing while the notice is not showing. */
  target: () => Element | null | undefined;
  /** Whether this layout sits over the page and so publishes its height. */
  publishes: () => boolean;
  /** Called with the first measured height after the notice appears. */
  onFirstSize: (height: number) => void;
  /** Whatever goes wrong while measuring, which must never reach the page. */
  onError: (error: unknown) => void;
}

const PROPERTY = '--report-banner-height';

export class BannerSizeController implements ReactiveController {
  private observer?: ResizeObserver;
  private observed?: Element;
  private announced = false;
  /** The value this controller last set, so a page's own value is never removed. */
  private published?: string;

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
      try {
        const height = Math.round(entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height);
        this.publish(this.options.publishes() ? `${height}px` : undefined);
        if (this.announced) return;
        this.announced = true;
        this.options.onFirstSize(height);
      } catch (error) {
        this.options.onError(error);
      }
    });
    this.observer.observe(target);
  }

  private stop(hidden: boolean) {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
    if (hidden) this.announced = false;
    this.publish(undefined);
  }

  private publish(height: string | undefined) {
    const style = safeDocument.documentElement.style;
    if (height) style.setProperty(PROPERTY, height);
    else if (this.published && style.getPropertyValue(PROPERTY) === this.published) style.removeProperty(PROPERTY);
    this.published = height;
  }
}
