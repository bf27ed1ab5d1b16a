import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { LegendEntry, Pattern } from '../../charts/model.js';

/** The legend's line samples, as the chart draws each kind (src/charts/trend.ts). */
const DASH: Readonly<Record<LegendEntry['line'], string>> = { solid: 'none', dashed: '6 4', dotted: '0.5 4' };

/**
 * Each pattern's tile, as the chart's decals draw it (src/charts/scorecard.ts),
 * its marks in the background colour (chart-styles.ts): so that a reader who
 * tells the segments apart by pattern finds each one's status here.
 */
const TILES: Readonly<Record<Pattern, { readonly size: number; readonly rotate?: number; readonly marks: SVGTemplateResult }>> = {
  dots: { size: 12, marks: svg`<circle cx="3" cy="3" r="1.5" /><circle cx="9" cy="9" r="1.5" />` },
  diagonal: { size: 6, rotate: 45, marks: svg`<rect width="6" height="2" />` },
  checks: { size: 10, marks: svg`<rect width="5" height="5" /><rect x="5" y="5" width="5" height="5" />` },
  stripes: { size: 6, marks: svg`<rect width="6" height="2" />` },
  triangles: { size: 16, marks: svg`<polygon points="4,1 7,7 1,7" /><polygon points="12,9 15,15 9,15" />` },
};

/** A legend entry's swatch: a sample of its line, or a block of its colour (with its pattern). id: unique in the shadow root. */
export function legendSwatch(entry: LegendEntry, id: string): TemplateResult {
  if (entry.swatch !== 'block') {
    return html`<svg class="swatch" viewBox="0 0 24 8" aria-hidden="true">
      ${svg`<line x1="1" y1="4" x2="23" y2="4" stroke=${entry.color} stroke-width="3" stroke-linecap="round" stroke-dasharray=${DASH[entry.line]} />`}
    </svg>`;
  }
  const tile = entry.pattern && TILES[entry.pattern];
  return html`<svg class="swatch block" viewBox="0 0 24 16" aria-hidden="true">
    ${svg`<rect width="24" height="16" rx="2" fill=${entry.color} />`}
    ${tile
      ? svg`<pattern id=${id} width=${tile.size} height=${tile.size} patternUnits="userSpaceOnUse"
            patternTransform=${tile.rotate ? `rotate(${tile.rotate})` : nothing}>${tile.marks}</pattern>
          <rect width="24" height="16" rx="2" fill=${`url(#${id})`} />`
      : nothing}
  </svg>`;
}
