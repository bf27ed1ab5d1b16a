/**
 * True when a data source URL names a data pack's manifest.json. Apart from the pack reader,
 * which pages without packs never load.
 */
export function isManifestUrl(url: string): boolean {
  return /(^|\/)manifest\.json(?:[?#].*)?$/i.test(url.trim());
}

/** A manifest's request: the response (its body not yet read) and whether it was given up for silence. */
export interface ManifestRequest {
  readonly response: Promise<Response>;
  readonly timedOut: () => boolean;
  /** Stops the time-out once the body is read. */
  readonly done: () => void;
}

const requests = new Map<string, ManifestRequest>();

/**
 * Asks for a pack's manifest (an absolute URL), once per page unless it fails: charts ask
 * as soon as they see a pack, while the pack reader (a chunk of its own) is still loading, so
 * that its request does not wait for the chunk's.
 */
export function requestManifest(href: string, timeoutMs: number): ManifestRequest {
  let request = requests.get(href);
  if (!request) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    request = { response: fetch(href, { signal: controller.signal }), timedOut: () => controller.signal.aborted, done: () => clearTimeout(timer) };
    // A rejection is read where the request is used; here it must not go unhandled.
    request.response.catch(() => undefined);
    requests.set(href, request);
  }
  return request;
}

/** Drops a manifest's request that failed: the next ask (a retry) makes a new one. */
export function dropManifestRequest(href: string): void {
  requests.delete(href);
}
