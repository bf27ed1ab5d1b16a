import type { EChartsCoreOption } from 'echarts/core';
import type { TargetOutcome } from '../data/pairing.js';
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
}
