import { css } from 'lit';

/**
 * The gauge's figure view (the figure written out, with its spark line) and its bullet row:
 * they come with the line part that draws them (echarts-line.ts), so that a page of dials
 * never loads them, and the gauge adopts them when it first builds one of those views.
 */
export const gaugeViewStyles = css`
  /* In a figure view or a bullet the chart is part of the view: the focus ring goes round all of it. */
  .view-figure > .chart:focus-visible,
  .view-bullet > .chart:focus-visible {
    box-shadow: none;
  }
  .view-figure:has(> .chart:focus-visible),
  .view-bullet:has(> .chart:focus-visible) {
    outline: 3px solid var(--edu-focus-color, #1f6fb2);
    outline-offset: 2px;
    border-radius: 4px;
  }

  .figure {
    display: flex;
    flex-direction: column;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .verdict {
    font-weight: 600;
  }
  /* The words in the text colour (the status colours are for marks, 3:1, not for text), a swatch of the status colour before them. */
  .verdict.met::before,
  .verdict.near::before,
  .verdict.not-met::before {
    content: '';
    display: inline-block;
    inline-size: 0.7em;
    block-size: 0.7em;
    margin-inline-end: 0.3em;
    border-radius: 2px;
    background: var(--_status);
  }
  .verdict.met {
    --_status: var(--_met);
  }
  .verdict.near {
    --_status: var(--_near);
  }
  .verdict.not-met {
    --_status: var(--_notMet);
  }

  /* ---------------------------------------------------------------- figure */
  .view-figure {
    display: grid;
    grid-template-columns: minmax(0, max-content);
    grid-template-areas: 'label' 'figure';
    place-content: center;
    align-items: center;
    gap: 0.25em 1.5em;
    min-height: var(--edu-chart-height, 240px);
    padding: 0.5em;
  }
  /* What the figure counts, first: a tile in a list must say what its number is. */
  .view-figure > .label {
    grid-area: label;
    font-weight: 600;
  }
  .view-figure > .figure {
    grid-area: figure;
    /* Above the chart where both share the cell (ECharts positions its own layer). */
    position: relative;
    z-index: 1;
  }
  /* Without a spark line the chart draws nothing: it lies under the figure, to take keyboard focus. */
  .view-figure > .chart {
    grid-area: figure;
    align-self: stretch;
    width: auto;
    min-height: 0;
  }
  .view-figure.has-spark {
    grid-template-columns: minmax(0, max-content) minmax(6em, 14em);
    grid-template-areas:
      'label label'
      'figure chart'
      'figure years';
  }
  .view-figure.has-spark > .chart {
    grid-area: chart;
    align-self: end;
    height: 4em;
  }
  .view-figure > .years {
    grid-area: years;
    align-self: start;
    font-size: 0.8em;
    text-align: center;
  }
  @container (max-width: 28em) {
    .view-figure.has-spark {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'label' 'figure' 'chart' 'years';
    }
  }
  .view-figure .value {
    font-size: var(--edu-figure-size, 2.5em);
    font-weight: 700;
    line-height: 1.15;
  }
  .view-figure .change::first-letter {
    text-transform: uppercase;
  }

  /* ---------------------------------------------------------------- bullet */
  .view-bullet {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    align-content: center;
    column-gap: 0.75em;
    min-height: 3em;
  }
  .view-bullet > .label {
    flex: 0 0 var(--edu-bullet-label-width, 30%);
    min-width: 0;
    overflow-wrap: anywhere;
    line-height: 1.3;
  }
  .view-bullet > .chart {
    flex: 1 1 5em;
    width: auto;
    min-width: 4em;
    min-height: 0;
    height: 1.5em;
  }
  /* A text column of one width down a list, so that the bars line up at both ends. */
  .view-bullet > .figure {
    flex: 0 0 15em;
    min-width: max-content;
    flex-direction: row;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: baseline;
    column-gap: 0.5em;
    font-size: 0.9em;
  }
  .view-bullet .value {
    font-weight: 700;
  }
  /* Narrow: the label and the words above the bar, which takes the whole width for its scale. */
  @container (max-width: 30em) {
    .view-bullet {
      column-gap: 0.5em;
    }
    .view-bullet > .label {
      flex: 1 1 auto;
    }
    .view-bullet > .figure {
      order: 1;
      flex: 0 1 auto;
      min-width: 0;
      /* At the right end, on the label's line or (large text) its own. */
      margin-inline-start: auto;
      column-gap: 0.35em;
      font-size: 0.85em;
    }
    .view-bullet > .chart {
      order: 2;
      flex-basis: 100%;
    }
  }
`;
