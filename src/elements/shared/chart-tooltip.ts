import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ChartPoint } from '../../charts/model.js';
import type { ECharts } from './echarts.js';

interface Tip {
  readonly text: string;
  /** Where it points, in CSS pixels from the plot's top left. */
  readonly x: number;
  readonly y: number;
  /** Its CSS box: beside the spot, on the side of the plot with more room. */
  readonly place: Readonly<Record<string, string>>;
}

/** Room kept between the pointer and the tooltip, and between the tooltip and the plot's edge. */
const GAP = 12;
const MARGIN = 4;
/** Narrower than this, a tooltip would break every word: it may then cover the plot's edge. */
const MIN_WIDTH = 120;
/** Where a tooltip of the keyboard's point goes: the plot's top left, out of the way of most shapes. */
const KEYBOARD_SPOT = { x: MARGIN - GAP, y: MARGIN - GAP };

/**
 * The charts' tooltips, in HTML rather than ECharts' own component: text that
 * follows the page's font size (a portal's large-text or elderly mode), dataset
 * text only ever as text, no style attribute (hostUpdated places it through
 * the CSSOM, which a strict Content-Security-Policy allows), and 8 KiB gzipped
 * less of ECharts.
 */
export class ChartTooltip implements ReactiveController {
  private tip: Tip | undefined;
  /** Ends a pointer's tooltip once the pointer moves outside the chart; set while one is shown. */
  private stopWatchingPointer: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The box the chart and its tooltip share. */
    private readonly plot: () => HTMLElement | null | undefined,
    /** The point an ECharts event is about, if any. */
    private readonly pointOf: (seriesIndex: number | undefined, dataIndex: number | undefined) => ChartPoint | undefined,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.tip = undefined;
    this.stopWatchingPointer?.();
  }

  /**
   * Places the tooltip through the CSSOM once rendered: a style attribute (Lit's
   * styleMap writes one on first render) is blocked by a strict Content-Security-Policy.
   */
  hostUpdated(): void {
    const box = this.plot()?.querySelector<HTMLElement>('[part~="tooltip"]');
    if (!box || !this.tip) return;
    for (const property of ['left', 'right', 'top', 'bottom']) box.style.removeProperty(property);
    for (const [property, value] of Object.entries(this.tip.place)) box.style.setProperty(property, value);
  }

  /** Follows the pointer over a chart's data. */
  wire(chart: ECharts): void {
    const follow = (params: unknown) => {
      const { seriesIndex, dataIndex, event } = params as { seriesIndex?: number; dataIndex?: number; event?: { offsetX: number; offsetY: number } };
      const point = this.pointOf(seriesIndex, dataIndex);
      if (!point || !event) return;
      // The event is in the chart's coordinates; the chart may sit anywhere in the plot (beside a label, say).
      const at = this.chartOffset(chart.getDom());
      this.show(point.tooltip, event.offsetX + at.x, event.offsetY + at.y);
      this.watchPointer(chart);
    };
    chart.on('mouseover', follow);
    chart.on('mousemove', follow);
    chart.on('mouseout', () => this.hide());
    chart.getZr().on('globalout', () => this.hide());
  }

  /**
   * WebKit sends no mouseout when the pointer leaves an SVG shape that was
   * replaced while hovered (zrender's SVG renderer redraws a hovered point), so
   * neither zrender nor we would hear that it left: a move anywhere outside the
   * chart ends the tooltip and the point's highlight too.
   */
  private watchPointer(chart: ECharts): void {
    if (this.stopWatchingPointer) return;
    const container = chart.getDom();
    const onMove = (event: Event) => {
      if (event.composedPath().includes(container)) return;
      this.hide();
      if (!chart.isDisposed()) chart.dispatchAction({ type: 'downplay' });
    };
    document.addEventListener('pointermove', onMove, { capture: true, passive: true });
    this.stopWatchingPointer = () => {
      document.removeEventListener('pointermove', onMove, { capture: true });
      this.stopWatchingPointer = undefined;
    };
  }

  /** Where the chart's container lies in the plot, in CSS pixels. */
  private chartOffset(container: HTMLElement): { x: number; y: number } {
    const plot = this.plot();
    let x = 0;
    let y = 0;
    for (let at: Element | null = container; at instanceof HTMLElement && at !== plot; at = at.offsetParent) {
      x += at.offsetLeft;
      y += at.offsetTop;
    }
    return { x, y };
  }

  /** Shows a point's tooltip for the keyboard. */
  showFor(point: ChartPoint): void {
    this.show(point.tooltip, KEYBOARD_SPOT.x, KEYBOARD_SPOT.y);
  }

  hide(): void {
    this.stopWatchingPointer?.();
    if (!this.tip) return;
    this.tip = undefined;
    this.host.requestUpdate();
  }

  private show(text: string, x: number, y: number): void {
    if (this.tip?.text === text && this.tip.x === x && this.tip.y === y) return;
    const plot = this.plot();
    const width = plot?.clientWidth ?? 0;
    const height = plot?.clientHeight ?? 0;
    // Anchored by the edge nearest the spot, so the box's width is not squeezed by the plot's far edge.
    const toLeft = x > width / 2;
    const up = y > height / 2;
    const room = Math.max((toLeft ? x : width - x) - GAP - MARGIN, MIN_WIDTH);
    this.tip = {
      text,
      x,
      y,
      place: {
        [toLeft ? 'right' : 'left']: `${toLeft ? width - x + GAP : x + GAP}px`,
        [up ? 'bottom' : 'top']: `${up ? height - y + GAP : y + GAP}px`,
        'max-width': `${room}px`,
      },
    };
    this.host.requestUpdate();
  }

  /** The tooltip, to place inside the plot. */
  render(): TemplateResult | typeof nothing {
    const tip = this.tip;
    if (!tip || tip.text === '') return nothing;
    return html`<div part="tooltip" class="tooltip" aria-hidden="true">${tip.text}</div>`;
  }
}
