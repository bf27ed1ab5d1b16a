import { css } from 'lit';

/** Out of sight, still read by screen readers: for a rule of an element's own (a view that hides its caption). */
export const visuallyHidden = css`
  position: absolute !important;
  width: 1px !important;
  height: 1px !important;
  padding: 0 !important;
  margin: -1px !important;
  overflow: hidden !important;
  clip: rect(0 0 0 0) !important;
  white-space: nowrap !important;
  border: 0 !important;
`;

export const chartStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    position: relative;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--edu-font-family, inherit);
    font-size: var(--edu-font-size, inherit);
    line-height: 1.5;
    min-width: 0;
    /*
     * Every button's least height and width: 44px, the touch target that
     * elderly-friendly (适老化) web specs and WCAG 2.5.5 ask for. A min-, not a
     * fixed size, so large text still grows the buttons; a compact layout may set less.
     */
    --_control-size: var(--edu-control-size, 44px);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-height: 0;
    gap: 0.25em;
  }
  .plot {
    position: relative;
    flex: 1 1 auto;
    display: flex;
    flex-direction: column;
    min-height: 0;
  }
  .plot[hidden] {
    display: none;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    width: max-content;
    padding: 0.35em 0.6em;
    border: 1px solid var(--_muted);
    border-radius: 4px;
    background: var(--_background);
    color: var(--_text);
    font-size: 0.85em;
    line-height: 1.45;
    white-space: pre-line;
    overflow-wrap: anywhere;
    pointer-events: none;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
  }
  .chart {
    flex: 1 1 auto;
    width: 100%;
    min-height: var(--edu-chart-height, 300px);
    border-radius: 4px;
    outline: none;
  }
  .chart:focus-visible {
    box-shadow: 0 0 0 3px var(--edu-focus-color, #1f6fb2);
  }
  /* A page's global canvas or svg rules must not shrink the chart. */
  .chart canvas,
  .chart svg {
    max-width: none !important;
  }
  .status {
    flex: 1 1 auto;
    min-height: var(--edu-chart-height, 300px);
    display: flex;
    flex-direction: column;
    justify-content: center;
    align-items: center;
    text-align: center;
    gap: 0.5em;
    padding: 1em;
  }
  .skeleton {
    width: 100%;
    flex: 1 1 auto;
    border-radius: 4px;
    background: linear-gradient(90deg, var(--_muted) 0%, var(--_background) 50%, var(--_muted) 100%);
    background-size: 200% 100%;
    opacity: 0.6;
    animation: shimmer 1.4s ease-in-out infinite;
  }
  @keyframes shimmer {
    from { background-position: 100% 0; }
    to { background-position: -100% 0; }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton { animation: none; }
  }
  progress {
    width: min(20em, 80%);
    accent-color: var(--_actual);
  }
  .error {
    border: 1px solid var(--_notMet);
    color: var(--_text);
    align-items: stretch;
    text-align: start;
  }
  .error strong {
    color: var(--_notMet);
  }
  .error ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  /* Only a long list scrolls: a few problems are read whole, even in large text on a phone. */
  .error ul:has(> li:nth-child(6)) {
    max-height: 12em;
    overflow: auto;
  }
  .caption {
    margin: 0;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  a {
    color: inherit;
    text-decoration: underline;
    overflow-wrap: anywhere;
  }
  .provenance {
    display: block;
    margin-top: 0.25em;
    color: var(--_text);
  }
  .controls {
    display: flex;
    justify-content: flex-end;
  }
  button {
    min-height: var(--_control-size);
    min-width: var(--_control-size);
    font: inherit;
    font-size: 0.85em;
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_muted);
    border-radius: 4px;
    padding: 0.2em 0.7em;
    cursor: pointer;
    margin: 0;
    line-height: 1.5;
  }
  button:focus-visible {
    outline: 3px solid var(--edu-focus-color, #1f6fb2);
    outline-offset: 1px;
  }
  table {
    display: table;
    border-collapse: collapse;
    width: 100%;
    font-size: 0.85em;
  }
  th,
  td {
    border-bottom: 1px solid var(--_muted);
    padding: 0.25em 0.5em;
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  .table-wrap {
    overflow-x: auto;
  }
  .table-wrap:focus-visible {
    outline: 3px solid var(--edu-focus-color, #1f6fb2);
    outline-offset: 1px;
  }
  /* Where the browser cannot draw the chart: the line saying so, and the table's caption in sight. */
  .browser-note {
    margin: 0;
  }
  caption {
    caption-side: top;
    text-align: start;
    padding-bottom: 0.25em;
    overflow-wrap: anywhere;
  }
  .visually-hidden {
    ${visuallyHidden}
  }
`;
