// Sizes the iframes of edu-progress's embed page on a host page, to the height
// each posts ({ type: 'edu-progress:height', height }). A file rather than the
// inline lines it replaces, so that a portal under a strict
// Content-Security-Policy (no inline script) can paste the snippet as it is.
// Loading it twice is harmless: every copy sets the same height.

/** Beyond this a posted height is taken for a mistake: a frame never grows past it. */
const MAX_HEIGHT = 20000;

addEventListener('message', (event: MessageEvent<unknown>) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (typeof data !== 'object' || data === null || data.type !== 'edu-progress:height') return;
  const height = data.height;
  if (typeof height !== 'number' || !Number.isFinite(height) || height <= 0) return;
  // Only the frame that posted is resized, whoever else listens.
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.height = String(Math.ceil(Math.min(height, MAX_HEIGHT)));
  }
});
