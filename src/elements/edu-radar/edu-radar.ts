import { RadarChart } from 'echarts/charts';
import { RadarComponent } from 'echarts/components';
import { buildRadarModel, parseMeasure, radarSlice } from '../../charts/radar.js';
import { RADAR_TERMS } from '../../i18n/radar-terms.js';
import { ChartLegend, legendStyles } from '../shared/chart-legend.js';
import { EduChartElement, type BuildInput, type ModelResult } from '../shared/edu-chart-element.js';

/**
 * @summary Regions compared by theme: one axis a theme, one shape a region, on
 * one scale. `measure` is attainment (mean attainment % of the theme's
 * indicators with a target and an actual, capped at 100), targets (how many
 * quantified targets), or indicator:<id> (e.g. indicator:plan_items).
 *
 * @event edu-ready - The chart has rendered (where the browser cannot draw it, its data table has). detail: { summary }
 * @event edu-error - The dataset could not be loaded or has errors. detail: { problems, problemCount }
 * @event edu-select - A region's shape was chosen by click or keyboard. detail: { label, rows }
 *
 * @csspart base - The wrapper of everything below.
 * @csspart legend - The legend (shown when there are several lines or shapes): a list of buttons that show or hide each.
 * @csspart chart - The ECharts container (focusable; arrow keys move between regions).
 * @csspart tooltip - The tooltip beside the pointer or of the keyboard's point (text only).
 * @csspart caption - The summary sentence and the chosen shape's sources.
 * @csspart toggle - The button that shows or hides the data table.
 * @csspart link - A source given as an http(s) address, in the caption and the table (opens in a new tab).
 * @csspart table - The table of every value shown.
 * @csspart status - The loading, empty or error box.
 * @csspart browser-note - Where the browser cannot draw the chart (an old or locked-down one), the line above the data table that says so.
 * @csspart retry - The retry button of the error box.
 *
 * @cssproperty --edu-color-actual - The shape of a single region.
 * @cssproperty --edu-color-background - Background.
 * @cssproperty --edu-color-text - Text.
 * @cssproperty --edu-color-muted - Axes and rings.
 * @cssproperty --edu-font-family - Font family.
 * @cssproperty --edu-font-size - Base font size.
 * @cssproperty --edu-chart-height - Height of the chart area when the page sets none (default 300px).
 * @cssproperty --edu-focus-color - Keyboard focus ring.
 * @cssproperty --edu-control-size - Least height and width of the buttons (legend, table toggle, retry): default 44px, the touch target elderly-friendly specs ask for.
 */
export class EduRadar extends EduChartElement {
  static override styles = [...EduChartElement.styles, legendStyles];

  protected override readonly legend = new ChartLegend(this);

  static override properties = {
    ...EduChartElement.properties,
    measure: { reflect: true },
  };

  protected static override readonly modelProperties = [...EduChartElement.modelProperties, 'measure'];

  protected static override readonly echartsExtensions = [RadarChart, RadarComponent];

  /** attainment (default), targets, or indicator:<id or name>. */
  measure = 'attainment';

  protected build({ dataset, themes, selection, tokens, locale }: BuildInput): ModelResult {
    const slice = radarSlice(dataset, selection, parseMeasure(this.measure), themes, locale);
    return slice.ok ? { ok: true, model: buildRadarModel(slice, tokens, locale) } : slice;
  }

  protected override emptyText(reason: Parameters<EduChartElement['emptyText']>[0]): string | undefined {
    return reason.reason === 'no-data' && reason.notCompared ? RADAR_TERMS[this.locale].notCompared(reason.notCompared) : undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'edu-radar': EduRadar;
  }
}
