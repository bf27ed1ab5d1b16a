import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import type { EduData } from '../../src/elements/edu-data/edu-data.js';
import type { EduGauge } from '../../src/elements/edu-gauge/edu-gauge.js';
import { failOnConsoleMessages, inlineDataset, NATIONAL, part, rendered } from './helpers.js';

/** The same figures, with 全国's teachers counted again. */
const REVISED = inlineDataset(
  `地区,年份,主题,指标,单位,类型,数值,方向,来源,条目,摘录
全国,2021,教师队伍,专任教师,万人,实际,1880.36,,统计公报,三,专任教师1880.36万人
全国,2023,学前教育,学前三年毛入园率,%,实际,91.1,,统计公报,一,毛入园率91.1%`,
);

describe('charts far below the fold', () => {
  failOnConsoleMessages();

  it('get their accessible name without being scrolled to, and update after the charts on screen', async () => {
    const data = await fixture<EduData>(html`<edu-data .dataset=${NATIONAL}>
      <edu-gauge region="全国" indicator="专任教师"></edu-gauge>
      <div style="height: 5000px"></div>
      <edu-gauge region="全国" indicator="学前三年毛入园率" year="2023"></edu-gauge>
    </edu-data>`);
    const [near, far] = [...data.querySelectorAll<EduGauge>('edu-gauge')] as [EduGauge, EduGauge];
    await rendered(near);
    await waitUntil(() => far.status === 'ready', 'the far chart is built while the page is idle', { timeout: 5000 });
    expect(far.model!.summary).to.contain('学前三年毛入园率');
    expect(far.echarts, 'not drawn until it comes near').to.equal(undefined);

    // A new dataset: the chart on screen shows it first, the far one when the page is idle.
    const farModel = far.model;
    const farWhenNearUpdated = new Promise<boolean>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!part(near, 'caption')?.textContent?.includes('1,880.36')) return;
        observer.disconnect();
        resolve(far.model === farModel);
      });
      observer.observe(near.shadowRoot!, { subtree: true, childList: true, characterData: true });
    });
    data.dataset = REVISED;
    expect(await farWhenNearUpdated, 'the far chart still shows the old data when the near one shows the new').to.equal(true);
    await waitUntil(() => far.model !== farModel, 'the far chart catches up', { timeout: 5000 });

    far.scrollIntoView();
    await waitUntil(() => far.echarts, 'drawn once scrolled to');
  });
});
