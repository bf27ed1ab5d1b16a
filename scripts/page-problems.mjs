// What the browser checks (check-lib, check-pages) count as a page's failures, besides their
// own, on a puppeteer-core page in either engine (scripts/browser-engines.mjs).
import { isAbort } from './browser-engines.mjs';

/** A browser's own report of a Content Security Policy violation (Chromium logs it as a console error, Firefox as a page error). */
export const CSP_REPORT = /Content.Security.Policy/i;

/**
 * Uncaught errors, HTTP errors and failed requests go into problems; with `violations`,
 * page errors that are the browser's report of a CSP violation go there instead (Firefox
 * reports a violation as a page error). An abort (Chromium's net::ERR_ABORTED, Firefox's
 * NS_BINDING_ABORTED) is the page cancelling a load, not a failure: Chromium reports it
 * for a large file whose body was read in full before the load's completion message
 * arrived, for a download's data: or blob: URL once saved, and for a preview re-pointed
 * before its dataset loaded. The charts reaching "ready" are what count there.
 */
export function recordPageProblems(page, problems, { violations } = {}) {
  page.on('pageerror', (error) => {
    const text = error?.message ?? String(error);
    if (violations && CSP_REPORT.test(text)) violations.push(`page error: ${text.split('\n')[0]}`);
    else problems.push(`page error: ${text}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText;
    if (!isAbort(reason)) problems.push(`request failed: ${request.url()} (${reason})`);
  });
}

/**
 * Records into `violations`, from before any of the page's code runs and in every frame of
 * `page`, each `securitypolicyviolation` event, as "directive blocked URI at file:line sample
 * (in frame URL)". Call before the page navigates. The listener is on the window, not the
 * document: Firefox runs the script in an iframe's initial about:blank document, whose window
 * the frame's page then takes over with a document of its own.
 */
export async function recordCspViolations(page, violations) {
  await page.exposeFunction('__reportCspViolation', (text) => violations.push(text));
  await page.evaluateOnNewDocument(() => {
    addEventListener(
      'securitypolicyviolation',
      (e) => globalThis.__reportCspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample} (in ${location.href})`),
      true,
    );
  });
}
