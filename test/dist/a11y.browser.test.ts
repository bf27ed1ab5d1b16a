// The built demo and embed page under axe-core (WCAG 2.1 A and AA), in both languages.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import type { EduChartElement } from '../../src/elements/shared/edu-chart-element.js';
import { seriousViolations } from '../a11y/axe.js';

async function open(url: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1024px;height:900px;border:0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame;
}

const ready = (frame: HTMLIFrameElement, tag: string) =>
  waitUntil(() => frame.contentDocument!.querySelector<EduChartElement>(tag)?.status === 'ready', `${tag} not ready`, { timeout: 30000 });

describe('accessibility of the built pages (axe-core, WCAG 2.1 A and AA)', () => {
  for (const lang of ['zh-CN', 'en']) {
    it(`the demo has no serious or critical violations in ${lang}`, async () => {
      const frame = await open(`/dist/index.html?lang=${lang}&region=350502`);
      try {
        await ready(frame, 'edu-scorecard');
        await ready(frame, 'edu-radar');
        await ready(frame, 'edu-gauge');
        expect(await seriousViolations(frame.contentDocument!)).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }

  it('the embed page has no serious or critical violations', async () => {
    const frame = await open('/dist/embed.html?chart=trend&indicator=student_fitness_pass_rate&lang=en');
    try {
      await ready(frame, 'edu-trend');
      expect(await seriousViolations(frame.contentDocument!)).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
