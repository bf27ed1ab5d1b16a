import { css } from 'lit';
import { buildGaugeModel } from '../../charts/gauge.js';
import { gaugeSlice } from '../../charts/slices.js';
import { EduChartElement, type BuildInput, type ModelResult } from '../shared/edu-chart-element.js';

/**
 * @summary Achieved against target for one indicator: the actual as a progress arc
 * coloured by status (met, near, not met), the target as a marker (a band for a
 * range), the value and target in the centre.
 *
 * @event edu-ready - The chart has rendered. detail: { summary }
 * @event edu-error - The dataset could not be loaded or has errors. detail: { problems, problemCount }
 * @event edu-select - A data point was chosen by click or keyboard. detail: { label, rows } (rows carry source, sourceItem, excerpt)
 *
 * @csspart base - The wrapper of everything below.
 * @csspart chart - The ECharts container (focusable; arrow keys move between points).
 * @csspart tooltip - The tooltip beside the pointer or of the keyboard's point (text only).
 * @csspart caption - The summary sentence and the chosen point's source.
 * @csspart toggle - The button that shows or hides the data table.
 * @csspart link - A source given as an http(s) address, in the caption and the table (opens in a new tab).
 * @csspart table - The table of every value shown (always there for screen readers).
 * @csspart status - The loading, empty or error box.
 * @csspart retry - The retry button of the error box.
 *
 * @cssproperty --edu-color-actual - Actual values.
 * @cssproperty --edu-color-target - The target marker and band.
 * @cssproperty --edu-color-baseline - Baselines.
 * @cssproperty --edu-color-met - Status met.
 * @cssproperty --edu-color-near - Status near (within 10% of the target).
 * @cssproperty --edu-color-not-met - Status not met.
 * @cssproperty --edu-color-background - Background.
 * @cssproperty --edu-color-text - Text.
 * @cssproperty --edu-color-muted - Tracks, grid and borders.
 * @cssproperty --edu-font-family - Font family (default: inherited from the page).
 * @cssproperty --edu-font-size - Base font size (default: inherited from the page).
 * @cssproperty --edu-chart-height - Height of the chart area when the page sets none (default 240px).
 * @cssproperty --edu-focus-color - Keyboard focus ring.
 * @cssproperty --edu-control-size - Least height and width of the buttons (table toggle, retry): default 44px, the touch target elderly-friendly specs ask for.
 */
export class EduGauge extends EduChartElement {
  static override styles = [
    ...EduChartElement.styles,
    css`
      .chart,
      .status {
        min-height: var(--edu-chart-height, 240px);
      }
    `,
  ];

  protected build({ dataset, selection, tokens, locale }: BuildInput): ModelResult {
    const slice = gaugeSlice(dataset, selection);
    return slice.ok ? { ok: true, model: buildGaugeModel(slice, tokens, locale) } : slice;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'edu-gauge': EduGauge;
  }
}
