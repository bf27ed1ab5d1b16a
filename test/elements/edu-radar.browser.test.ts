import { expect, fixture, html } from '@open-wc/testing';
import type { EduRadar } from '../../src/elements/edu-radar/edu-radar.js';
import { BUNDLED, NATIONAL, THEMES, part, rendered, tableText, failOnConsoleMessages } from './helpers.js';

type RadarOption = { radar: { indicator: { name: string; max: number }[] }[]; series: { data: { name: string; value: (number | string)[] }[] }[] };
const option = (el: EduRadar) => el.echarts!.getOption() as RadarOption;

describe('<edu-radar>', () => {
  failOnConsoleMessages();

  it('compares the plans\' emphasis (plan_items) by theme, axes named and ordered by the themes table', async () => {
    const el = await fixture<EduRadar>(
      html`<edu-radar src=${BUNDLED} themes-src=${THEMES} region="东丽区,鲤城区" year="2022" measure="indicator:plan_items"></edu-radar>`,
    );
    await rendered(el);
    const { radar, series } = option(el);
    // long names take two lines, so a phone shows them whole
    expect(radar[0]!.indicator.map((a) => a.name).slice(0, 3)).to.deep.equal(['党的建设', '德育与思政', '体育美育劳\n动与健康']);
    expect(new Set(radar[0]!.indicator.map((a) => a.max)).size).to.equal(1);
    expect(series[0]!.data.map((d) => [d.name, d.value[0]])).to.deep.equal([
      ['东丽区', 5],
      ['鲤城区', 4],
    ]);
    expect(tableText(el)[0]).to.deep.equal(['东丽区', '2022', '党的建设', '5', '项']);
  });

  it('shows attainment by theme in English', async () => {
    const el = await fixture<EduRadar>(html`<edu-radar src=${BUNDLED} themes-src=${THEMES} region="东丽区" lang="en"></edu-radar>`);
    await rendered(el);
    const names = option(el).radar[0]!.indicator.map((a) => a.name);
    expect(names).to.include('Preschool');
    expect(option(el).radar[0]!.indicator[0]!.max).to.equal(100);
    expect(el.model!.summary).to.contain('Target attainment by theme in Dongli District, 2023');
  });

  it('names a region asked for that it cannot compare, and why; with none comparable, says so instead of drawing', async () => {
    const el = await fixture<EduRadar>(html`<edu-radar src=${BUNDLED} themes-src=${THEMES} region="东丽区,台儿庄区" measure="attainment"></edu-radar>`);
    await rendered(el);
    const leftOut = '台儿庄区无法比较：没有同时具有目标和完成数据的指标';
    expect(el.model!.summary).to.equal(`东丽区 2023 年各主题目标达成度对比，共 4 个主题；${leftOut}`);
    expect(part(el, 'caption')!.textContent!.trim()).to.equal(el.model!.summary);
    expect(option(el).series[0]!.data.map((d) => d.name)).to.deep.equal(['东丽区']);
    el.lang = 'en';
    await el.updateComplete;
    expect(part(el, 'caption')!.textContent).to.contain("Tai'erzhuang District is not compared: no indicator has both a target and an achievement");
    el.lang = '';
    el.region = '台儿庄区';
    await el.updateComplete;
    expect(el.status).to.equal('empty');
    expect(part(el, 'status')!.textContent!.trim()).to.equal(leftOut);
  });

  it('uses free-text themes as axis names when there is no themes table', async () => {
    const el = await fixture<EduRadar>(html`<edu-radar .dataset=${NATIONAL} region="全国" measure="targets" year="2025"></edu-radar>`);
    await rendered(el);
    expect(option(el).radar[0]!.indicator.map((a) => a.name)).to.deep.equal(['学前教育', '义务教育']);
    expect(option(el).series[0]!.data[0]!.value).to.deep.equal([1, 1]);
  });

  it('re-renders when measure changes', async () => {
    const el = await fixture<EduRadar>(html`<edu-radar .dataset=${NATIONAL} region="全国" measure="targets" year="2025"></edu-radar>`);
    await rendered(el);
    el.measure = 'indicator:专任教师';
    el.year = 2021;
    await el.updateComplete;
    expect(option(el).radar[0]!.indicator.map((a) => a.name)).to.deep.equal(['教师队伍']);
  });
});
