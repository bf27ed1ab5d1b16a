import { sendMouse } from '@web/test-runner-commands';
import type { ECharts } from '../../src/elements/shared/echarts.js';
import type { EduChartElement } from '../../src/elements/shared/edu-chart-element.js';
import { waitUntil } from '../wait.js';
import { nextFrame } from '../elements/helpers.js';

// The few zrender internals these tests read: where things are drawn, and what the pointer hits.
interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface ZrElement {
  type: string;
  parent: ZrElement | null;
  __hostTarget?: ZrElement | null;
  x: number;
  y: number;
  invisible?: boolean;
  ignore?: boolean;
  style?: { text?: string };
  transform?: number[] | null;
  getBoundingRect(): Rect;
  childrenRef?(): ZrElement[];
}
interface Zr {
  handler: { findHover(x: number, y: number): { target?: ZrElement } };
  storage: { getRoots(): ZrElement[] };
}
interface Internals {
  getZr(): Zr;
  getModel(): { getSeriesByIndex(index: number): { getData(): { getItemGraphicEl(index: number): ZrElement | undefined } } };
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Hovered {
  readonly seriesIndex: number;
  readonly dataIndex: number;
}

const internals = (chart: ECharts) => chart as unknown as Internals;

/**
 * An element's box in the pixels the mouse moves in. Engines with legacy CSS zoom
 * (WebKit: no currentCSSZoom) report it without the zoom of the element and its
 * ancestors, each of whose computed styles gives its own; the others include it.
 */
function screenRect(element: Element): Rect {
  const r = element.getBoundingClientRect();
  let zoom = 1;
  if (!('currentCSSZoom' in (Element.prototype as object))) {
    for (let at: Element | null = element; at; at = at.parentElement ?? ((at.getRootNode() as Partial<ShadowRoot>).host ?? null)) zoom *= parseFloat(getComputedStyle(at).zoom) || 1;
  }
  return { x: r.left * zoom, y: r.top * zoom, width: r.width * zoom, height: r.height * zoom };
}

/** The chart's drawing surface on the page: its rectangle and how much larger it shows than ECharts thinks (CSS zoom). */
function surface(chart: ECharts) {
  const { x, y, width, height } = screenRect(chart.getDom());
  const rect = { left: x, top: y, width, height };
  return { rect, scale: rect.width / chart.getWidth() };
}

/** A rectangle in the chart's own coordinates, as the page shows it. */
export function toPage(chart: ECharts, box: Rect): Rect {
  const { rect, scale } = surface(chart);
  return { x: rect.left + box.x * scale, y: rect.top + box.y * scale, width: box.width * scale, height: box.height * scale };
}

function globalRect(el: ZrElement): Rect {
  const r = el.getBoundingRect();
  const m = el.transform;
  if (!m) return { x: r.x + (el.x ?? 0), y: r.y + (el.y ?? 0), width: r.width, height: r.height };
  const xs = [r.x, r.x + r.width].flatMap((x) => [r.y, r.y + r.height].map((y) => m[0]! * x + m[2]! * y + m[4]!));
  const ys = [r.x, r.x + r.width].flatMap((x) => [r.y, r.y + r.height].map((y) => m[1]! * x + m[3]! * y + m[5]!));
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

function leaves(el: ZrElement): ZrElement[] {
  const children = el.childrenRef?.();
  return children ? children.flatMap(leaves) : [el];
}

function within(el: ZrElement | undefined, item: ZrElement): boolean {
  for (let at: ZrElement | null | undefined = el; at; at = at.__hostTarget ?? at.parent) if (at === item) return true;
  return false;
}

/** Whether the item is drawn as a mark of its own (a gauge's progress arc is not; its target marker is). */
export function hasMark(chart: ECharts, { seriesIndex, dataIndex }: Hovered): boolean {
  return internals(chart).getModel().getSeriesByIndex(seriesIndex).getData().getItemGraphicEl(dataIndex) !== undefined;
}

/**
 * A whole-pixel page position where the pointer, if ECharts maps it right, is
 * over this data item: scanned outwards from the item's centre, asking
 * zrender what it would hit at the matching chart coordinates.
 */
export function pagePointOf(chart: ECharts, { seriesIndex, dataIndex }: Hovered): Point {
  const zr = internals(chart).getZr();
  const item = internals(chart).getModel().getSeriesByIndex(seriesIndex).getData().getItemGraphicEl(dataIndex);
  if (!item) throw new Error(`no graphic for series ${seriesIndex} item ${dataIndex}`);
  const boxes = leaves(item).map(globalRect).map((r) => toPage(chart, r));
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  const { rect, scale } = surface(chart);
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  const candidates: Point[] = [];
  for (let x = Math.floor(left); x <= Math.ceil(right); x++) for (let y = Math.floor(top); y <= Math.ceil(bottom); y++) candidates.push({ x, y });
  candidates.sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy));
  const hits = (p: Point) => within(zr.handler.findHover((p.x - rect.left) / scale, (p.y - rect.top) / scale).target, item);
  // A point whose neighbours hit too, so sub-pixel rounding on the way to the browser cannot miss.
  const found = candidates.find((p) => hits(p) && hits({ x: p.x + 1, y: p.y }) && hits({ x: p.x, y: p.y + 1 }) && hits({ x: p.x - 1, y: p.y - 1 }));
  if (!found) throw new Error(`no page point hits series ${seriesIndex} item ${dataIndex}`);
  return found;
}

