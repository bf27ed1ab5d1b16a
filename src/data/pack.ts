import { mergeDatasets } from './rebuild.js';
import { absoluteUrl, DEFAULT_TIMEOUT_MS, loadDataset, writeFindings, type LoadOptions, type LoadResult } from './loader.js';
import { manifestFault, partitionsFor, PLAIN_KEY, readManifest, type PackManifest, type PackManifestFile, type PackNeed, type Partition } from './pack-manifest.js';
import { dropManifestRequest, requestManifest } from './pack-url.js';
import { problem, type Finding, type Problem } from './problems.js';

export type ManifestResult =
  | { readonly ok: true; readonly manifest: PackManifest; readonly url: string }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly url: string };

/** One request per manifest, shared by every chart of the page; a failure is not kept, so a retry asks again. */
const manifests = new Map<string, Promise<ManifestResult>>();

/** Fetches and checks a pack's manifest.json. Never rejects. */
export function loadManifest(url: string): Promise<ManifestResult> {
  const href = absoluteUrl(url);
  let pending = manifests.get(href);
  if (!pending) {
    pending = fetchManifest(href).then((result) => {
      if (!result.ok) manifests.delete(href);
      return result;
    });
    manifests.set(href, pending);
  }
  return pending;
}

async function fetchManifest(url: string): Promise<ManifestResult> {
  const fail = async (p: Finding): Promise<ManifestResult> => {
    // A retry asks again; a manifest that came stays asked for, so that no chart asks twice.
    dropManifestRequest(url);
    return { ok: false, problems: await writeFindings([p]), url };
  };
  // A server that never answers is a time-out, as for a dataset file.
  const request = requestManifest(url, DEFAULT_TIMEOUT_MS);
  let json: unknown;
  try {
    let response: Response;
    try {
      response = await request.response;
    } catch {
      const seconds = DEFAULT_TIMEOUT_MS / 1000;
      return fail(request.timedOut() ? problem('error', 'timeout', {}, { url, seconds }) : problem('error', 'network-error', {}, { url }));
    }
    if (!response.ok) return fail(problem('error', 'http-error', {}, { url, status: response.status }));
    try {
      json = await response.json();
    } catch (error) {
      return fail(problem('error', 'bad-manifest', {}, { url, detail: error instanceof Error ? error.message : String(error) }));
    }
  } finally {
    request.done();
  }
  const fault = manifestFault(json);
  return fault ? fail(problem('error', 'bad-manifest', {}, { url, detail: fault })) : { ok: true, manifest: readManifest(json as PackManifestFile), url };
}

/**
 * The part of a pack a chart draws: its manifest, then only the files `need` names (in
 * parallel, each shared with every other chart that needs it, each checked against the
 * manifest), as one dataset. A file that is missing or does not match the manifest is an
 * error for this chart only.
 */
export async function loadPack(manifestUrl: string, need: PackNeed, options: LoadOptions = {}): Promise<LoadResult> {
  const guesses = askAhead(manifestUrl, need, options);
  try {
    return await loadChosen(manifestUrl, need, options, guesses);
  } finally {
    // Whatever came of it, no guessed file waits for the manifest any more.
    for (const guess of guesses) guess.end(undefined);
  }
}

async function loadChosen(manifestUrl: string, need: PackNeed, options: LoadOptions, guesses: readonly Guess[]): Promise<LoadResult> {
  const manifest = await loadManifest(manifestUrl);
  if (options.signal?.aborted) throw new DOMException('The dataset load was aborted.', 'AbortError');
  const fail = (problems: readonly Problem[]): LoadResult => ({ ok: false, url: manifest.url, problems, problemCount: problems.length, format: undefined, encoding: undefined });
  if (!manifest.ok) return fail(manifest.problems);
  const choice = partitionsFor(manifest.manifest, need);
  if (!choice.ok) return fail(await writeFindings([problem('error', 'not-in-pack', {}, { column: choice.column, value: choice.value, url: manifest.url })]));
  const href = (partition: Partition) => new URL(partition.path, manifest.url).href;
  // A guessed file that is chosen is joined here (loader.ts keeps one load per URL) before its guess lets go of it.
  const loading = Promise.all(choice.partitions.map((partition) => loadDataset(href(partition), { ...options, expect: partition })));
  const files = [...manifest.manifest.regions, ...manifest.manifest.indicators].map((entry) => entry.partition);
  // Paths are relative to the manifest on both sides, so equal paths are the same file.
  for (const guess of guesses) guess.end(files.find((partition) => partition.path === guess.path));
  const results = await loading;
  const failed = results.find((r) => !r.ok);
  if (failed) return failed;
  const datasets = results.map((r) => (r.ok ? r.dataset : undefined)!);
  const problems = results.flatMap((r) => r.problems);
  return { ok: true, url: manifest.url, dataset: mergeDatasets(datasets), problems, problemCount: problems.length, format: 'csv', encoding: 'utf-8' };
}

/** A file asked for before the manifest came. */
interface Guess {
  /** Relative to the manifest, as a manifest's partition paths are. */
  readonly path: string;
  /**
   * Gives the load the manifest's entry for the file (undefined: the pack has no such file, and
   * the load fails) and stops waiting for it: the request stops too unless a chart has joined it.
   */
  readonly end: (partition: Partition | undefined) => void;
}

/**
 * The files a chart needs that can be named before its manifest has come: the pack writer
 * names a plain key's file after it (PLAIN_KEY), so a gauge of region 120110 asks for
 * regions/120110.csv alongside the manifest, and its reader waits one round trip less. The
 * manifest then checks the file as it checks any other; a wrong guess (a name, not a key)
 * costs one request for a file that is not used.
 */
function askAhead(manifestUrl: string, need: PackNeed, options: LoadOptions): Guess[] {
  const regions = (need.regions ?? []).map((r) => r.trim());
  const indicator = need.indicator?.trim() ?? '';
  const paths =
    regions.length > 0 ? regions.filter((r) => PLAIN_KEY.test(r)).map((r) => `regions/${r}.csv`)
    : PLAIN_KEY.test(indicator) ? [`indicators/${indicator}.csv`]
    : [];
  const base = absoluteUrl(manifestUrl);
  return paths.map((path) => {
    let settle!: (partition: Partition | undefined) => void;
    const expect = new Promise<Partition | undefined>((resolve) => (settle = resolve));
    const controller = new AbortController();
    const stop = () => controller.abort();
    options.signal?.addEventListener('abort', stop, { once: true });
    // Its caller's wait rejects (an AbortError) when the guess ends: nobody reads it there.
    loadDataset(new URL(path, base).href, { timeoutMs: options.timeoutMs, workerThreshold: options.workerThreshold, signal: controller.signal, expect }).catch(() => undefined);
    return {
      path,
      end: (partition) => {
        settle(partition);
        options.signal?.removeEventListener('abort', stop);
        stop();
      },
    };
  });
}
