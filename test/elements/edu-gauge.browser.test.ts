import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { EduGauge } from '../../src/elements/edu-gauge/edu-gauge.js';
import type { SelectDetail } from '../../src/elements/shared/edu-chart-element.js';
import { computesAccessibility } from '../engine.js';
import { BUNDLED, NATIONAL, inlineDataset, nextFrame, part, rendered, tableText, failOnConsoleMessages } from './helpers.js';

type GaugeSeries = { type: string; name: string; data: { value: number }[]; progress: { itemStyle: { color: string } } }[];
const series = (el: EduGauge) => (el.echarts!.getOption() as { series: GaugeSeries }).series;
const text = (el: EduGauge, name: string) => part(el, name)?.textContent!.replace(/\s+/g, ' ').trim();

/** Region A's figures: with and without targets, each status, a range, lower-is-better. */
const STORIES = inlineDataset(`region,year,indicator,kind,value,value_max,unit,direction,source,source_item,excerpt
A,2022,普惠率,actual,76.1,,%,higher,2022年工作总结,一,普惠率76.1%
A,2023,普惠率,actual,88.4,,%,higher,2023年工作总结,三,普惠率88.4%
A,2024,轮岗比例,target,30,,%,higher,2024年工作要点,第21条,交流轮岗比例30%
A,2023,达成率,target,80,,%,higher,,,
A,2023,达成率,actual,88.4,,%,higher,2023年工作总结,二,达成率88.4%
A,2023,接近率,target,80,,%,higher,,,
A,2023,接近率,actual,75,,%,higher,,,
A,2023,新增学位,target,1350,,个,higher,,,
A,2023,新增学位,actual,990,,个,higher,,,
A,2023,特色校,target,1,2,所,higher,,,
A,2023,特色校,actual,2,,所,higher,,,
A,2023,近视率,target,50,,%,lower,,,
A,2023,近视率,actual,48,,%,lower,,,
A,2023,参加课后服务学生,actual,33000,,名,higher,2023年工作总结,四,参加课后服务学生33000名`);

const BULLETS: readonly [indicator: string, words: string][] = [
  ['达成率', '已达成'],
  ['接近率', '接近目标'],
  ['新增学位', '未达成'],
  ['特色校', '已达成'],
  ['近视率', '已达成'],
  ['参加课后服务学生', '未设目标'],
  ['轮岗比例', '未见报告'],
];

/**
 * Bullets in a box of the given width and font size, all drawn. The font is named: each
 * engine's default differs (WebKitGTK's is wider), and whether a label and its figure
 * share a line at 320px depends on it.
 */
async function bulletList(width: number, fontSize = '100%'): Promise<EduGauge[]> {
  const box = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px; font-size: ${fontSize}; font-family: 'Noto Sans CJK SC', sans-serif`}>
    ${BULLETS.map(([indicator]) => html`<edu-gauge variant="bullet" .dataset=${STORIES} region="A" indicator=${indicator}></edu-gauge>`)}
  </div>`);
  const els = [...box.querySelectorAll('edu-gauge')];
  // Charts draw only near the viewport.
  for (const el of els) {
    el.scrollIntoView({ block: 'center' });
    await rendered(el);
  }
  window.scrollTo(0, 0);
  return els;
}

