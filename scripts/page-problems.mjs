// What the browser checks (check-lib, check-pages) count as a page's failures, besides their own.

/**
 * Uncaught errors, HTTP errors and failed requests go into problems. ERR_ABORTED is
 * the page cancelling a load, not a failure: Chromium reports it for a large file
 * whose body was read in full before the load's completion message arrived, for a
 * download's data: or blob: URL once saved, and for a preview re-pointed before
 * its dataset loaded. The charts reaching "ready" are what count there.
 */
export function recordPageProblems(page, problems) {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText;
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${reason})`);
  });
}
