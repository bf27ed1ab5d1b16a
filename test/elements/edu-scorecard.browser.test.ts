import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { OUTCOMES, parseDataset, targetOutcomes, type Outcome } from '../../src/data/index.js';
import type { EduScorecard } from '../../src/elements/edu-scorecard/edu-scorecard.js';
import type { SelectDetail } from '../../src/elements/shared/edu-chart-element.js';
import { stillMarks } from '../engine.js';
import { pagePointOf } from '../hardening/pointer.js';
import { BUNDLED, THEMES, failOnConsoleMessages, inlineDataset, part, rendered, tableText } from './helpers.js';

/**
 * Known outcomes. A's 2022 plan: 普惠率 met, 新增学位 near, 新建幼儿园 not met,
 * 轮岗比例 and 骨干比例 not reported (a related figure for the first),
 * 安全事故 met (lower is better). B's 2021 plan has no report at all.
 */
const DATA = inlineDataset(`region,year,theme,indicator_id,indicator,unit,kind,value,value_max,direction,source,source_item,excerpt
A,2022,学前教育,inclusive_rate,普惠率,%,target,80,,,A 要点,第1条,普惠率达80%
A,2023,学前教育,inclusive_rate,普惠率,%,actual,88.4,,,A 总结,一,普惠率88.4%
A,2022,学前教育,new_places,新增学位,个,target,1350,,,A 要点,第2条,新增学位1350个
A,2023,学前教育,new_places,新增学位,个,actual,1250,,,A 总结,一,新增学位1250个
A,2022,学前教育,new_kindergartens,新建幼儿园,所,target,4,,,A 要点,第3条,新建4所
A,2023,学前教育,new_kindergartens,新建幼儿园,所,actual,3,,,A 总结,一,建成3所
A,2022,教师队伍,rotation_rate,轮岗比例,%,target,20,,,A 要点,第5条,提高到20%
A,2023,教师队伍,rotation_count,轮岗教师,名,actual,417,,,A 总结,四,交流轮岗教师417名
A,2022,教师队伍,backbone_share,骨干比例,%,target,50,,,A 要点,第5条,骨干比例50%
A,2022,安全,incidents,安全事故,起,target,0,,lower,A 要点,第9条,零事故
A,2023,安全,incidents,安全事故,起,actual,0,,lower,A 总结,五,零事故
B,2021,教师队伍,dormitories,周转宿舍,套,target,68,,,B 要点,第6条,建设68套`);

const HEADLINE = 'A 2022 年工作要点共 6 项量化目标：已达成 2 项，接近目标 1 项，未达成 1 项，2 项在年终总结中未见报告';

type BarOption = { yAxis: { data: string[] }[]; series: { name: string; data: { value: number }[]; itemStyle: { color: string; decal?: object } }[] };
const option = (el: EduScorecard) => el.echarts!.getOption() as unknown as BarOption;
const bars = (el: EduScorecard) => option(el).yAxis[0]!.data;
/** Each series' counts, bar by bar. */
const counts = (el: EduScorecard) => option(el).series.map((s) => s.data.map((d) => d.value));
const caption = (el: EduScorecard) => part(el, 'caption')!.textContent!.trim();