/** What in the element's view lies outside its box, or overflows its own. */
function clipped(el: EduGauge): string[] {
  const box = el.getBoundingClientRect();
  const out: string[] = [];
  if (el.scrollWidth > el.clientWidth) out.push(`${el.localName} scrolls sideways`);
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('.view *')) {
    if (node.closest('.chart')) continue;
    const r = node.getBoundingClientRect();
    if (r.width === 0) continue;
    if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) out.push(node.className);
    // Text wider than its box: cut off, or spilling over its neighbours.
    if (node.scrollWidth > node.clientWidth + 1) out.push(`${node.className} overflows`);
  }
  return out;
}

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

  it('draws from a file as Excel saves it (GBK, title rows, 86.5%, a totals row), as the data layer reads it', async () => {
    const el = await fixture<EduGauge>(html`<edu-gauge src="/test/fixtures/excel-gbk.csv" region="120110" indicator="学前教育普惠率"></edu-gauge>`);
    await rendered(el);
    expect(el.status).to.equal('ready');
    expect(series(el)[0]!.data[0]!.value).to.equal(86.5);
    expect(series(el)[1]!.data[0]!.value).to.equal(80);
    expect(part(el, 'caption')!.textContent).to.contain('86.5%').and.contain('目标 80%');
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
    el.lang = 'en';
    await el.updateComplete;
    expect(part(el, 'status')!.textContent).to.contain('No data for “Inclusive preschool rate” in Dongli District in 2021');
    el.lang = '';
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

  it('is laid out once when it appears, not again for the size it was made at', async () => {
    const el = await fixture<EduGauge>(html`<edu-gauge src=${BUNDLED} region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>`);
    // Made in the frame its container is shown; the resize observer reports that size a frame later.
    const chart = (await rendered(el)).echarts!;
    const resize = chart.resize.bind(chart);
    let resizes = 0;
    chart.resize = (...args) => {
      resizes++;
      resize(...args);
    };
    for (let i = 0; i < 4; i++) await nextFrame();
    expect(resizes).to.equal(0);
    el.style.width = '400px';
    await waitUntil(() => chart.getWidth() === 400);
    expect(resizes).to.equal(1);
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

  (computesAccessibility ? it : it.skip)('is a figure named by its summary sentence', async () => {
    const el = await fixture<EduGauge>(html`<edu-gauge src=${BUNDLED} region="120110" indicator="学前教育普惠率"></edu-gauge>`);
    await rendered(el);
    // What the browser tells assistive technology (computedRole/computedName, enabled in the test browser).
    const computed = el as unknown as { computedRole: string; computedName: string };
    expect(computed.computedRole).to.equal('figure');
    expect(computed.computedName).to.equal('东丽区 2023 年学前教育普惠率 88.4%，目标 80%（2022 年，天津市东丽区2022年教育工作要点），已达成');
    el.lang = 'en';
    await el.updateComplete;
    expect(computed.computedName).to.equal('Dongli District 2023, Inclusive preschool rate: 88.4%, target 80% (2022, Dongli District (Tianjin) 2022 Education Work Plan), met');
  });

  describe('a figure without a target', () => {
    it('is the figure itself, not a gauge: value large, year, change up and better, a spark line and 未设目标', async () => {
      const el = await fixture<EduGauge>(html`<edu-gauge .dataset=${STORIES} region="A" indicator="普惠率"></edu-gauge>`);
      await rendered(el);
      expect(series(el).map((s) => s.type)).to.deep.equal(['line']);
      expect(series(el)[0]!.data).to.have.length(2);
      const figure = part(el, 'figure')!;
      expect(text(el, 'figure')).to.equal('88.4% 2023 年 比 2022 年上升 12.3 个百分点（改善） 未设目标');
      expect(el.shadowRoot!.querySelector('.years')!.textContent).to.equal('2022–2023 年');
      expect(el.model!.summary).to.equal('A 2023 年普惠率 88.4%，比 2022 年上升 12.3 个百分点（改善），未设目标');
      // The value is large HTML text, the spark line a small drawing beside it.
      const value = figure.querySelector('.value')!;
      expect(parseFloat(getComputedStyle(value).fontSize)).to.be.greaterThan(2 * parseFloat(getComputedStyle(part(el, 'caption')!).fontSize));
      const spark = part(el, 'chart')!.getBoundingClientRect();
      expect(spark.width).to.be.greaterThan(60);
      expect(spark.height).to.be.within(20, 120);
      el.lang = 'en';
      await el.updateComplete;
      expect(text(el, 'figure')).to.equal('88.4% 2023 up 12.3 percentage points since 2022 (better) No target set');
    });

    it('grows with the page font', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="font-size: 32px"><edu-gauge .dataset=${STORIES} region="A" indicator="普惠率"></edu-gauge></div>`);
      const el = await rendered(box.querySelector('edu-gauge')!);
      expect(parseFloat(getComputedStyle(part(el, 'figure')!.querySelector('.value')!).fontSize)).to.equal(80);
      expect(clipped(el)).to.deep.equal([]);
    });

    it('is no dial out of an invented 50,000: 33,000名 and 未设目标, one year, nothing drawn, still ready', async () => {
      const el = await fixture<EduGauge>(html`<edu-gauge .dataset=${STORIES} region="A" indicator="参加课后服务学生"></edu-gauge>`);
      await rendered(el);
      expect(series(el)).to.deep.equal([]);
      expect(text(el, 'figure')).to.equal('33,000名 2023 年 未设目标');
      // What the number counts stands above it: a tile in a list says what it is.
      expect(text(el, 'label')).to.equal('参加课后服务学生');
      expect(el.shadowRoot!.querySelector('.years')).to.equal(null);
      // The keyboard reaches the figure itself, and Enter gives its source.
      part(el, 'chart')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.equal('实际，2023 年：33,000名');
      const selected = oneEvent(el, 'edu-select');
      await sendKeys({ press: 'Enter' });
      const { detail } = (await selected) as CustomEvent<SelectDetail>;
      expect(detail.rows.map((r) => r.excerpt)).to.deep.equal(['参加课后服务学生33000名']);
    });

    it('shows a target without an actual as the target and 尚未报告完成情况, without an empty dial', async () => {
      const el = await fixture<EduGauge>(html`<edu-gauge .dataset=${STORIES} region="A" indicator="轮岗比例"></edu-gauge>`);
      await rendered(el);
      expect(series(el)).to.deep.equal([]);
      expect(text(el, 'figure')).to.equal('目标 30% 2024 年 尚未报告完成情况');
      expect(el.model!.summary).to.equal('A 2024 年轮岗比例，尚未报告完成情况，目标 30%');
      expect(tableText(el)).to.deep.equal([['2024', '目标', '30', '%', '2024年工作要点 第21条：“交流轮岗比例30%”']]);
    });

    it('moves along the spark line by keyboard, and selects a year with its source', async () => {
      const el = await fixture<EduGauge>(html`<edu-gauge .dataset=${STORIES} region="A" indicator="普惠率"></edu-gauge>`);
      await rendered(el);
      part(el, 'chart')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.equal('实际，2022 年：76.1%');
      await sendKeys({ press: 'ArrowRight' });
      const selected = oneEvent(el, 'edu-select');
      await sendKeys({ press: 'Enter' });
      const { detail } = (await selected) as CustomEvent<SelectDetail>;
      expect(detail.rows.map((r) => [r.year, r.value, r.source])).to.deep.equal([[2023, 88.4, '2023年工作总结']]);
      await el.updateComplete;
      expect(part(el, 'caption')!.textContent).to.contain('来源：2023年工作总结 三');
    });

    it('changes view on one ECharts instance: figure, dial, figure', async () => {
      // Started on the figure, the instance is made with the line chart it needs (an on-demand part)
      // and keeps it; a dial's, made before that part had loaded, gives way to a new one (echarts-parts.browser.test.ts).
      const el = await fixture<EduGauge>(html`<edu-gauge .dataset=${STORIES} region="A" indicator="普惠率"></edu-gauge>`);
      await rendered(el);
      const instance = el.echarts!;
      expect(series(el).map((s) => s.type)).to.deep.equal(['line']);
      el.indicator = '达成率';
      await el.updateComplete;
      expect(el.echarts).to.equal(instance);
      expect(series(el).map((s) => s.type)).to.deep.equal(['gauge', 'gauge']);
      expect(part(el, 'figure')).to.equal(null);
      el.indicator = '普惠率';
      await el.updateComplete;
      expect(el.echarts).to.equal(instance);
      expect(series(el).map((s) => s.type)).to.deep.equal(['line']);
    });
  });

  describe('variant="bullet"', () => {
    it('says each status in words beside the bar: met, near, not met, a range, lower-is-better, no target, not reported', async () => {
      const els = await bulletList(600);
      expect(els.map((el) => el.getAttribute('variant'))).to.deep.equal(BULLETS.map(() => 'bullet'));
      expect(els.map((el) => text(el, 'label'))).to.deep.equal(BULLETS.map(([indicator]) => indicator));
      expect(els.map((el) => el.shadowRoot!.querySelector('.verdict')!.textContent)).to.deep.equal(BULLETS.map(([, words]) => words));
      expect(els.map((el) => text(el, 'figure'))).to.deep.equal([
        '88.4% 目标 80% 已达成',
        '75% 目标 80% 接近目标',
        '990个 目标 1,350个 未达成',
        '2所 目标 1–2所 已达成',
        '48% 目标 50% 已达成',
        '33,000名 2023 年 未设目标',
        '目标 30% 2024 年 未见报告',
      ]);
      // The bar in its status colour, the marker at the target; no bar without a target.
      const [met, , , range, lower, noTarget, noActual] = els as [EduGauge, EduGauge, EduGauge, EduGauge, EduGauge, EduGauge, EduGauge];
      const named = (el: EduGauge, name: string) => series(el).find((s) => s.name === name) as unknown as { data: [number, number][]; lineStyle: { color: string } } | undefined;
      expect(named(met, '实际')!.lineStyle.color).to.equal('#13a35f');
      expect(named(lower, '目标')!.data[0]![0]).to.equal(50);
      expect(series(range).some((s) => (s as unknown as { lineStyle?: { color: string } }).lineStyle?.color === '#5b4b8a')).to.equal(true);
      expect(series(noTarget)).to.deep.equal([]);
      expect(named(noActual, '实际')).to.equal(undefined);
      expect(named(noActual, '目标')!.data[0]![0]).to.equal(30);
    });

    it('is one row of about 48px at 320px wide, with nothing cut or scrolling sideways', async () => {
      const els = await bulletList(320);
      for (const el of els) {
        expect(el.getBoundingClientRect().height, el.indicator).to.be.at.most(56);
        expect(clipped(el), el.indicator).to.deep.equal([]);
      }
      // The label goes above the bar when narrow; the bar keeps a usable width.
      const [first] = els;
      const label = part(first!, 'label')!.getBoundingClientRect();
      const bar = part(first!, 'chart')!.getBoundingClientRect();
      expect(label.bottom).to.be.at.most(bar.top + 1);
      expect(bar.width).to.be.greaterThan(80);
    });

    it('puts the label on the left of the bar when wide', async () => {
      const [el] = await bulletList(720);
      const label = part(el!, 'label')!.getBoundingClientRect();
      const bar = part(el!, 'chart')!.getBoundingClientRect();
      expect(label.right).to.be.at.most(bar.left);
      expect(el!.getBoundingClientRect().height).to.be.at.most(56);
    });

    it('grows taller at 200 % page font rather than cut anything, at 320px', async () => {
      const els = await bulletList(320, '200%');
      for (const el of els) expect(clipped(el), el.indicator).to.deep.equal([]);
    });

    it('keeps the summary as its name and the table for screen readers, out of sight', async () => {
      const [el] = await bulletList(600);
      const computed = el as unknown as { computedName: string };
      if (computesAccessibility) expect(computed.computedName).to.equal('A 2023 年达成率 88.4%，目标 80%，已达成');
      expect(part(el!, 'caption')!.getBoundingClientRect().height).to.be.at.most(1);
      // No toggle: the table is for screen readers only, so the row stays one row.
      expect(part(el!, 'toggle')!.getClientRects()).to.have.length(0);
      expect(tableText(el!)).to.deep.equal([
        ['2023', '实际', '88.4', '%', '2023年工作总结 二：“达成率88.4%”'],
        ['2023', '目标', '80', '%', ''],
      ]);
    });

    it('selects by keyboard, showing the source in the tooltip', async () => {
      const [el] = await bulletList(360);
      part(el!, 'chart')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el!.updateComplete;
      expect(el!.shadowRoot!.querySelector('[aria-live]')!.textContent).to.equal('实际，2023 年：88.4%');
      const selected = oneEvent(el!, 'edu-select');
      await sendKeys({ press: 'Enter' });
      const { detail } = (await selected) as CustomEvent<SelectDetail>;
      expect(detail.rows.map((r) => [r.kind, r.value, r.excerpt])).to.deep.equal([['actual', 88.4, '达成率88.4%']]);
      await el!.updateComplete;
      expect(part(el!, 'tooltip')!.textContent).to.contain('来源：2023年工作总结 二：“达成率88.4%”');
    });

    it('switches from dial to bullet and back with the attribute', async () => {
      const el = await fixture<EduGauge>(html`<edu-gauge .dataset=${STORIES} region="A" indicator="达成率"></edu-gauge>`);
      await rendered(el);
      expect(el.getAttribute('variant')).to.equal('dial');
      const tall = el.getBoundingClientRect().height;
      el.setAttribute('variant', 'bullet');
      await el.updateComplete;
      expect(series(el).map((s) => s.type)).to.include('line');
      expect(el.getBoundingClientRect().height).to.be.lessThan(tall / 3);
      el.variant = 'dial';
      await el.updateComplete;
      expect(series(el).map((s) => s.type)).to.deep.equal(['gauge', 'gauge']);
    });
  });
});
