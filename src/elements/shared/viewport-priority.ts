/**
 * Which chart hosts are far from the viewport, so that their updates can wait
 * for an idle moment while those on screen draw first: on a page of 200
 * gauges, the dataset arriving otherwise built and rendered all 200 in one
 * task before the first visible chart could draw. A host counts as far only
 * once the observer has said so; until then (and without IntersectionObserver)
 * it updates at once.
 */
/** How far outside the viewport a chart counts as near: it is then updated and drawn at once. */
export const NEAR_VIEWPORT = '300px';
/** The longest an off-screen update waits for the browser to be idle. */
const IDLE_TIMEOUT_MS = 500;

const far = new WeakSet<Element>();
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

function onIntersection(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    if (entry.isIntersecting) {
      far.delete(entry.target);
      waiting.get(entry.target)?.();
    } else far.add(entry.target);
  }
}

export function watchViewportDistance(host: Element): void {
  if (typeof IntersectionObserver === 'undefined') return;
  observer ??= new IntersectionObserver(onIntersection, { rootMargin: NEAR_VIEWPORT });
  observer.observe(host);
}

export function unwatchViewportDistance(host: Element): void {
  observer?.unobserve(host);
  far.delete(host);
  waiting.get(host)?.();
}

const idle = (callback: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(callback, 1);
};

/** Resolves at once for a host near the viewport; for one far from it, when the browser is idle or the host comes near. */
export function nearOrIdle(host: Element): Promise<void> | undefined {
  if (!far.has(host)) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      waiting.delete(host);
      resolve();
    };
    waiting.set(host, done);
    idle(() => waiting.get(host) === done && done());
  });
}
