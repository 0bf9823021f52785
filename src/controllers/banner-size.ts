/**
 * The banner's rendered height: published as `--report-banner-height` on the page's root (for a
 * bar, so the page can keep its own content clear of it) and reported once per showing, with the
 * first measurement, so `report-banner-show` carries a real height.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface BannerSizeOptions {
  /** The box to measure; nothing while the notice is not showing. */
  target: () => Element | null | undefined;
  /** Whether this layout sits over the page and so publishes its height. */
  publishes: () => boolean;
  /** Called with the first measured height after the notice appears. */
  onFirstSize: (height: number) => void;
}

const PROPERTY = '--report-banner-height';

export class BannerSizeController implements ReactiveController {
  private observer?: ResizeObserver;
  private observed?: Element;
  private announced = false;

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

  hostDisconnected(): void {
    this.stop();
  }

  private follow() {
    const target = this.options.target() ?? undefined;
    if (target === this.observed) return;
    if (!target) return this.stop();
    this.observer?.disconnect();
    this.observed = target;
    // The first size report comes after layout and before paint: no forced synchronous layout.
    this.observer = new ResizeObserver(([entry]) => {
      const height = Math.round(entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height);
      if (this.options.publishes()) document.documentElement.style.setProperty(PROPERTY, `${height}px`);
      if (this.announced) return;
      this.announced = true;
      this.options.onFirstSize(height);
    });
    this.observer.observe(target);
  }

  private stop() {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
    this.announced = false;
    document.documentElement.style.removeProperty(PROPERTY);
  }
}
