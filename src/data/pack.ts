import { mergeDatasets } from './rebuild.js';
import { absoluteUrl, DEFAULT_TIMEOUT_MS, loadDataset, writeFindings, type LoadOptions, type LoadResult } from './loader.js';
import { manifestFault, partitionsFor, readManifest, type PackManifest, type PackManifestFile, type PackNeed } from './pack-manifest.js';
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
  const manifest = await loadManifest(manifestUrl);
  if (options.signal?.aborted) throw new DOMException('The dataset load was aborted.', 'AbortError');
  const fail = (problems: readonly Problem[]): LoadResult => ({ ok: false, url: manifest.url, problems, problemCount: problems.length, format: undefined, encoding: undefined });
  if (!manifest.ok) return fail(manifest.problems);
  const choice = partitionsFor(manifest.manifest, need);
  if (!choice.ok) return fail(await writeFindings([problem('error', 'not-in-pack', {}, { column: choice.column, value: choice.value, url: manifest.url })]));
  const results = await Promise.all(
    choice.partitions.map((partition) => loadDataset(new URL(partition.path, manifest.url).href, { ...options, expect: partition })),
  );
  const failed = results.find((r) => !r.ok);
  if (failed) return failed;
  const datasets = results.map((r) => (r.ok ? r.dataset : undefined)!);
  const problems = results.flatMap((r) => r.problems);
  return { ok: true, url: manifest.url, dataset: mergeDatasets(datasets), problems, problemCount: problems.length, format: 'csv', encoding: 'utf-8' };
}
