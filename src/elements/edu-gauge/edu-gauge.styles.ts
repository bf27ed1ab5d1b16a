import { css } from 'lit';
import { visuallyHidden } from '../shared/chart-styles.js';

/**
 * What every gauge needs up front: the dial's box, and a bullet's box before its view has
 * loaded. The figure's and the bullet's views come with their part (edu-gauge-views.styles.ts).
 */
export const gaugeStyles = css`
  .chart,
  .status {
    min-height: var(--edu-chart-height, 240px);
  }
  /* The views change shape with the width they are given, not the page's. */
  .plot {
    container-type: inline-size;
  }
  .view {
    flex: 1 1 auto;
    display: flex;
    flex-direction: column;
    min-width: 0;
    min-height: 0;
  }

  /* A bullet's own box while it loads, is empty or fails: one row, before its view's styles come. */
  :host([variant='bullet']) .status {
    min-height: 3em;
  }
  /* One row: the summary stays the accessible name and the table stays for screen readers, out of sight. */
  :host([variant='bullet']) .caption {
    ${visuallyHidden}
  }
  /* The table toggle's row; the error box's retry stays. */
  :host([variant='bullet']) .base > .controls {
    display: none;
  }
`;
