import { GaugeChart } from 'echarts/charts';
import { adoptStyles, html, nothing, supportsAdoptingStyleSheets, type CSSResult, type TemplateResult } from 'lit';
import { buildDialModel, hasDial } from '../../charts/dial.js';
import type { ChartFigure } from '../../charts/model.js';
import { gaugeSlice } from '../../charts/slices.js';
import { EduChartElement, type BuildInput, type ModelResult } from '../shared/edu-chart-element.js';
import { languageMarked } from '../shared/linked-text.js';
import { gaugeStyles } from './edu-gauge.styles.js';

export type GaugeVariant = 'dial' | 'bullet';

/**
 * @summary Achieved against target for one indicator. With an actual and a target: a
 * dial, the actual as a progress arc coloured by status (met, near, not met), the
 * target as a marker (a band for a range), the value and target in the centre.
 * Without a target there is no dial (it would need a maximum of our own): the figure
 * itself, written large with its year, the change since the previous year (up or
 * down, better or worse), a spark line of its earlier actuals and “no target set”; a
 * target without an actual shows the target and “no achievement reported”.
 * `variant="bullet"` makes one compact row for lists: a bullet graph (the actual as a
 * bar, the target as a marker line, qualitative ranges behind), the indicator's name
 * beside it (above it when narrow), the value and the status in words.
 *
 * @event edu-ready - The chart has rendered (where the browser cannot draw it, its data table has). detail: { summary }
 * @event edu-error - The dataset could not be loaded or has errors. detail: { problems, problemCount }
 * @event edu-select - A data point was chosen by click or keyboard. detail: { label, rows } (rows carry source, sourceItem, excerpt)
 *
 * @csspart base - The wrapper of everything below.
 * @csspart chart - The ECharts container (focusable; arrow keys move between points): the dial, the spark line, the bullet's bar.
 * @csspart figure - The figure written out: in the figure view the value (large), year, change and status; in a bullet the value, target and status.
 * @csspart label - The indicator's name: above the figure view's value, left of (or above) a bullet's bar.
 * @csspart tooltip - The tooltip beside the pointer or of the keyboard's point (text only); it names the source of a point chosen with Enter.
 * @csspart caption - The summary sentence and the chosen point's source (out of sight in a bullet, still its accessible name).
 * @csspart toggle - The button that shows or hides the data table (not in a bullet, whose table is for screen readers).
 * @csspart link - A source given as an http(s) address, in the caption and the table (opens in a new tab).
 * @csspart table - The table of every value shown (always there for screen readers).
 * @csspart status - The loading, empty or error box.
 * @csspart browser-note - Where the browser cannot draw the chart (an old or locked-down one), the line above the data table that says so.
 * @csspart retry - The retry button of the error box.
 *
 * @cssproperty --edu-color-actual - Actual values (the spark line).
 * @cssproperty --edu-color-target - The target marker and band.
 * @cssproperty --edu-color-baseline - Baselines.
 * @cssproperty --edu-color-met - Status met.
 * @cssproperty --edu-color-near - Status near (within 10% of the target).
 * @cssproperty --edu-color-not-met - Status not met.
 * @cssproperty --edu-color-background - Background.
 * @cssproperty --edu-color-text - Text, and the bullet's qualitative ranges (shades of it).
 * @cssproperty --edu-color-muted - Tracks, grid and borders.
 * @cssproperty --edu-font-family - Font family (default: inherited from the page).
 * @cssproperty --edu-font-size - Base font size (default: inherited from the page).
 * @cssproperty --edu-chart-height - Height of the dial or figure view when the page sets none (default 240px); not of a bullet, which is one row.
 * @cssproperty --edu-figure-size - Size of the figure view's value (default 2.5em).
 * @cssproperty --edu-bullet-label-width - Width of a bullet's label column, so that the bars of a list line up (default 30%).
 * @cssproperty --edu-focus-color - Keyboard focus ring.
 * @cssproperty --edu-control-size - Least height and width of the buttons (table toggle, retry): default 44px, the touch target elderly-friendly specs ask for.
 */
export class EduGauge extends EduChartElement {
  static override styles = [...EduChartElement.styles, gaugeStyles];

  static override properties = {
    ...EduChartElement.properties,
    variant: { reflect: true },
  };

  protected static override readonly modelProperties = [...EduChartElement.modelProperties, 'variant'];

  protected static override readonly echartsExtensions = [GaugeChart];

  /** dial (default): a dial, or the figure written out where there is no target; bullet: one compact row (a bullet graph), for lists. */
  variant: GaugeVariant = 'dial';

  protected build({ dataset, selection, tokens, locale }: BuildInput): ModelResult {
    const slice = gaugeSlice(dataset, selection);
    if (!slice.ok) return slice;
    if (this.variant !== 'bullet' && hasDial(slice)) return { ok: true, model: buildDialModel(slice, tokens, locale) };
    // The figure view and the bullet draw lines on a grid: those come on demand, with their builders.
    return this.withPart('line', ({ buildBulletModel, buildGaugeModel, gaugeViewStyles }) => {
      this.adoptViewStyles(gaugeViewStyles);
      const build = this.variant === 'bullet' ? buildBulletModel : buildGaugeModel;
      return { ok: true, model: build(slice, tokens, locale) };
    });
  }

  private viewStylesAdopted = false;

  /** The figure's and the bullet's styles, added to the gauge's own when it first builds one of those views. */
  private adoptViewStyles(styles: CSSResult): void {
    if (this.viewStylesAdopted || !this.shadowRoot) return;
    this.viewStylesAdopted = true;
    // With constructable stylesheets the list is set whole; without, Lit appends a <style> element for each one given.
    const own = (this.constructor as typeof EduGauge).elementStyles;
    adoptStyles(this.shadowRoot, supportsAdoptingStyleSheets ? [...own, styles] : [styles]);
  }

  /**
   * One template for every view, so the chart's container (and its ECharts
   * instance) stays when a new model changes the view; the CSS lays it out.
   */
  protected override renderPlot(chart: TemplateResult): TemplateResult {
    const figure = this.model?.figure;
    const view = this.variant === 'bullet' ? 'view-bullet' : !figure ? 'view-dial' : figure.span ? 'view-figure has-spark' : 'view-figure';
    return html`<div class="view ${view}">
      ${figure?.label ? html`<span part="label" class="label">${this.text(figure.label)}</span>` : nothing}
      ${chart} ${figure ? this.renderFigure(figure) : nothing}
      ${figure?.span ? html`<span class="years">${figure.span}</span>` : nothing}
    </div>`;
  }

  private renderFigure(figure: ChartFigure): TemplateResult {
    const line = (name: string, text: string | undefined) => (text ? html`<span class=${name}>${this.text(text)}</span>` : nothing);
    return html`<div part="figure" class="figure">
      ${line('value', figure.value)} ${line('target', figure.target)} ${line('year', figure.year)} ${line('change', figure.change)}
      <span class="verdict ${figure.status}">${figure.statusText}</span>
    </div>`;
  }

  /** Dataset text (names, units) marked as Chinese where an English view shows it untranslated. */
  private text(text: string) {
    return languageMarked(text, this.locale);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'edu-gauge': EduGauge;
  }
}
