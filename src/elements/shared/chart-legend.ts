import type { EChartsCoreOption } from 'echarts/core';
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { isHiddenPoint, withHiddenEntries } from '../../charts/legend.js';
import type { ChartPoint, LegendEntry } from '../../charts/model.js';
import type { Locale } from '../../i18n/locale.js';
import { legendSwatch } from './legend-swatch.js';
import { languageMarked } from './linked-text.js';

/** The legend's styles, in the static styles of each chart that makes one (the gauge loads none of them). */
export const legendStyles = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    border-color: transparent;
    text-align: start;
    overflow-wrap: anywhere;
  }
  .legend button[aria-pressed='false'] {
    opacity: 0.55;
    text-decoration: line-through;
  }
  .swatch {
    flex: none;
    width: 1.6em;
    height: 0.55em;
  }
  .swatch.block {
    height: 1.05em;
  }
  .swatch pattern * {
    fill: var(--_background);
  }
`;

/**
 * The legend of a chart that has one (the trend, the radar, the scorecard): a
 * button an entry, which hides or shows its line, shape or segments, and what
 * the reader has hidden. HTML, not ECharts' canvas legend: it follows the
 * page's font size, and its toggles are real buttons. The chart makes it
 * (EduChartElement.legend), so that one without a legend (the gauge) loads none of it.
 */
export class ChartLegend {
  /** The entries the reader has switched off (indexes into the model's legend); cleared with each new model. */
  hidden: ReadonlySet<number> = new Set();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** A new model: every entry shown. */
  clear(): void {
    this.hidden = new Set();
  }

  /** Whether the reader has hidden a point. */
  hides(point: ChartPoint, legend: readonly LegendEntry[]): boolean {
    return isHiddenPoint(point, legend, this.hidden);
  }

  /** The option without the hidden entries' lines, shapes or segments. */
  apply(option: EChartsCoreOption, legend: readonly LegendEntry[]): EChartsCoreOption {
    return withHiddenEntries(option, legend, this.hidden);
  }

  /** The list of toggles, named label; onToggle runs when the reader shows or hides an entry. */
  render(legend: readonly LegendEntry[], label: string, locale: Locale, onToggle: () => void): TemplateResult | typeof nothing {
    if (legend.length === 0) return nothing;
    return html`<ul part="legend" class="legend" aria-label=${label}>
      ${legend.map(
        (entry, i) => html`<li>
          <button aria-pressed=${this.hidden.has(i) ? 'false' : 'true'} @click=${() => this.toggle(i, onToggle)}>
            ${legendSwatch(entry, `swatch-${i}`)}
            ${languageMarked(entry.label, locale)}
          </button>
        </li>`,
      )}
    </ul>`;
  }

  private toggle(index: number, onToggle: () => void): void {
    const hidden = new Set(this.hidden);
    if (!hidden.delete(index)) hidden.add(index);
    this.hidden = hidden;
    onToggle();
    this.host.requestUpdate();
  }
}
