import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { EduGauge } from '../../src/elements/edu-gauge/edu-gauge.js';
import { hasPart } from '../../src/elements/shared/echarts.js';
import { failOnConsoleMessages, inlineDataset, rendered } from './helpers.js';

// Each test file runs on a page of its own: here no chart has asked for a part before.
const DATA = inlineDataset(`region,year,indicator,kind,value,unit
A,2022,普惠率,actual,76.1,%
A,2023,普惠率,actual,88.4,%
A,2023,达成率,target,80,%
A,2023,达成率,actual,88.4,%`);

describe('ECharts parts loaded on demand', () => {
  failOnConsoleMessages();

  it('draws a dial without the line chart, then the figure on a new instance once that has loaded', async () => {
    const el = await fixture<EduGauge>(html`<edu-gauge .dataset=${DATA} region="A" indicator="达成率"></edu-gauge>`);
    await rendered(el);
    expect(hasPart('line'), 'a dial loads no line chart').to.equal(false);
    const dial = el.echarts!;
    const ready = oneEvent(el, 'edu-ready');
    el.indicator = '普惠率';
    await ready;
    expect(hasPart('line')).to.equal(true);
    // ECharts takes a chart type's layout steps when an instance is made: the dial's would lay out no line.
    expect(dial.isDisposed()).to.equal(true);
    const chart = el.echarts!;
    expect(chart).not.to.equal(dial);
    type Series = { subType: string; getData(): { getLayout(key: string): ArrayLike<number> | undefined } };
    const line = (chart as unknown as { getModel(): { getSeriesByIndex(i: number): Series } }).getModel().getSeriesByIndex(0);
    expect(line.subType).to.equal('line');
    // Both years' points laid out (x, y each).
    expect(Array.from(line.getData().getLayout('points') ?? []).filter(Number.isFinite).length).to.equal(4);
  });
});
