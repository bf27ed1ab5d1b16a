import { css } from 'lit';
import { ChartLegend, legendStyles } from '../shared/chart-legend.js';
import { SCORECARD_TERMS } from '../../i18n/scorecard-terms.js';
import { EduChartElement, type BuildInput, type ModelResult } from '../shared/edu-chart-element.js';

/**
 * @summary What was promised, and what became of it: each work plan's
 * quantified targets, one horizontal bar per theme (per theme and region when
 * several regions are compared, per region with `theme-filter`), its segments
 * counting the targets met, near (within 10%), not met, in progress (not yet
 * due) and not reported (no later report speaks of them), in that order. The
 * caption is the headline: how many targets, and how many of each.
 *
 * @event edu-ready - The chart has rendered (where the browser cannot draw it, its data table has). detail: { summary }
 * @event edu-error - The dataset could not be loaded or has errors. detail: { problems, problemCount }
 * @event edu-select - A segment was chosen by click or keyboard. detail: { label, rows, targets }: rows are its targets, the actuals they are held against and related figures (each with source, sourceItem, excerpt); targets are its TargetOutcomes (target, actual, attainment, outcome, related)
 *
 * @csspart base - The wrapper of everything below.
 * @csspart legend - The statuses in words and colour: a list of buttons that show or hide each.
 * @csspart chart - The ECharts container (focusable; arrow keys move between segments, Enter selects one).
 * @csspart tooltip - The tooltip of the segment under the pointer or the keyboard's (text only): its targets and what became of them.
 * @csspart caption - The headline, and the chosen segment's sources.
 * @csspart toggle - The button that shows or hides the data table.
 * @csspart link - A source given as an http(s) address, in the caption and the table (opens in a new tab).
 * @csspart table - Every target: target, outcome and its year, status in words, and the sources of both.
 * @csspart status - The loading, empty or error box.
 * @csspart browser-note - Where the browser cannot draw the chart (an old or locked-down one), the line above the data table that says so.
 * @csspart retry - The retry button of the error box.
 *
 * @cssproperty --edu-color-met - Status met.
 * @cssproperty --edu-color-near - Status near (within 10% of the target).
 * @cssproperty --edu-color-not-met - Status not met.
 * @cssproperty --edu-color-in-progress - Status in progress (the target's year is after the last report).
 * @cssproperty --edu-color-not-reported - Status not reported (a grey).
 * @cssproperty --edu-color-background - Background (and the decal patterns).
 * @cssproperty --edu-color-text - Text.
 * @cssproperty --edu-color-muted - The bars' tracks and borders.
 * @cssproperty --edu-font-family - Font family.
 * @cssproperty --edu-font-size - Base font size; the bars grow with it.
 * @cssproperty --edu-chart-height - Least height of the chart area (default: the height its bars need, about 4em a bar).
 * @cssproperty --edu-focus-color - Keyboard focus ring.
 */
export class EduScorecard extends EduChartElement {
  protected override readonly legend = new ChartLegend(this);

  static override styles = [
    ...EduChartElement.styles,
    legendStyles,
    css`
      .chart {
        min-height: max(var(--edu-chart-height, 0px), var(--_bars-height, 240px));
      }
      /*
       * Eight columns on a phone: names, targets and statuses keep their words
       * whole (a CJK word would otherwise break at every character, 2022 into
       * 20 / 22); only the two source columns, the last, wrap anywhere. The
       * table scrolls sideways when that is wider than the screen.
       */
      th,
      td:nth-last-child(n + 3) {
        word-break: keep-all;
        overflow-wrap: normal;
      }
      td:nth-last-child(-n + 2) {
        min-width: 10em;
      }
    `,
  ];

  static override properties = {
    ...EduChartElement.properties,
    // Not reflected, as region: an empty default must not sprout an attribute.
    themeFilter: { attribute: 'theme-filter' },
  };

  protected static override readonly modelProperties = [...EduChartElement.modelProperties, 'themeFilter'];

  /** Only the targets of one theme: its id, or its name in the theme table (Chinese or English). */
  themeFilter = '';

  /** The height the last model's bars need, in px. */
  private barsHeight: number | undefined;

  /** With the bar chart come the scorecard's builders, on demand: pages without a scorecard never load them. */
  protected build({ dataset, themes, selection, tokens, locale }: BuildInput): ModelResult {
    return this.withPart('bar', ({ scorecardSlice, buildScorecardModel }) => {
      const slice = scorecardSlice(dataset, selection, this.themeFilter, themes, locale);
      if (!slice.ok) return slice;
      const model = buildScorecardModel(slice, tokens, locale);
      this.barsHeight = model.height;
      return { ok: true, model };
    });
  }

  protected override emptyText(reason: Parameters<EduChartElement['emptyText']>[0]): string | undefined {
    const t = SCORECARD_TERMS[this.locale];
    if (reason.reason === 'unknown-theme') return t.unknownTheme(reason.query);
    return reason.reason === 'no-targets' ? t.noTargets(reason) : undefined;
  }

  protected override updated(): void {
    // Set before the chart is drawn or resized, and through the CSSOM: a style attribute is blocked by a strict CSP.
    if (this.barsHeight !== undefined) {
      this.renderRoot.querySelector<HTMLElement>('.chart')?.style.setProperty('--_bars-height', `${this.barsHeight}px`);
    }
    super.updated();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'edu-scorecard': EduScorecard;
  }
}
