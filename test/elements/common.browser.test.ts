import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { emulateMedia } from '@web/test-runner-commands';
import type { EduGauge } from '../../src/elements/edu-gauge/edu-gauge.js';
import type { EduTrend } from '../../src/elements/edu-trend/edu-trend.js';
import { canEmulateMedia } from '../engine.js';
import { BUNDLED, failOnConsoleMessages, inlineDataset, nextFrame, part, rendered } from './helpers.js';

type GaugeOption = { animation: boolean; series: { progress: { itemStyle: { color: string } } }[] };
const gaugeOption = (el: EduGauge) => el.echarts!.getOption() as unknown as GaugeOption;

describe('every chart element', () => {
  failOnConsoleMessages();

  it('shows a skeleton while loading, as a busy status', async () => {
    const el = await fixture<EduGauge>(html`<edu-gauge src=${`${BUNDLED}?delay=600`} region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>`);
    expect(el.status).to.equal('loading');
    const status = part(el, 'status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.getAttribute('aria-busy')).to.equal('true');
    expect(status.querySelector('.skeleton')).to.exist;
    expect(status.textContent).to.contain('正在加载数据');
    await rendered(el);
  });

  it('announces a server error (HTTP 500) in role=alert, and recovers when src changes', async () => {
    const el = await fixture<EduGauge>(html`<edu-gauge src=${`${BUNDLED}?status=500`} region="东丽区" indicator="preschool_inclusive_rate" lang="en"></edu-gauge>`);
    await waitUntil(() => el.status === 'error', 'no error state', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('HTTP 500');
    // The page points it at a working URL: it loads that, the error gone.
    el.src = BUNDLED;
    await rendered(el);
    expect(el.model!.summary).to.contain('88.4%');
  });

  it('never lets a slow response for an old src win over the new one', async () => {
    const el = await fixture<EduGauge>(html`<edu-gauge src=${`/test/fixtures/gbk.csv?delay=700&old=1`} region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>`);
    el.src = `${BUNDLED}?new=1`;
    await rendered(el);
    const newer = el.model!.table.rows.map((row) => row[4]);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(el.model!.table.rows.map((row) => row[4])).to.deep.equal(newer);
    expect(newer[0]).to.contain('三、1');
  });

  it('creates its ECharts instance only when it comes near the viewport, while its data loads at once', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 4000px"></div>
      <edu-gauge src=${BUNDLED} region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>
    </div>`);
    const el = box.querySelector('edu-gauge')!;
    await waitUntil(() => el.status === 'ready');
    await nextFrame();
    await nextFrame();
    expect(el.echarts).to.equal(undefined);
    el.scrollIntoView();
    await rendered(el);
    expect(el.echarts).to.exist;
    window.scrollTo(0, 0);
  });

  (canEmulateMedia ? it : it.skip)('does not animate for readers who prefer reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await fixture<EduGauge>(html`<edu-gauge src=${BUNDLED} region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>`);
      await rendered(el);
      expect(gaugeOption(el).animation).to.equal(false);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    const el = await fixture<EduGauge>(html`<edu-gauge src=${BUNDLED} region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>`);
    await rendered(el);
    expect(gaugeOption(el).animation).to.equal(true);
  });

  it('takes its colours from CSS custom properties, and a dark theme re-creates the chart', async () => {
    const el = await fixture<EduGauge>(html`<edu-gauge style="--edu-color-met: #006400" src=${BUNDLED} region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>`);
    await rendered(el);
    expect(gaugeOption(el).series[0]!.progress.itemStyle.color).to.equal('#006400');
    const light = el.echarts!;
    el.style.removeProperty('--edu-color-met');
    el.theme = 'dark';
    await el.updateComplete;
    await waitUntil(() => el.echarts && el.echarts !== light);
    expect(gaugeOption(el).series[0]!.progress.itemStyle.color).to.equal('#5ce0c0');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 25, 29)');
  });

  (canEmulateMedia ? it : it.skip)('with theme="auto" follows the reader\'s colour scheme as it changes', async () => {
    const el = await fixture<EduGauge>(html`<edu-gauge theme="auto" src=${BUNDLED} region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>`);
    await rendered(el);
    expect(gaugeOption(el).series[0]!.progress.itemStyle.color).to.equal('#13a35f');
    await emulateMedia({ colorScheme: 'dark' });
    try {
      await waitUntil(() => el.echarts && gaugeOption(el).series[0]!.progress.itemStyle.color === '#5ce0c0');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('follows a page font size (a portal\'s large-text mode) on the canvas and in the caption', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="font-size: 28px"><edu-gauge src=${BUNDLED} region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge></div>`);
    const el = await rendered(box.querySelector('edu-gauge')!);
    const option = el.echarts!.getOption() as unknown as { textStyle: { fontSize: number } };
    expect(option.textStyle.fontSize).to.equal(28);
    expect(parseFloat(getComputedStyle(part(el, 'caption')!).fontSize)).to.be.greaterThan(24);
  });

  it('shows dataset text only as text: markup in names never becomes elements', async () => {
    const payload = '<img src=x onerror=window.__pwned=1>';
    const data = inlineDataset(`region,year,indicator,kind,value,unit,source,source_item,excerpt
"${payload}",2022,"${payload}",target,80,%,"${payload}","${payload}","${payload}"
"${payload}",2023,"${payload}",actual,88,%,"${payload}","${payload}","${payload}"`);
    const el = await fixture<EduTrend>(html`<edu-trend .dataset=${data} indicator=${payload}></edu-trend>`);
    await rendered(el);
    part(el, 'chart')!.focus();
    part(el, 'toggle')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(part(el, 'table')!.textContent).to.contain(payload);
    expect(part(el, 'caption')!.textContent).to.contain(payload);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('can be registered twice (a second copy of the package) without an error', async () => {
    const first = customElements.get('edu-gauge');
    // A query string makes the browser evaluate the module again, like a second bundle on the page.
    await import(/* @vite-ignore */ `${new URL('../../src/index.ts', import.meta.url).href}?second-copy`);
    expect(customElements.get('edu-gauge')).to.equal(first);
  });
});
