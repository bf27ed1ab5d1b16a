/**
 * True when a data source URL names a data pack's manifest.json. Apart from the pack reader,
 * which pages without packs never load.
 */
export function isManifestUrl(url: string): boolean {
  return /(^|\/)manifest\.json(?:[?#].*)?$/i.test(url.trim());
}
