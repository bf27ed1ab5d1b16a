import type { EChartsCoreOption } from 'echarts/core';
import type { TargetOutcome } from '../data/outcomes.js';
import type { Status } from '../data/pairing.js';
import type { IndicatorRow } from '../data/schema.js';

/** A data point a reader can reach by keyboard or click. */
export interface ChartPoint {
  readonly seriesIndex: number;
  readonly dataIndex: number;
  /** Announced when the point gets keyboard focus. */
  readonly label: string;
  /** Shown beside the pointer or the focused point: plain text, one line a fact. */
  readonly tooltip: string;
  /** The rows behind the point, with their provenance (edu-select's detail). */
  readonly rows: readonly IndicatorRow[];
  /** A scorecard segment's targets, each with what became of it (edu-select's detail.targets). */
  readonly targets?: readonly TargetOutcome[];
}

/** The accessible table of every value the chart shows. All cells are plain text. */
export interface ChartTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** A fill pattern over a colour, for readers who cannot tell colours apart (the decals attribute). */
export type Pattern = 'dots' | 'diagonal' | 'checks' | 'stripes' | 'triangles';

/**
 * One entry of the chart's legend, which the element draws as HTML (text that
 * follows the page's font size, and a toggle a keyboard reaches).
 */
export interface LegendEntry {
  readonly label: string;
  readonly color: string;
  readonly line: 'solid' | 'dashed' | 'dotted';
  /** How the swatch shows the entry: a sample of its line (default), or a block of colour for bars. */
  readonly swatch?: 'line' | 'block';
  /** The block's pattern, when the chart draws its series with one. */
  readonly pattern?: Pattern;
  /** The series the entry stands for. */
  readonly seriesIndex: number;
  /** In a radar, one series holds every region's shape: the entry's item. */
  readonly dataIndex?: number;
}

/**
 * A figure written out as HTML text (it grows with the page's font), for views
 * that show a number rather than draw it against a scale, or beside a small
 * drawing: <edu-gauge>'s figure view (an actual without a target, or a target
 * without an actual) and its bullet rows. The element shows each field given,
 * so a builder leaves out what its view does not show. Plain text, from the
 * dataset: never markup.
 */
export interface ChartFigure {
  /** The indicator's name, where the view labels it (a bullet row). */
  readonly label?: string;
  /** The figure with its unit ("7所"), or the target when nothing is reported ("目标 30%"). */
  readonly value: string;
  /** The target beside an actual ("目标 80%"). */
  readonly target?: string;
  /** The figure's year ("2023 年"). */
  readonly year?: string;
  /** The change since the previous year's actual, with its direction and whether it is better or worse. */
  readonly change?: string;
  /** The years the spark line covers ("2021–2023 年"), when the option draws one. */
  readonly span?: string;
  readonly status: Status;
  /** The status in words: 已达成, 接近目标, 未达成, 未设目标, 未见报告… */
  readonly statusText: string;
}

/** Everything an element needs to show a view: built by a pure function, no DOM. */
export interface ChartModel {
  /** A complete ECharts option, for setOption(option, { notMerge: true }). */
  readonly option: EChartsCoreOption;
  /** One sentence that says what the chart shows: the figure's accessible name. */
  readonly summary: string;
  readonly points: readonly ChartPoint[];
  readonly table: ChartTable;
  /** Empty when the chart shows one series only. */
  readonly legend: readonly LegendEntry[];
  /**
   * The figure as text, for views that write it out rather than (only) draw
   * it; the option then draws what goes beside it (a spark line, a bullet
   * bar), or nothing.
   */
  readonly figure?: ChartFigure;
}
