/**
 * Pointer positions under CSS `zoom` (a portal's elderly mode sets `zoom: 1.5` on
 * <html> or <body>). Since Chrome 128 (standardized zoom) a mouse event's
 * offsetX/offsetY are in zoomed pixels, while zrender takes them as its own
 * unzoomed coordinates: hover, click and tooltip land about 1.5× further from
 * the container's corner than the pointer (apache/echarts#20350, #15103).
 * Without offsetX, zrender falls back to clientX against marker elements'
 * getBoundingClientRect, which does include the zoom, so hiding offsetX on
 * zoomed pages is the whole fix.
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

/** The effective zoom of an element (1 where the browser has no currentCSSZoom). */
function cssZoom(element: Element): number {
  return (element as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
}

function hideOffset(event: Event): void {
  const target = event.currentTarget as HTMLElement;
  if (cssZoom(target) === 1) return;
  // Own properties shadow MouseEvent.prototype's getters for every later listener, zrender's included.
  Object.defineProperty(event, 'offsetX', { value: undefined, configurable: true });
  Object.defineProperty(event, 'offsetY', { value: undefined, configurable: true });
}

/**
 * Makes ECharts read pointer positions right in a container under CSS zoom.
 * Call with the element given to echarts.init; capture listeners on it run
 * before zrender's, which sit on an element inside it. Once per container.
 */
export function followCssZoom(container: HTMLElement): void {
  if (corrected.has(container)) return;
  corrected.add(container);
  for (const type of POINTER_EVENTS) container.addEventListener(type, hideOffset, { capture: true, passive: true });
}
