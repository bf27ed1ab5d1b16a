import { LineChart } from 'echarts/charts';
import { GridSimpleComponent } from 'echarts/components';
import { buildTrendModel, trendSlice } from '../../charts/trend.js';
import type { PackNeed } from '../../data/pack-manifest.js';
import { ChartLegend, legendStyles } from '../shared/chart-legend.js';
import { EduChartElement, type BuildInput, type ModelResult } from '../shared/edu-chart-element.js';

/**
 * @summary Yearly trend of one indicator: actual values as a solid line, targets
 * dashed with markers, baselines dotted; several regions (comma-separated
 * `region`) compared, one colour each. Missing years stay gaps.
 *
 * @event edu-ready - The chart has rendered (where the browser cannot draw it, its data table has). detail: { summary }
 * @event edu-error - The dataset could not be loaded or has errors. detail: { problems, problemCount }
 * @event edu-select - A data point was chosen by click or keyboard. detail: { label, rows }
 *
 * @csspart base - The wrapper of everything below.
 * @csspart legend - The legend (shown when there are several lines or shapes): a list of buttons that show or hide each.
 * @csspart chart - The ECharts container (focusable; arrow keys move between points).
 * @csspart tooltip - The tooltip beside the pointer or of the keyboard's point (text only).
 * @csspart caption - The summary sentence and the chosen point's source.
 * @csspart toggle - The button that shows or hides the data table.
 * @csspart link - A source given as an http(s) address, in the caption and the table (opens in a new tab).
 * @csspart table - The table of every value shown.
 * @csspart status - The loading, empty or error box.
 * @csspart browser-note - Where the browser cannot draw the chart (an old or locked-down one), the line above the data table that says so.
 * @csspart retry - The retry button of the error box.
 *
 * @cssproperty --edu-color-actual - Actual line (one region).
 * @cssproperty --edu-color-target - Target line (one region).
 * @cssproperty --edu-color-baseline - Baseline line (one region).
 * @cssproperty --edu-color-background - Background.
 * @cssproperty --edu-color-text - Text.
 * @cssproperty --edu-color-muted - Axes and grid.
 * @cssproperty --edu-font-family - Font family.
 * @cssproperty --edu-font-size - Base font size.
 * @cssproperty --edu-chart-height - Height of the chart area when the page sets none (default 300px).
 * @cssproperty --edu-focus-color - Keyboard focus ring.
 * @cssproperty --edu-control-size - Least height and width of the buttons (legend, table toggle, retry): default 44px, the touch target elderly-friendly specs ask for.
 */
export class EduTrend extends EduChartElement {
  static override styles = [...EduChartElement.styles, legendStyles];

  protected override readonly legend = new ChartLegend(this);

  // The grid without ECharts' axis pointer, which only its tooltip shows: the elements show their own.
  protected static override readonly echartsExtensions = [LineChart, GridSimpleComponent];

  protected build({ dataset, selection, tokens, locale }: BuildInput): ModelResult {
    const slice = trendSlice(dataset, selection);
    return slice.ok ? { ok: true, model: buildTrendModel(slice, tokens, locale) } : slice;
  }

  /** Several regions' lines of one indicator: that indicator's file of a pack holds them all, in one request. */
  protected override packNeed(): PackNeed {
    const { regions, indicator } = this.selection();
    return regions.length > 1 && indicator ? { indicator } : { regions };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'edu-trend': EduTrend;
  }
}
