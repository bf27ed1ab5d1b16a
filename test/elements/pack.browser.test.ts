import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { EduGauge } from '../../src/elements/edu-gauge/edu-gauge.js';
import type { EduTrend } from '../../src/elements/edu-trend/edu-trend.js';
import type { EduRadar } from '../../src/elements/edu-radar/edu-radar.js';
import { waitUntil } from '../wait.js';

const PACK = '/test/fixtures/pack/manifest.json';

/** How many times the page fetched each file of the fixture packs. */
function fetchesOf(folder: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of performance.getEntriesByType('resource')) {
    const path = new URL(entry.name).pathname;
    if (path.startsWith(folder)) counts.set(path.slice(folder.length), (counts.get(path.slice(folder.length)) ?? 0) + 1);
  }
  return counts;
}

const settled = (el: { status: string }) => waitUntil(() => el.status !== 'loading', 'the chart settles', { timeout: 20000 });

describe('charts on a data pack', () => {
  beforeEach(() => performance.clearResourceTimings());

  it('fetch only the files they draw, each once for the page, in <edu-data> or on their own', async () => {
    const root = await fixture<HTMLElement>(html`<div style="width: 600px">
      <edu-data src=${PACK}>
        <edu-gauge region="120110" indicator="preschool_inclusive_rate"></edu-gauge>
        <edu-gauge region="东丽区" indicator="student_fitness_pass_rate"></edu-gauge>
        <edu-radar region="120110,350502" year="2022" measure="indicator:plan_items"></edu-radar>
      </edu-data>
      <edu-gauge src=${PACK} region="120110" indicator="preschool_inclusive_rate"></edu-gauge>
    </div>`);
    const charts = [...root.querySelectorAll<EduGauge | EduRadar>('edu-gauge, edu-radar')];
    for (const chart of charts) await settled(chart);
    expect(charts.map((c) => c.status)).to.deep.equal(['ready', 'ready', 'ready', 'ready']);
    expect(charts[0]!.model!.summary).to.contain('88.4%');
    expect(charts[2]!.model!.summary).to.contain('东丽区、鲤城区');
    expect(Object.fromEntries(fetchesOf('/test/fixtures/pack/'))).to.deep.equal({
      'manifest.json': 1,
      'regions/120110.csv': 1,
      'regions/350502.csv': 1,
    });
  });

  it("draws a trend of several regions from the indicator's one file", async () => {
    const trend = await fixture<EduTrend>(html`<edu-trend src=${PACK} region="120110,350502" indicator="plan_items"></edu-trend>`);
    await settled(trend);
    expect(trend.status).to.equal('ready');
    expect(trend.model!.legend.map((entry) => entry.label).join()).to.contain('东丽区').and.to.contain('鲤城区');
    const fetched = [...fetchesOf('/test/fixtures/pack/').keys()];
    expect(fetched.filter((path) => path.startsWith('regions/'))).to.deep.equal([]);
    expect(fetched.filter((path) => path !== 'manifest.json')).to.deep.equal(['indicators/plan_items.csv']);
  });

  it('a missing file is an alert on the charts that need it and on no other', async () => {
    const root = await fixture<HTMLElement>(html`<edu-data src="/test/fixtures/pack-gone/manifest.json">
      <edu-gauge region="120110" indicator="preschool_inclusive_rate"></edu-gauge>
      <edu-gauge region="350502"></edu-gauge>
    </edu-data>`);
    const [kept, lost] = [...root.querySelectorAll<EduGauge>('edu-gauge')];
    await settled(kept!);
    await settled(lost!);
    expect(kept!.status).to.equal('ready');
    expect(lost!.status).to.equal('error');
    const alert = lost!.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('HTTP 404');
    expect(alert.textContent).to.contain('regions/350502.csv');
    expect(kept!.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('says which region the pack lacks', async () => {
    const gauge = await fixture<EduGauge>(html`<edu-gauge src=${PACK} region="西青区"></edu-gauge>`);
    await settled(gauge);
    expect(gauge.status).to.equal('error');
    expect(gauge.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('数据包中没有地区“西青区”');
  });
});
