import type { Locale } from '../i18n/locale.js';
import { buildDialModel, hasDial } from './dial.js';
import { buildFigureModel } from './figure.js';
import type { ChartModel } from './model.js';
import type { GaugeSlice } from './slices.js';
import type { ChartTokens } from './tokens.js';

/**
 * The gauge's view of a slice: a dial when there is an actual to hold against
 * a target; otherwise the figure itself (buildFigureModel), for a dial needs a
 * target: one drawn against a maximum of our own would show a shortfall that
 * no document states.
 */
export function buildGaugeModel(slice: GaugeSlice, tokens: ChartTokens, locale: Locale): ChartModel {
  return hasDial(slice) ? buildDialModel(slice, tokens, locale) : buildFigureModel(slice, tokens, locale);
}
