import type { EChartsCoreOption } from 'echarts/core';
import type { ChartPoint, LegendEntry } from './model.js';

/** Whether a legend entry stands for a point. */
function covers(entry: LegendEntry, point: Pick<ChartPoint, 'seriesIndex' | 'dataIndex'>): boolean {
  return entry.seriesIndex === point.seriesIndex && (entry.dataIndex === undefined || entry.dataIndex === point.dataIndex);
}

/** Whether the reader has hidden a point through the legend (hidden: indexes into legend). */
export function isHiddenPoint(point: ChartPoint, legend: readonly LegendEntry[], hidden: ReadonlySet<number>): boolean {
  return legend.some((entry, i) => hidden.has(i) && covers(entry, point));
}

type SeriesOption = { data?: unknown[] } & Record<string, unknown>;

/**
 * The option without the hidden entries' lines or shapes. Their data is
 * emptied rather than removed, so series and data indexes (which keyboard
 * points and clicks refer to) stay as they are; axes then scale to what is shown.
 */
export function withHiddenEntries(option: EChartsCoreOption, legend: readonly LegendEntry[], hidden: ReadonlySet<number>): EChartsCoreOption {
  if (hidden.size === 0) return option;
  const series = (option['series'] as SeriesOption[] | undefined)?.map((s) => ({ ...s, data: s.data ? [...s.data] : s.data }));
  if (!series) return option;
  legend.forEach((entry, i) => {
    const target = series[entry.seriesIndex];
    if (!hidden.has(i) || !target?.data) return;
    if (entry.dataIndex === undefined) target.data = [];
    else {
      const item = target.data[entry.dataIndex] as { value?: unknown[] } | undefined;
      // '-' for every value: ECharts leaves the shape out, as for a theme without a value.
      if (item?.value) target.data[entry.dataIndex] = { ...item, value: item.value.map(() => '-') };
    }
  });
  return { ...option, series };
}
