export type ChartKind = 'scorecard' | 'gauge' | 'trend' | 'radar';

/** One chart as the embed kit describes it; URLs absolute, so the snippet works on any page. */
export interface EmbedSpec {
  readonly chart: ChartKind;
  readonly data: string;
  readonly themes?: string | undefined;
  readonly region?: string | undefined;
  readonly indicator?: string | undefined;
  readonly year?: number | undefined;
  readonly measure?: string | undefined;
  /** The scorecard's one theme. */
  readonly themeFilter?: string | undefined;
  readonly lang: string;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attributes(spec: EmbedSpec): [string, string][] {
  const list: [string, string | number | undefined][] = [
    ['src', spec.data],
    // Theme names and order: the radar's axes, the scorecard's bars.
    ['themes-src', spec.chart === 'radar' || spec.chart === 'scorecard' ? spec.themes : undefined],
    ['region', spec.region],
    ['indicator', spec.chart === 'gauge' || spec.chart === 'trend' ? spec.indicator : undefined],
    ['year', spec.chart === 'trend' ? undefined : spec.year],
    ['measure', spec.chart === 'radar' ? spec.measure : undefined],
    ['theme-filter', spec.chart === 'scorecard' ? spec.themeFilter : undefined],
    ['lang', spec.lang],
  ];
  return list.filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '').map(([k, v]) => [k, String(v)]);
}

/** A script tag and the element: for pages that allow scripts. */
export function scriptSnippet(spec: EmbedSpec, libraryUrl: string): string {
  const attrs = attributes(spec).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  return `<script type="module" src="${escapeAttribute(libraryUrl)}"></script>\n<edu-${spec.chart}${attrs}></edu-${spec.chart}>`;
}

/** The embed page's URL for a chart. */
export function embedUrl(spec: EmbedSpec, embedPage: string): string {
  const params = new URLSearchParams({ chart: spec.chart });
  for (const [name, value] of attributes(spec)) {
    const key = name === 'src' ? 'data' : name === 'themes-src' ? 'themes' : name;
    params.set(key, value);
  }
  return `${embedPage}?${params}`;
}

/**
 * An iframe, and the script file that sizes it to the chart (the embed page
 * posts its height). Attributes only, no inline script or style, so a portal
 * under a strict Content-Security-Policy can paste it as it is.
 */
export function iframeSnippet(spec: EmbedSpec, embedPage: string, title: string, hostScript: string): string {
  const src = escapeAttribute(embedUrl(spec, embedPage));
  return `<iframe src="${src}" title="${escapeAttribute(title)}" width="100%" height="420" frameborder="0" loading="lazy"></iframe>
<script src="${escapeAttribute(hostScript)}" async></script>`;
}
