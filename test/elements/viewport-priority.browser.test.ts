import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { EduData } from '../../src/elements/edu-data/edu-data.js';
import type { EduGauge } from '../../src/elements/edu-gauge/edu-gauge.js';
import { failOnConsoleMessages, NATIONAL, nextFrame } from './helpers.js';

describe('charts far below the fold', () => {
  failOnConsoleMessages();

  it('update after the charts on screen, and still get their accessible name without being scrolled to', async () => {
    const data = await fixture<EduData>(html`<edu-data>
      <edu-gauge region="全国" indicator="专任教师"></edu-gauge>
      <div style="height: 5000px"></div>
      <edu-gauge region="全国" indicator="学前三年毛入园率" year="2023"></edu-gauge>
    </edu-data>`);
    const [near, far] = [...data.querySelectorAll<EduGauge>('edu-gauge')] as [EduGauge, EduGauge];
    // Let the intersection observer report where each one is.
    await nextFrame();
    await nextFrame();
    // What the far chart shows at the moment the near one turns ready (a microtask, before any idle time).
    const farWhenNearReady = new Promise<string>((resolve) => {
      const observer = new MutationObserver(() => {
        if (near.status !== 'ready') return;
        observer.disconnect();
        resolve(far.status);
      });
      observer.observe(near, { attributes: true, attributeFilter: ['status'] });
    });
    data.dataset = NATIONAL;
    expect(await farWhenNearReady, 'the far chart waits for an idle moment').not.to.equal('ready');
    await waitUntil(() => far.status === 'ready', 'the far chart updated when the page was idle', { timeout: 5000 });
    expect(far.model!.summary).to.contain("学前三年毛入园率");
    expect(far.echarts, 'not drawn until it comes near').to.equal(undefined);
    far.scrollIntoView();
    await waitUntil(() => far.echarts, 'drawn once scrolled to');
  });
});