describe('<edu-scorecard>', () => {
  failOnConsoleMessages();

  it('shows what became of each target: a bar per theme, segments by status, and a headline with every count', async () => {
    const el = await fixture<EduScorecard>(html`<edu-scorecard .dataset=${DATA} region="A" year="2022"></edu-scorecard>`);
    await rendered(el);
    expect(el.status).to.equal('ready');
    expect(caption(el)).to.equal(HEADLINE);
    expect(el.model!.summary).to.equal(HEADLINE);
    expect(part(el, 'chart')!.getAttribute('aria-label')).to.equal(HEADLINE);
    expect(bars(el)).to.deep.equal(['学前教育（3 项）', '教师队伍（2 项）', '安全（1 项）']);
    // met, near, not met, in progress, not reported
    expect(counts(el)).to.deep.equal([
      [1, 0, 1],
      [1, 0, 0],
      [1, 0, 0],
      [0, 0, 0],
      [0, 2, 0],
    ]);
    const legend = [...part(el, 'legend')!.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(legend).to.deep.equal(['已达成', '接近目标', '未达成', '未见报告']);
  });

  it('lists every target in its table: target with range and direction, outcome and year, status in words, both sources', async () => {
    const el = await fixture<EduScorecard>(html`<edu-scorecard .dataset=${DATA} region="A" year="2022"></edu-scorecard>`);
    await rendered(el);
    const rows = tableText(el);
    expect(rows.map((r) => [r[0], r[5]])).to.deep.equal([
      ['普惠率', '已达成'],
      ['新增学位', '接近目标'],
      ['新建幼儿园', '未达成'],
      ['轮岗比例', '未见报告'],
      ['骨干比例', '未见报告'],
      ['安全事故', '已达成'],
    ]);
    expect(rows[0]).to.deep.equal(['普惠率', '学前教育', '2022', '≥ 80%', '88.4%（2023 年）', '已达成', 'A 要点 第1条：“普惠率达80%”', 'A 总结 一：“普惠率88.4%”']);
    expect(rows[3]![4]).to.equal('相关数据：轮岗教师 417名（2023 年）');
    expect(rows[5]![3]).to.equal('≤ 0起（越低越好）');
    // The toggle shows it.
    part(el, 'toggle')!.click();
    await el.updateComplete;
    expect(part(el, 'table')!.parentElement!.getBoundingClientRect().width).to.be.greaterThan(100);
  });

  it('moves between segments with the arrow keys; Enter selects one with its targets\' and actuals\' rows', async () => {
    const el = await fixture<EduScorecard>(html`<edu-scorecard .dataset=${DATA} region="A" year="2022"></edu-scorecard>`);
    await rendered(el);
    part(el, 'chart')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.equal('学前教育，已达成：1 项');
    expect(part(el, 'tooltip')!.textContent).to.equal('学前教育\n已达成：1 项\n普惠率：目标 ≥ 80%，88.4%（2023 年）');
    // on to 教师队伍's not reported segment: 学前教育 near, not met, then it
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
    const selected = oneEvent(el, 'edu-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await selected) as CustomEvent<SelectDetail>;
    expect(detail.label).to.equal('教师队伍，未见报告：2 项');
    expect(detail.rows.map((r) => [r.indicatorKey, r.kind, r.sourceItem])).to.deep.equal([
      ['rotation_rate', 'target', '第5条'],
      ['backbone_share', 'target', '第5条'],
      ['rotation_count', 'actual', '四'],
    ]);
    expect(detail.targets!.map((o) => [o.target.indicatorKey, o.outcome, o.related.length])).to.deep.equal([
      ['rotation_rate', 'not-reported', 1],
      ['backbone_share', 'not-reported', 0],
    ]);
    await el.updateComplete;
    expect(caption(el)).to.contain('来源：A 要点 第5条：“提高到20%”');
  });

  it('selects the segment clicked, with its rows', async () => {
    const el = await fixture<EduScorecard>(html`<div style="width: 600px"><edu-scorecard .dataset=${DATA} region="A" year="2022"></edu-scorecard></div>`).then(
      (box) => box.querySelector('edu-scorecard')!,
    );
    await rendered(el);
    // The bars grow in: aim where a segment ends up, not where it is on the way.
    await stillMarks(el);
    // 学前教育's not-met segment: series 2 (not met), bar 0
    const at = pagePointOf(el.echarts!, { seriesIndex: OUTCOMES.indexOf('not-met'), dataIndex: 0 });
    const selected = oneEvent(el, 'edu-select');
    await sendMouse({ type: 'click', position: [at.x, at.y] });
    const { detail } = (await selected) as CustomEvent<SelectDetail>;
    expect(detail.label).to.equal('学前教育，未达成：1 项');
    expect(detail.rows.map((r) => [r.indicatorKey, r.kind, r.value])).to.deep.equal([
      ['new_kindergartens', 'target', 4],
      ['new_kindergartens', 'actual', 3],
    ]);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('limits itself to one theme with theme-filter, one bar per region, and says which theme it does not know', async () => {
    const el = await fixture<EduScorecard>(html`<edu-scorecard .dataset=${DATA} region="A,B" year="2022" theme-filter="教师队伍"></edu-scorecard>`);
    await rendered(el);
    expect(el.themeFilter).to.equal('教师队伍');
    expect(bars(el)).to.deep.equal(['A（2 项）']);
    expect(caption(el)).to.equal('A 2022 年工作要点在教师队伍方面共 2 项量化目标，均未见完成情况报告。B 2022 年没有教师队伍方面的量化目标');
    el.themeFilter = '体育';
    await el.updateComplete;
    expect(el.status).to.equal('empty');
    expect(part(el, 'status')!.textContent!.trim()).to.equal('数据中没有主题“体育”');
    el.removeAttribute('theme-filter');
    el.themeFilter = '';
    el.year = undefined;
    await el.updateComplete;
    expect(el.status).to.equal('ready');
    expect(el.model!.summary).to.equal(`${HEADLINE}。B 2021 年工作要点共 1 项量化目标，未见完成情况报告`);
  });

  it('speaks English with lang="en"', async () => {
    const el = await fixture<EduScorecard>(html`<edu-scorecard .dataset=${DATA} region="A" year="2022" lang="en"></edu-scorecard>`);
    await rendered(el);
    expect(caption(el)).to.equal("A's 2022 work plan set 6 quantified targets: 2 met, 1 near target, 1 not met, 2 not reported in the year-end summary");
    expect(bars(el)[0]).to.equal('学前教育 (3\u00a0targets)');
    expect(tableText(el)[3]!.slice(4, 6)).to.deep.equal(['Related figure: 轮岗教师 417 名 (2023)', 'Not reported']);
    expect(part(el, 'toggle')!.textContent!.trim()).to.equal('Show data table');
  });

  it('says in words when a region has no targets, or is not in the data', async () => {
    const el = await fixture<EduScorecard>(html`<edu-scorecard .dataset=${DATA} region="B" year="2023"></edu-scorecard>`);
    // (loading until its builders, which come with the bar chart, have loaded)
    await waitUntil(() => el.status !== 'loading', 'still loading');
    expect(el.status).to.equal('empty');
    expect(part(el, 'status')!.textContent!.trim()).to.equal('B 2023 年没有量化目标');
    el.region = '东丽区';
    await el.updateComplete;
    expect(part(el, 'status')!.textContent!.trim()).to.equal('数据中没有地区“东丽区”');
  });

  it('draws each status in its own pattern with decals, and shows the pattern in the legend', async () => {
    const el = await fixture<EduScorecard>(html`<edu-scorecard .dataset=${DATA} region="A" year="2022" decals></edu-scorecard>`);
    await rendered(el);
    const decals = option(el).series.map((s) => JSON.stringify(s.itemStyle.decal));
    expect(decals.every((d) => d !== undefined)).to.equal(true);
    expect(new Set(decals).size).to.equal(OUTCOMES.length);
    const patterns = [...part(el, 'legend')!.querySelectorAll('pattern')].map((p) => p.innerHTML.replace(/<!--[^>]*-->/g, ''));
    expect(patterns).to.have.length(4);
    expect(new Set(patterns).size).to.equal(4);
  });

  it('takes the status colours from CSS custom properties, in progress and not reported included', async () => {
    const el = await fixture<EduScorecard>(
      html`<edu-scorecard style="--edu-color-in-progress: #112233; --edu-color-not-reported: #445566" .dataset=${DATA} region="A"></edu-scorecard>`,
    );
    await rendered(el);
    const colours = option(el).series.map((s) => s.itemStyle.color);
    expect(colours[OUTCOMES.indexOf('in-progress')]).to.equal('#112233');
    expect(colours[OUTCOMES.indexOf('not-reported')]).to.equal('#445566');
  });

  it('grows with its bars, so that they do not squash on a phone', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 360px"><edu-scorecard src=${BUNDLED} themes-src=${THEMES}></edu-scorecard></div>`);
    const el = await rendered(box.querySelector('edu-scorecard')!);
    await waitUntil(() => !bars(el)[0]!.startsWith('moral'), 'theme names from the table');
    const chart = part(el, 'chart')!;
    const perBar = chart.getBoundingClientRect().height / bars(el).length;
    expect(perBar).to.be.greaterThan(40);
    expect(el.echarts!.getHeight()).to.equal(Math.round(chart.getBoundingClientRect().height));
  });
});

describe('<edu-scorecard> on the bundled data', () => {
  failOnConsoleMessages();

  it('shows 东丽区\'s latest plan with the counts targetOutcomes gives on the same file, each in the headline', async () => {
    const parsed = parseDataset(await (await fetch(BUNDLED)).text());
    if (!parsed.ok) throw new Error('the bundled data does not parse');
    const outcomes = targetOutcomes(parsed.dataset, { region: '东丽区' });
    const expected = Object.fromEntries(OUTCOMES.map((o) => [o, outcomes.filter((x) => x.outcome === o).length])) as Record<Outcome, number>;

    const el = await fixture<EduScorecard>(html`<edu-scorecard src=${BUNDLED} themes-src=${THEMES} region="东丽区"></edu-scorecard>`);
    await rendered(el);
    const text = caption(el);
    // Every number the headline states, in order: the year, the total, then each count that occurs.
    const year = outcomes[0]!.target.year;
    const stated = [year, outcomes.length, ...OUTCOMES.map((o) => expected[o]).filter((n) => n > 0)];
    expect(text.match(/\d+/g)!.map(Number)).to.deep.equal(stated);
    expect(text).to.contain(`东丽区 ${year} 年工作要点共 ${outcomes.length} 项量化目标`);
    const words: Record<Outcome, (n: number) => string> = {
      met: (n) => `已达成 ${n} 项`,
      near: (n) => `接近目标 ${n} 项`,
      'not-met': (n) => `未达成 ${n} 项`,
      'in-progress': (n) => `${n} 项仍在进行中`,
      'not-reported': (n) => `${n} 项在年终总结中未见报告`,
    };
    for (const o of OUTCOMES) if (expected[o] > 0) expect(text, o).to.contain(words[o](expected[o]));
    // The chart counts the same: each status's segments add up to its count.
    const drawn = counts(el).map((bar) => bar.reduce((a, b) => a + b, 0));
    expect(drawn).to.deep.equal(OUTCOMES.map((o) => expected[o]));
    expect(tableText(el)).to.have.length(outcomes.length);
  });

  it('reports 东丽区\'s 2022 plan as the documents do: 22 targets, 5 met, 2 not met, 15 not reported in the summary', async () => {
    const el = await fixture<EduScorecard>(html`<edu-scorecard src=${BUNDLED} themes-src=${THEMES} region="东丽区"></edu-scorecard>`);
    await rendered(el);
    expect(caption(el)).to.equal('东丽区 2022 年工作要点共 22 项量化目标：已达成 5 项，未达成 2 项，15 项在年终总结中未见报告');
    expect(el.model!.summary).to.equal(caption(el));
    const drawn = counts(el).map((bar) => bar.reduce((a, b) => a + b, 0));
    expect(drawn).to.deep.equal([5, 0, 2, 0, 15]);
    // The summary's related figures stand beside the targets it does not report on in their own terms.
    const rows = tableText(el);
    const rotation = rows.find((row) => row.some((cell) => cell.includes('教师交流轮岗比例')))!;
    expect(rotation.join(' ')).to.contain('417').and.contain('未见报告');
    el.lang = 'en';
    await el.updateComplete;
    expect(caption(el)).to.contain("Dongli District's 2022 work plan set 22 quantified targets: 5 met, 2 not met, 15 not reported");
  });
});