/** Scrolls the page, if need be, so that a data item is in the viewport (a tall chart's may not be), and returns pagePointOf it. */
export async function pagePointInView(chart: ECharts, item: Hovered): Promise<Point> {
  const point = pagePointOf(chart, item);
  if (point.y >= 0 && point.y < innerHeight) return point;
  window.scrollBy(0, point.y - innerHeight / 2);
  await nextFrame();
  return pagePointOf(chart, item);
}

/** The element's tooltip (HTML in its shadow root), while one is shown. */
function shownTooltip(el: EduChartElement): HTMLElement | undefined {
  return el.shadowRoot!.querySelector<HTMLElement>('[part~="tooltip"]') ?? undefined;
}

/** The tooltip's box on the page, or undefined while none is shown. */
export function tooltipBox(el: EduChartElement): Rect | undefined {
  const tooltip = shownTooltip(el);
  return tooltip && screenRect(tooltip);
}

/** How far a point is from a box (0 inside it). */
export function distance(p: Point, box: Rect): number {
  const dx = Math.max(box.x - p.x, 0, p.x - (box.x + box.width));
  const dy = Math.max(box.y - p.y, 0, p.y - (box.y + box.height));
  return Math.hypot(dx, dy);
}

/** Moves the real mouse to a page point and collects what ECharts says is under it. */
export async function hover(chart: ECharts, point: Point): Promise<Hovered[]> {
  const seen: Hovered[] = [];
  const onOver = (params: unknown) => {
    const { seriesIndex, dataIndex } = params as Hovered;
    seen.push({ seriesIndex, dataIndex });
  };
  chart.on('mouseover', onOver);
  try {
    await sendMouse({ type: 'move', position: [point.x, point.y] });
    await nextFrame();
    await nextFrame();
  } finally {
    chart.off('mouseover', onOver);
  }
  return seen;
}

/** The text of the tooltip shown now ('' when none is). */
export function tooltipText(el: EduChartElement): string {
  return shownTooltip(el)?.textContent ?? '';
}

/** Moves the mouse off the page's charts and waits for the tooltip to go, so it cannot cover the next point. */
export async function leave(el: EduChartElement): Promise<void> {
  await sendMouse({ type: 'move', position: [0, 0] });
  await waitUntil(() => tooltipText(el) === '', 'the tooltip stays after the pointer left');
  // zrender updates what it hit-tests on its next frame.
  await nextFrame();
  await nextFrame();
}
