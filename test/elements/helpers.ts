import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { parseDataset, type Dataset } from '../../src/data/index.js';
import type { EduChartElement } from '../../src/elements/shared/edu-chart-element.js';

export const BUNDLED = '/data/indicators.csv';
export const THEMES = '/data/themes.csv';

export function inlineDataset(text: string): Dataset {
  const result = parseDataset(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.map((p) => p.message.en)));
  return result.dataset;
}

/** A small dataset of another shape: regions named, not coded; themes as free Chinese text; national figures. */
export const NATIONAL = inlineDataset(`地区,年份,主题,指标,单位,类型,数值,方向,来源,条目,摘录
全国,2020,学前教育,学前三年毛入园率,%,实际,85.2,,统计公报,一,毛入园率85.2%
全国,2021,学前教育,学前三年毛入园率,%,实际,88.1,,统计公报,一,毛入园率88.1%
全国,2023,学前教育,学前三年毛入园率,%,实际,91.1,,统计公报,一,毛入园率91.1%
全国,2025,学前教育,学前三年毛入园率,%,目标,90,,规划纲要,二,毛入园率达到90%
全国,2021,义务教育,九年义务教育巩固率,%,实际,95.4,,统计公报,二,巩固率95.4%
全国,2025,义务教育,九年义务教育巩固率,%,目标,96,,规划纲要,二,巩固率达到96%
全国,2021,教师队伍,专任教师,万人,实际,1844.37,,统计公报,三,专任教师1844.37万人
上海,2021,学前教育,学前三年毛入园率,%,实际,99,,统计公报,一,上海99%`);

/** Records console errors and warnings (Lit's dev-mode banner aside) until stopped. */
export function watchConsole(): () => string[] {
  const seen: string[] = [];
  const original = { error: console.error, warn: console.warn };
  console.error = (...args: unknown[]) => {
    seen.push(`error: ${args.join(' ')}`);
    original.error.apply(console, args);
  };
  console.warn = (...args: unknown[]) => {
    const text = args.join(' ');
    if (!text.includes('Lit is in dev mode')) seen.push(`warn: ${text}`);
    original.warn.apply(console, args);
  };
  return () => {
    Object.assign(console, original);
    return seen;
  };
}

/** Fails each test of the enclosing suite that logs a console error or warning. */
export function failOnConsoleMessages(): void {
  let stop: () => string[] = () => [];
  beforeEach(() => (stop = watchConsole()));
  afterEach(() => expect(stop()).to.deep.equal([]));
}

/** Resolves once the element has drawn (edu-ready), unless it already has. */
export async function rendered<T extends EduChartElement>(el: T): Promise<T> {
  if (!(el.status === 'ready' && el.echarts)) await oneEvent(el, 'edu-ready');
  return el;
}

export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

export function tableText(el: Element): string[][] {
  return [...el.shadowRoot!.querySelectorAll('[part~="table"] tbody tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()),
  );
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
