import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/** How long a condition may take by default: npm test runs three engines at once on two cores, where 1 s (open-wc's default) is not enough. */
const DEFAULT_TIMEOUT_MS = 10_000;

/** open-wc's waitUntil with a timeout for a busy machine; a broken page still fails, only later. */
export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: DEFAULT_TIMEOUT_MS, ...options });
}
