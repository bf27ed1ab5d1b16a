import type { EChartsCoreOption } from 'echarts/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { followCssZoom } from './css-zoom.js';
import { hasPart, init, register, settleParts, type ECharts, type EChartsExtension, type OptionalPart } from './echarts.js';
import { unwatchViewportDistance, watchViewportDistance } from './viewport-priority.js';

export type Renderer = 'canvas' | 'svg';

export interface EChartsControllerOptions {
  /** The element ECharts draws into (in the host's shadow root). */
  readonly container: () => HTMLElement | null | undefined;
  readonly renderer: () => Renderer;
  /** Whether series carry decal patterns (a part loaded on first use). */
  readonly decals: () => boolean;
  /** The chart's own ECharts series and components, registered before its first instance. */
  readonly extensions: readonly EChartsExtension[];
  /** The on-demand parts the option shown now was built with (the scorecard's bars, the gauge's lines). */
  readonly parts: () => readonly OptionalPart[];
  /** A new chart instance was created (after first render, a re-init or a reconnect). */
  readonly onInit: (chart: ECharts) => void;
}

/**
 * Owns one ECharts instance: creates it when the host is connected, rendered,
 * sized and near the viewport; follows container resizes (once a frame at most);
 * disposes it on disconnect and creates it afresh on reconnect.
 */
export class EChartsController implements ReactiveController {
  private chart: ECharts | undefined;
  /** The parts loaded when the instance was created, the only ones it can draw (see setOption). */
  private createdWith: readonly OptionalPart[] = [];
  private option: EChartsCoreOption | undefined;
  private observed: HTMLElement | undefined;
  private resizeObserver: ResizeObserver | undefined;
  /**
   * The container's size as the observer last reported it, for the frame that acts on it: a report
   * often comes before the instance exists (made in that frame, or once a part has loaded), so
   * whether it changes the instance's size can only be told then.
   */
  private reported: { readonly width: number; readonly height: number } | undefined;
  private near = false;
  private frame = 0;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: EChartsControllerOptions,
  ) {
    host.addController(this);
  }

  /** The live instance, or undefined while there is none (not yet near the viewport, hidden, disconnected). */
  get instance(): ECharts | undefined {
    return this.chart && !this.chart.isDisposed() ? this.chart : undefined;
  }

  hostConnected(): void {
    this.connected = true;
    addEventListener('beforeprint', this.onBeforePrint);
    // Within 300px of the viewport (viewport-priority.ts, which also orders the hosts' updates).
    watchViewportDistance(this.host, (near) => {
      this.near = near;
      this.maybeInit();
    });
    // The container exists only after the first render; hostUpdated attaches then.
    this.observe();
  }

  hostUpdated(): void {
    this.observe();
  }

  hostDisconnected(): void {
    this.connected = false;
    removeEventListener('beforeprint', this.onBeforePrint);
    unwatchViewportDistance(this.host);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observed = undefined;
    this.near = false;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.dispose();
  }

  /** A printed page shows every chart, not only those that came near the viewport. */
  private readonly onBeforePrint = () => {
    this.near = true;
    this.maybeInit();
  };

  /** Shows a complete option (replacing the last), now or as soon as the chart exists. */
  setOption(option: EChartsCoreOption | undefined): void {
    this.option = option;
    const chart = this.instance;
    // ECharts takes the layout and visual steps of its chart types when an instance is created: one
    // created before a part the option needs had loaded (a dial's, before a bullet) cannot draw it.
    if (chart && option && this.options.parts().some((part) => !this.createdWith.includes(part))) this.reinit();
    else if (chart && option) chart.setOption(option, { notMerge: true });
    else if (chart && !option) chart.clear();
    // Created on the next frame, after the host's render has shown and laid out the container.
    else this.schedule();
  }

  /** Throws the instance away and makes a new one (a renderer or theme change). */
  reinit(): void {
    this.dispose();
    this.maybeInit();
  }

  private dispose(): void {
    if (this.chart && !this.chart.isDisposed()) this.chart.dispose();
    this.chart = undefined;
  }

  private observe(): void {
    const container = this.options.container();
    if (!this.connected || !container || container === this.observed) return;
    this.resizeObserver?.disconnect();
    // A host whose template changed shape renders a new container: the instance drew into the old one.
    if (this.chart && this.chart.getDom() !== container) this.dispose();
    this.observed = container;
    this.reported = undefined;
    this.resizeObserver = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]!.contentRect;
      // As zrender measures it: clientWidth and clientHeight (whole pixels) less the padding.
      this.reported = { width: Math.round(box.width), height: Math.round(box.height) };
      this.schedule();
    });
    // Its first report (once the container is laid out) also creates the chart if the host is near already.
    this.resizeObserver.observe(container);
  }

  /** Resizes the chart, or creates it when it can be, once a frame at most. */
  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const chart = this.instance;
      if (!chart) this.maybeInit();
      // The observer's report of the size the instance was just made at (the report that a container
      // shown with its first model brings, a frame after) would lay out and draw it all again for nothing.
      else if (!this.reported || chart.getWidth() !== this.reported.width || chart.getHeight() !== this.reported.height) chart.resize();
    });
  }

  private maybeInit(): void {
    const container = this.observed;
    if (this.instance || !this.connected || !this.near || !this.option || !container) return;
    // A chart created at 0×0 (a hidden tab) would draw nothing; wait for a size.
    if (container.clientWidth === 0 || container.clientHeight === 0) return;
    const wanted: OptionalPart[] = [...this.options.parts()];
    if (this.options.renderer() === 'svg') wanted.push('svg');
    if (this.options.decals()) wanted.push('decals');
    const settling = settleParts(wanted);
    if (settling) {
      void settling.then(() => this.maybeInit());
      return;
    }
    register(this.options.extensions);
    this.createdWith = wanted.filter(hasPart);
    // Canvas when the SVG part could not be loaded: a chart in the other renderer beats none.
    this.chart = init(container, null, { renderer: hasPart('svg') ? this.options.renderer() : 'canvas' });
    followCssZoom(container);
    this.options.onInit(this.chart);
    this.chart.setOption(this.option, { notMerge: true });
  }
}
