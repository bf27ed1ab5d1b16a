/**
 * Pointer positions under CSS `zoom` (a portal's elderly mode sets `zoom: 1.5` on
 * <html> or <body>). zrender takes a mouse event's offsetX/offsetY as its own
 * unzoomed coordinates, so hover, click and tooltip land about 1.5× further from
 * the container's corner than the pointer (apache/echarts#20350, #15103), in
 * both kinds of zoom the engines have:
 * - standardized zoom (Chrome 128+, Firefox 126+; `currentCSSZoom` exists):
 *   offsetX is in zoomed pixels. Without offsetX, zrender falls back to clientX
 *   against marker elements' getBoundingClientRect, which includes the zoom too,
 *   so hiding offsetX is the whole fix.
 * - legacy zoom (WebKit, Safari): offsetX and clientX are in zoomed pixels but
 *   getBoundingClientRect is not, so the fallback would be wrong as well: offsetX
 *   becomes itself divided by the element's zoom (the product of every
 *   ancestor's, each computed style giving its own).
 */
/** What zrender listens for (mouse or pointer events, whichever the browser has). */
const POINTER_EVENTS = [
  'click',
  'dblclick',
  'contextmenu',
  'wheel',
  'mousewheel',
  'mousedown',
  'mouseup',
  'mousemove',
  'mouseout',
  'pointerdown',
  'pointerup',
  'pointermove',
  'pointerout',
] as const;

const corrected = new WeakSet<HTMLElement>();

const standardizedZoom = typeof Element !== 'undefined' && 'currentCSSZoom' in Element.prototype;

/** The parent in the flattened tree: through shadow roots to their hosts. */
function parentOf(element: Element): Element | null {
  return element.parentElement ?? ((element.getRootNode() as Partial<ShadowRoot>).host ?? null);
}

/** The effective zoom of an element. */
function cssZoom(element: Element): number {
  if (standardizedZoom) return (element as Element & { currentCSSZoom: number }).currentCSSZoom;
  let zoom = 1;
  for (let at: Element | null = element; at; at = parentOf(at)) zoom *= parseFloat(getComputedStyle(at).zoom) || 1;
  return zoom;
}

function correctOffset(event: Event): void {
  const target = event.currentTarget as HTMLElement;
  const zoom = cssZoom(target);
  if (zoom === 1) return;
  const { offsetX, offsetY } = event as MouseEvent;
  const x = standardizedZoom ? undefined : offsetX / zoom;
  const y = standardizedZoom ? undefined : offsetY / zoom;
  // Own properties shadow MouseEvent.prototype's getters for every later listener, zrender's included.
  Object.defineProperty(event, 'offsetX', { value: x, configurable: true });
  Object.defineProperty(event, 'offsetY', { value: y, configurable: true });
}

/**
 * Makes ECharts read pointer positions right in a container under CSS zoom.
 * Call with the element given to echarts.init; capture listeners on it run
 * before zrender's, which sit on an element inside it. Once per container.
 */
export function followCssZoom(container: HTMLElement): void {
  if (corrected.has(container)) return;
  corrected.add(container);
  for (const type of POINTER_EVENTS) container.addEventListener(type, correctOffset, { capture: true, passive: true });
}
