import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import type { EduData } from '../../src/elements/edu-data/edu-data.js';
import type { EduGauge } from '../../src/elements/edu-gauge/edu-gauge.js';
import { forgetDataset } from '../../src/data/index.js';
import { BUNDLED, NATIONAL, THEMES, rendered, failOnConsoleMessages } from './helpers.js';

/** Counts the page's fetches of URLs containing a marker, from now on. */
function countFetches(marker: string): { readonly count: number; stop(): void } {
  const original = globalThis.fetch;
  const counter = { count: 0, stop: () => (globalThis.fetch = original) };
  globalThis.fetch = (input, init) => {
    if (String(input instanceof Request ? input.url : input).includes(marker)) counter.count++;
    return original(input, init);
  };
  return counter;
}

describe('<edu-data>', () => {
  failOnConsoleMessages();

  it('loads once and shares the dataset with every chart inside it', async () => {
    const src = `${BUNDLED}?shared=1`;
    const fetches = countFetches('shared=1');
    const data = await fixture<EduData>(html`<edu-data src=${src}>
      <edu-gauge region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>
      <div><edu-gauge region="东丽区" indicator="new_preschool_places"></edu-gauge></div>
      <edu-trend region="东丽区" indicator="teacher_rotation_rate"></edu-trend>
    </edu-data>`);
    const charts = [...data.querySelectorAll<EduGauge>('edu-gauge, edu-trend')];
    await Promise.all(charts.map((c) => rendered(c)));
    expect(data.status).to.equal('ready');
    expect(data.dataset!.regions).to.have.length(4);
    expect(data.problems).to.deep.equal([]);
    fetches.stop();
    expect(fetches.count).to.equal(1);
  });

  it('fires edu-ready with the dataset, and edu-error with the problems', async () => {
    const data = document.createElement('edu-data');
    const ready = oneEvent(data, 'edu-ready');
    data.src = `${BUNDLED}?events=1`;
    document.body.append(data);
    expect((await ready).detail.dataset.size).to.be.greaterThan(100);
    const error = oneEvent(data, 'edu-error');
    data.src = '/data/missing.csv';
    expect((await error).detail.problems[0].code).to.equal('http-error');
    expect(data.status).to.equal('error');
    data.remove();
  });

  it('re-renders its charts when the dataset changes', async () => {
    const data = await fixture<EduData>(html`<edu-data src=${`${BUNDLED}?live=1`}>
      <edu-gauge region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>
    </edu-data>`);
    const gauge = await rendered(data.querySelector('edu-gauge')!);
    expect(gauge.model!.summary).to.contain('88.4%');
    data.src = '/test/fixtures/gbk.csv';
    await waitUntil(() => gauge.model?.table.rows[0]![4]!.includes('天津市东丽区2023年教育工作总结 三、第2段'));
    expect(gauge.model!.summary).to.contain('88.4%');
  });

  it('shares a dataset set as a property, which wins over src, with the theme table from themes-src', async () => {
    const data = await fixture<EduData>(html`<edu-data src=${`${BUNDLED}?given=1`} themes-src=${THEMES}>
      <edu-radar region="东丽区" year="2022" measure="indicator:plan_items"></edu-radar>
      <edu-gauge region="全国" indicator="学前三年毛入园率"></edu-gauge>
    </edu-data>`);
    const radar = await rendered(data.querySelector('edu-radar')!);
    expect(radar.model!.table.rows[0]![2]).to.equal('党的建设');
    data.dataset = NATIONAL;
    const gauge = await rendered(data.querySelector('edu-gauge')!);
    expect(gauge.model!.summary).to.contain('91.1%');
    expect(data.status).to.equal('ready');
    expect(data.dataset).to.equal(NATIONAL);
  });

  it('never lets a slow old response overwrite a newer one', async () => {
    const slow = `${BUNDLED}?delay=800`;
    forgetDataset(slow);
    const data = await fixture<EduData>(html`<edu-data src=${slow}>
      <edu-gauge region="东丽区" indicator="学前教育普惠率"></edu-gauge>
    </edu-data>`);
    expect(data.status).to.equal('loading');
    data.src = '/test/fixtures/gbk.csv?newer=1';
    await waitUntil(() => data.status === 'ready');
    const newer = data.dataset;
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(data.dataset).to.equal(newer);
    expect(data.dataset!.size).to.equal(2);
  });
});
