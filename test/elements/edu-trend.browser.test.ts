import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import type { EduTrend } from '../../src/elements/edu-trend/edu-trend.js';
import { BUNDLED, NATIONAL, part, rendered, tableText, failOnConsoleMessages } from './helpers.js';

type LineSeries = { name: string; data: (number | string)[]; lineStyle: { type: string } }[];
const series = (el: EduTrend) => (el.echarts!.getOption() as { series: LineSeries }).series;
type OneYearOption = { series: { data: number[]; label: { show: boolean; formatter: string } }[]; xAxis: { data: string[]; boundaryGap: boolean }[] };

describe('<edu-trend>', () => {
  failOnConsoleMessages();

  it('draws 东丽区\'s teacher rotation: baseline 10% (2021, dotted) and target 20% (2022, dashed)', async () => {
    const el = await fixture<EduTrend>(html`<edu-trend src=${BUNDLED} region="东丽区" indicator="teacher_rotation_rate"></edu-trend>`);
    await rendered(el);
    const lines = series(el).map((s) => [s.name, s.lineStyle.type, s.data]);
    expect(lines).to.deep.equal([
      ['目标', 'dashed', ['-', 20]],
      ['基线', 'dotted', [10, '-']],
    ]);
    expect(tableText(el).map((row) => row.slice(0, 4))).to.deep.equal([
      ['东丽区', '2021', '基线', '10'],
      ['东丽区', '2022', '目标', '20'],
    ]);
  });

  it('compares regions by name in a small national dataset, leaving missing years as gaps', async () => {
    const el = await fixture<EduTrend>(html`<edu-trend .dataset=${NATIONAL} region="全国,上海" indicator="学前三年毛入园率" lang="en"></edu-trend>`);
    await rendered(el);
    const byName = Object.fromEntries(series(el).map((s) => [s.name, s.data]));
    expect(byName['全国 · Actual']).to.deep.equal([85.2, 88.1, '-', 91.1, '-', '-']);
    expect(byName['全国 · Target']).to.deep.equal(['-', '-', '-', '-', '-', 90]);
    expect(byName['上海 · Actual']).to.deep.equal(['-', 99, '-', '-', '-', '-']);
    const legend = [...part(el, 'legend')!.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(legend).to.deep.equal(['全国 · Target', '全国 · Actual', '上海 · Actual']);
    expect(part(el, 'caption')!.textContent).to.contain('学前三年毛入园率 in 全国, 上海, 2020–2025');
  });

  it('shows and hides a line from its HTML legend, and the keyboard skips a hidden line', async () => {
    const el = await fixture<EduTrend>(html`<edu-trend .dataset=${NATIONAL} region="全国,上海" indicator="学前三年毛入园率" lang="en"></edu-trend>`);
    await rendered(el);
    const legend = part(el, 'legend')!;
    expect(legend.getAttribute('aria-label')).to.equal('Legend (press to show or hide)');
    const shanghai = [...legend.querySelectorAll('button')].find((b) => b.textContent!.includes('上海'))!;
    expect(shanghai.getAttribute('aria-pressed')).to.equal('true');
    shanghai.click();
    await el.updateComplete;
    expect(shanghai.getAttribute('aria-pressed')).to.equal('false');
    const byName = () => Object.fromEntries(series(el).map((s) => [s.name, s.data]));
    expect(byName()['上海 · Actual']).to.deep.equal([]);
    expect(byName()['全国 · Actual']).to.deep.equal([85.2, 88.1, '-', 91.1, '-', '-']);
    // End goes to the last point the reader can see: 全国's 2023 actual, not 上海's hidden one.
    const chart = part(el, 'chart')!;
    chart.focus();
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.contain('全国 Actual').and.contain('2023');
    // The focused point's tooltip, as text; Escape closes it.
    expect(part(el, 'tooltip')!.textContent).to.equal('2023 · 全国\nActual: 91.1%\nSource: 统计公报 一: “毛入园率91.1%”');
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    expect(part(el, 'tooltip')).to.equal(null);
    shanghai.click();
    await el.updateComplete;
    expect(byName()['上海 · Actual']).to.deep.equal(['-', 99, '-', '-', '-', '-']);
  });

  it('says a single point is one year of data, and shows it in the middle with its value', async () => {
    const el = await fixture<EduTrend>(html`<edu-trend .dataset=${NATIONAL} region="上海" indicator="学前三年毛入园率"></edu-trend>`);
    await rendered(el);
    expect(el.model!.summary).to.equal('上海学前三年毛入园率 2021 年，仅一年数据：实际 99%');
    expect(part(el, 'caption')!.textContent!.trim()).to.equal(el.model!.summary);
    const option = el.echarts!.getOption() as unknown as OneYearOption;
    expect(option.series.map((s) => [s.data, s.label.show, s.label.formatter])).to.deep.equal([[[99], true, '99%']]);
    expect(option.xAxis[0]!.boundaryGap).to.equal(true);
    expect(option.xAxis[0]!.data).to.deep.equal(['2021']);
    el.lang = 'en';
    await el.updateComplete;
    expect(part(el, 'caption')!.textContent!.trim()).to.equal('学前三年毛入园率 in 上海 in 2021: one year of data, actual 99%');
  });

  it('re-renders on a region change, keeping its ECharts instance', async () => {
    const el = await fixture<EduTrend>(html`<edu-trend .dataset=${NATIONAL} region="全国" indicator="学前三年毛入园率"></edu-trend>`);
    await rendered(el);
    const instance = el.echarts;
    el.region = '上海';
    await el.updateComplete;
    expect(el.echarts).to.equal(instance);
    expect(series(el).map((s) => s.name)).to.deep.equal(['实际']);
  });

  it('follows the page language when it has none of its own', async () => {
    document.documentElement.lang = 'en';
    try {
      const el = await fixture<EduTrend>(html`<edu-trend .dataset=${NATIONAL} region="全国" indicator="学前三年毛入园率"></edu-trend>`);
      await rendered(el);
      expect(part(el, 'toggle')!.textContent!.trim()).to.equal('Show data table');
      document.documentElement.lang = 'zh-CN';
      await waitUntil(() => part(el, 'toggle')!.textContent!.trim() === '显示数据表');
    } finally {
      document.documentElement.lang = 'zh-CN';
    }
  });

  it('takes the nearest ancestor\'s lang, and its own over it', async () => {
    const box = await fixture<HTMLDivElement>(html`<div lang="en"><section><edu-trend .dataset=${NATIONAL} region="全国" indicator="学前三年毛入园率"></edu-trend></section></div>`);
    const el = await rendered(box.querySelector('edu-trend')!);
    expect(el.hasAttribute('lang')).to.equal(false);
    expect(part(el, 'toggle')!.textContent!.trim()).to.equal('Show data table');
    el.lang = 'zh-CN';
    await el.updateComplete;
    expect(part(el, 'toggle')!.textContent!.trim()).to.equal('显示数据表');
  });

  it('asks for an indicator when none is set', async () => {
    const el = await fixture<EduTrend>(html`<edu-trend .dataset=${NATIONAL}></edu-trend>`);
    await el.updateComplete;
    expect(el.status).to.equal('empty');
    expect(part(el, 'status')!.textContent).to.contain('请设置 indicator 属性');
  });
});
