import type { IndicatorRow } from '../data/schema.js';
import type { Locale } from '../i18n/locale.js';
import { FIGURE_TERMS } from '../i18n/figure-terms.js';
import { TERMS } from '../i18n/terms.js';
import { baseOption } from './base-option.js';
import { formatNumber, formatValue, valueText } from './format.js';
import { emptyOption, gaugeSummary, rowPoint } from './gauge-common.js';
import type { ChartFigure, ChartModel } from './model.js';
import { indicatorName, rowUnit } from './names.js';
import type { GaugeSlice } from './slices.js';
import { provenanceTable } from './table.js';
import type { ChartTokens } from './tokens.js';

/**
 * The change from the previous actual to the latest one of a history, in words:
 * up or down, by how much, and better or worse by the indicator's direction.
 * Undefined with fewer than two actuals.
 */
export function changeText(history: readonly IndicatorRow[], locale: Locale): string | undefined {
  // Not .at() (ES2022: Chrome 92, Safari 15.4): the bundle's ES2021 syntax runs in browsers without it.
  const [previous, current] = history.slice(-2);
  if (!current || !previous) return undefined;
  const t = FIGURE_TERMS[locale];
  const delta = current.value - previous.value;
  const amount = formatNumber(Math.abs(delta), locale);
  // As written: a difference that rounds to 0 at two decimals is no change a reader can see.
  if (formatNumber(0, locale) === amount) return t.unchanged(previous.year);
  const up = delta > 0;
  return t.changed({
    since: previous.year,
    // The change of a percentage is in percentage points, not per cent.
    amount: current.unit === '%' ? t.percentagePoints(amount) : formatValue(Math.abs(delta), rowUnit(current, locale), locale),
    up,
    better: up === (current.direction === 'higher'),
  });
}

/**
 * The actuals as a spark line: no axes, no grid, one dot a year (a larger one
 * for the latest), a gap for a year without a figure; scaled to the line's own
 * range, for it shows how the figure moved, not how large it is.
 */
function sparkOption(history: readonly IndicatorRow[], years: readonly number[], tokens: ChartTokens, locale: Locale) {
  const byYear = new Map(history.map((row) => [row.year, row]));
  const dot = Math.round(tokens.fontSize * 0.4);
  const latest = years[years.length - 1];
  return {
    ...baseOption(tokens),
    // Room for the dots at the ends and at the top and bottom of the range.
    grid: { left: dot, right: dot, top: dot, bottom: dot },
    xAxis: { type: 'category', data: years.map(String), show: false, boundaryGap: false },
    yAxis: { type: 'value', show: false, min: 'dataMin', max: 'dataMax' },
    series: [
      {
        type: 'line',
        name: TERMS[locale].kind.actual,
        data: years.map((year) => {
          const row = byYear.get(year);
          if (!row) return '-';
          return year === latest ? { value: row.value, symbolSize: dot * 1.6 } : row.value;
        }),
        connectNulls: false,
        showSymbol: true,
        symbol: 'circle',
        symbolSize: dot,
        clip: false,
        lineStyle: { color: tokens.actual, width: 2 },
        itemStyle: { color: tokens.actual },
        emphasis: { scale: 1.6 },
      },
    ],
  };
}

/**
 * The view of a slice buildGaugeModel draws no dial for. An actual without a
 * target, as itself: the value large with its year, the change since the
 * previous year (up or down, better or worse), a spark line of its actuals
 * when there are two years or more, and "no target set" in words. A target
 * without an actual: the target, and "no achievement reported". Neither is
 * drawn against a scale, for there is no target to make one honest.
 */
export function buildFigureModel(slice: GaugeSlice, tokens: ChartTokens, locale: Locale): ChartModel {
  const t = TERMS[locale];
  const { actual, target } = slice.pairing;
  if (!actual) {
    // gaugeSlice gives a year without an actual only with a target of its own.
    if (!target) throw new Error('buildFigureModel: a gauge slice without an actual has a target');
    const figure: ChartFigure = {
      label: indicatorName(slice.indicator, locale),
      value: t.targetLabel(valueText(target, locale)),
      year: t.year(target.year),
      status: 'no-actual',
      statusText: t.noActual,
    };
    return {
      option: emptyOption(tokens),
      summary: gaugeSummary(slice, locale),
      points: [rowPoint(target, 0, 0, locale)],
      table: provenanceTable(slice.rows, locale, false),
      legend: [],
      figure,
    };
  }

  const history = slice.history;
  const first = history[0]!.year;
  const years = Array.from({ length: slice.year - first + 1 }, (_, i) => first + i);
  const spark = history.length >= 2;
  const change = changeText(history, locale);
  const figure: ChartFigure = {
    label: indicatorName(slice.indicator, locale),
    value: valueText(actual, locale),
    year: t.year(actual.year),
    change,
    span: spark ? FIGURE_TERMS[locale].yearSpan(first, slice.year) : undefined,
    status: 'no-target',
    statusText: t.noTarget,
  };
  // The table lists every figure shown: this year's first, then the spark line's earlier ones, newest first.
  const earlier = history.slice(0, -1).reverse();
  return {
    option: spark ? sparkOption(history, years, tokens, locale) : emptyOption(tokens),
    summary: gaugeSummary(slice, locale, change),
    // Left to right along the spark line; without one, the figure itself.
    points: history.map((row) => rowPoint(row, 0, years.indexOf(row.year), locale)),
    table: provenanceTable([actual, ...earlier, ...slice.rows.filter((row) => row !== actual)], locale, false),
    legend: [],
    figure,
  };
}
