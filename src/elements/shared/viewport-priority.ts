/**
 * Which chart hosts are far from the viewport, so that their updates can wait
 * for an idle moment while those on screen draw first: on a page of 200
 * gauges, the dataset arriving otherwise built and rendered all 200 in one
 * task before the first visible chart could draw. The same observer tells each
 * chart's ECharts controller when to create its instance. Without
 * IntersectionObserver every chart updates at once.
 */
/** How far outside the viewport a chart counts as near: it is then updated and drawn at once. */
const NEAR_PX = 300;
const NEAR_VIEWPORT = `${NEAR_PX}px`;
/** The longest an off-screen update waits for the browser to be idle. */
const IDLE_TIMEOUT_MS = 500;

const far = new WeakSet<Element>();
/** Hosts the observer has reported on. */
const reported = new WeakSet<Element>();
const waiting = new Map<Element, () => void>();
/** Per host, who follows its coming near and going far (its ECharts controller). */
const followers = new Map<Element, (near: boolean) => void>();
let observer: IntersectionObserver | undefined;

function onIntersection(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    reported.add(entry.target);
    if (entry.isIntersecting) {
      far.delete(entry.target);
      waiting.get(entry.target)?.();
    } else far.add(entry.target);
    followers.get(entry.target)?.(entry.isIntersecting);
  }
}

/**
 * Starts watching a host; onChange hears each time it comes near (true) or goes
 * far (false). Without IntersectionObserver every host counts as near.
 */
export function watchViewportDistance(host: Element, onChange: (near: boolean) => void): void {
  if (typeof IntersectionObserver === 'undefined') {
    onChange(true);
    return;
  }
  followers.set(host, onChange);
  observer ??= new IntersectionObserver(onIntersection, { rootMargin: NEAR_VIEWPORT });
  observer.observe(host);
}

export function unwatchViewportDistance(host: Element): void {
  observer?.unobserve(host);
  followers.delete(host);
  far.delete(host);
  reported.delete(host);
  waiting.get(host)?.();
}

/** Runs a callback when the browser is idle (within IDLE_TIMEOUT_MS). */
const whenIdle = (callback: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(callback, 1);
};

/**
 * Whether a host is far from the viewport. An observer's first report can
 * come hundreds of milliseconds late on a busy page (seen in Chromium while
 * other charts animate), so until it has come the host is measured once.
 */
function isFar(host: Element): boolean {
  if (!observer) return false;
  if (reported.has(host)) return far.has(host);
  const box = host.getBoundingClientRect();
  const isFarNow = box.bottom < -NEAR_PX || box.top > innerHeight + NEAR_PX || box.right < -NEAR_PX || box.left > innerWidth + NEAR_PX;
  if (isFarNow) far.add(host);
  return isFarNow;
}

/** Resolves at once for a host near the viewport; for one far from it, when the browser is idle or the host comes near. */
export function nearOrIdle(host: Element): Promise<void> | undefined {
  if (!isFar(host)) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      waiting.delete(host);
      resolve();
    };
    waiting.set(host, done);
    whenIdle(() => waiting.get(host) === done && done());
  });
}
