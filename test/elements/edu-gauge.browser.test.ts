import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EduGauge } from '../../src/elements/edu-gauge/edu-gauge.js';
import type { SelectDetail } from '../../src/elements/shared/edu-chart-element.js';
import { BUNDLED, NATIONAL, inlineDataset, nextFrame, part, rendered, tableText, failOnConsoleMessages } from './helpers.js';

type GaugeSeries = { data: { value: number }[]; progress: { itemStyle: { color: string } } }[];
const series = (el: EduGauge) => (el.echarts!.getOption() as { series: GaugeSeries }).series;

describe('<edu-gauge>', () => {
  failOnConsoleMessages();

  it('shows 东丽区\'s 2023 普惠率 88.4% against its 2022 target of 80% from the bundled data', async () => {
    const el = await fixture<EduGauge>(html`<edu-gauge src=${BUNDLED} region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>`);
    await rendered(el);
    expect(el.status).to.equal('ready');
    expect(el.getAttribute('status')).to.equal('ready');
    expect(series(el)[0]!.data[0]!.value).to.equal(88.4);
    expect(series(el)[1]!.data[0]!.value).to.equal(80);
    const caption = part(el, 'caption')!.textContent!;
    expect(caption).to.contain('88.4%').and.contain('目标 80%').and.contain('天津市东丽区2022年教育工作要点').and.contain('已达成');
    expect(tableText(el)).to.deep.equal([
      ['2023', '实际', '88.4', '%', '天津市东丽区2023年教育工作总结 三、1：“普惠率达到88.4%”'],
      ['2022', '目标', '80', '%', '天津市东丽区2022年教育工作要点 第15条：“力争普惠率达80%”'],
    ]);
  });

  it('renders a small inline dataset of another shape, by names and free-text themes', async () => {
    const el = await fixture<EduGauge>(html`<edu-gauge .dataset=${NATIONAL} region="全国" indicator="学前三年毛入园率" lang="en"></edu-gauge>`);
    await rendered(el);
    expect(series(el)[0]!.data[0]!.value).to.equal(91.1);
    // The 2023 actual is held against the nearest later target, 2025's 90%.
    expect(el.model!.summary).to.equal('全国 2023, 学前三年毛入园率: 91.1%, target 90% (2025, 规划纲要), met');
  });

  it('updates the option on attribute changes without re-creating ECharts; a renderer change re-creates it', async () => {
    const el = await fixture<EduGauge>(html`<edu-gauge src=${BUNDLED} region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>`);
    await rendered(el);
    const instance = el.echarts!;
    el.indicator = 'new_preschool_places';
    await el.updateComplete;
    expect(el.echarts).to.equal(instance);
    expect(series(el)[0]!.data[0]!.value).to.equal(990);
    expect(series(el)[0]!.progress.itemStyle.color).to.equal('#a8341c');
    el.setAttribute('renderer', 'svg');
    await el.updateComplete;
    await waitUntil(() => el.echarts && el.echarts !== instance);
    expect(instance.isDisposed()).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part~="chart"] svg')).to.exist;
  });

  it('turns on decal patterns on a new instance, with the part that draws them loaded on demand', async () => {
    const el = await fixture<EduGauge>(html`<edu-gauge src=${BUNDLED} region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>`);
    await rendered(el);
    // ECharts' aria visual step puts a decal on each data item's style; it is there only when the part is loaded.
    type Internals = { getModel(): { getSeriesByIndex(i: number): { getData(): { getItemVisual(i: number, key: string): { decal?: unknown } } } } };
    const decal = () => (el.echarts as unknown as Internals).getModel().getSeriesByIndex(0).getData().getItemVisual(0, 'style').decal;
    const instance = el.echarts!;
    expect(decal()).to.equal(undefined);
    el.decals = true;
    await el.updateComplete;
    await waitUntil(() => el.echarts && el.echarts !== instance);
    expect(decal()).to.be.an('object');
  });

  it('says which filter matched nothing', async () => {
    const el = await fixture<EduGauge>(html`<edu-gauge src=${BUNDLED} region="东丽区" indicator="preschool_inclusive_rate" year="2021"></edu-gauge>`);
    await waitUntil(() => el.status === 'empty');
    expect(part(el, 'status')!.textContent).to.contain('东丽区 2021 年无“学前教育普惠率”数据');
    el.region = '海淀区';
    await el.updateComplete;
    expect(part(el, 'status')!.textContent).to.contain('数据中没有地区“海淀区”');
  });

  it('says when no achievement has been reported, and shows an actual alone without a target', async () => {
    const data = inlineDataset('region,year,indicator,kind,value,unit\nA,2022,rate,target,20,%\nA,2022,count,actual,7,所');
    const el = await fixture<EduGauge>(html`<edu-gauge .dataset=${data} region="A" indicator="rate"></edu-gauge>`);
    await rendered(el);
    expect(part(el, 'caption')!.textContent).to.contain('尚未报告完成情况');
    el.indicator = 'count';
    await el.updateComplete;
    expect(part(el, 'caption')!.textContent).to.contain('7所').and.contain('未设目标');
  });

  it('announces a load error with a retry button and fires edu-error', async () => {
    const el = document.createElement('edu-gauge');
    el.setAttribute('indicator', 'x');
    const error = oneEvent(el, 'edu-error');
    el.src = '/data/no-such-file.csv';
    document.body.append(el);
    const { detail } = await error;
    expect(detail.problems[0].code).to.equal('http-error');
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('HTTP 404');
    expect(part(el, 'retry')!.textContent).to.contain('重试');
    el.remove();
  });

  it('moves between points with the arrow keys, announces them, and Enter selects with provenance', async () => {
    const el = await fixture<EduGauge>(html`<edu-gauge src=${BUNDLED} region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>`);
    await rendered(el);
    part(el, 'chart')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.contain('实际，2023 年：88.4%');
    await sendKeys({ press: 'ArrowRight' });
    const selected = oneEvent(el, 'edu-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await selected) as CustomEvent<SelectDetail>;
    expect(detail.rows.map((r) => [r.kind, r.value, r.source, r.sourceItem, r.excerpt])).to.deep.equal([
      ['target', 80, '天津市东丽区2022年教育工作要点', '第15条', '力争普惠率达80%'],
    ]);
    await el.updateComplete;
    expect(part(el, 'caption')!.textContent).to.contain('来源：天津市东丽区2022年教育工作要点 第15条');
  });

  it('shows the data table with the toggle', async () => {
    const el = await fixture<EduGauge>(html`<edu-gauge src=${BUNDLED} region="东丽区" indicator="preschool_inclusive_rate" lang="en"></edu-gauge>`);
    await rendered(el);
    const toggle = part(el, 'toggle')!;
    const table = part(el, 'table')!;
    expect(toggle.textContent!.trim()).to.equal('Show data table');
    expect(table.parentElement!.getBoundingClientRect().width).to.be.lessThan(2);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(table.parentElement!.getBoundingClientRect().width).to.be.greaterThan(100);
  });

  it('waits for a size before drawing when created in a hidden tab, then draws when shown', async () => {
    const tab = await fixture<HTMLDivElement>(html`<div hidden><edu-gauge src=${BUNDLED} region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge></div>`);
    const el = tab.querySelector('edu-gauge')!;
    await waitUntil(() => el.status === 'ready');
    await nextFrame();
    expect(el.echarts).to.equal(undefined);
    tab.hidden = false;
    await rendered(el);
    expect(el.echarts!.getWidth()).to.be.greaterThan(100);
  });

  it('follows container resizes', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 300px"><edu-gauge src=${BUNDLED} region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge></div>`);
    const el = await rendered(box.querySelector('edu-gauge')!);
    expect(el.echarts!.getWidth()).to.equal(300);
    box.style.width = '500px';
    await waitUntil(() => el.echarts!.getWidth() === 500);
  });

  it('disposes ECharts on removal, and works again after a DOM move', async () => {
    const el = await fixture<EduGauge>(html`<edu-gauge src=${BUNDLED} region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>`);
    await rendered(el);
    const first = el.echarts!;
    const other = document.createElement('section');
    document.body.append(other);
    other.append(el);
    await rendered(el);
    expect(first.isDisposed()).to.equal(true);
    // isDisposed() is undefined, not false, on an instance never disposed.
    expect(Boolean(el.echarts!.isDisposed())).to.equal(false);
    const second = el.echarts!;
    el.remove();
    expect(second.isDisposed()).to.equal(true);
    expect(el.echarts).to.equal(undefined);
    other.remove();
  });

  it('leaves no live ECharts instance after 1,000 connect/disconnect cycles', async () => {
    const el = await fixture<EduGauge>(html`<edu-gauge src=${BUNDLED} region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>`);
    await rendered(el);
    const parent = el.parentElement!;
    const instances = [el.echarts!];
    for (let i = 0; i < 1000; i++) {
      el.remove();
      parent.append(el);
      // Every 100th cycle, let the chart really come back, so real instances are made and dropped.
      if (i % 100 === 0) instances.push((await rendered(el)).echarts!);
    }
    el.remove();
    expect(instances.length).to.equal(11);
    expect(instances.every((chart) => chart.isDisposed())).to.equal(true);
  });

  it('is a figure named by its summary sentence', async () => {
    const el = await fixture<EduGauge>(html`<edu-gauge src=${BUNDLED} region="120110" indicator="学前教育普惠率"></edu-gauge>`);
    await rendered(el);
    // What the browser tells assistive technology (computedRole/computedName, enabled in the test browser).
    const computed = el as unknown as { computedRole: string; computedName: string };
    expect(computed.computedRole).to.equal('figure');
    expect(computed.computedName).to.equal('东丽区 2023 年学前教育普惠率 88.4%，目标 80%（2022 年，天津市东丽区2022年教育工作要点），已达成');
    el.lang = 'en';
    await el.updateComplete;
    expect(computed.computedName).to.equal('东丽区 2023, 学前教育普惠率: 88.4%, target 80% (2022, 天津市东丽区2022年教育工作要点), met');
  });
});
