import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import type { EduChartElement } from '../../src/elements/shared/edu-chart-element.js';
import { BUNDLED, THEMES, failOnConsoleMessages, part, rendered } from '../elements/helpers.js';
import { seriousViolations } from './axe.js';

describe('accessibility of the elements (axe-core, WCAG 2.1 A and AA)', () => {
  failOnConsoleMessages();

  for (const lang of ['zh-CN', 'en']) {
    it(`has no serious or critical violations, ready and with the table shown, in ${lang}`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div lang=${lang}>
        <edu-data src=${BUNDLED} themes-src=${THEMES}>
          <edu-gauge region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>
          <edu-trend region="东丽区" indicator="student_fitness_pass_rate"></edu-trend>
          <edu-radar region="东丽区,鲤城区" year="2022" measure="indicator:plan_items"></edu-radar>
          <edu-scorecard region="东丽区"></edu-scorecard>
        </edu-data>
      </div>`);
      const charts = [...box.querySelectorAll<EduChartElement>('edu-gauge, edu-trend, edu-radar, edu-scorecard')];
      // Charts draw only near the viewport, and four do not fit in it.
      for (const chart of charts) {
        chart.scrollIntoView({ block: 'center' });
        await rendered(chart);
      }
      window.scrollTo(0, 0);
      expect(await seriousViolations(box)).to.deep.equal([]);
      for (const chart of charts) part(chart, 'toggle')!.click();
      await Promise.all(charts.map((chart) => chart.updateComplete));
      expect(await seriousViolations(box)).to.deep.equal([]);
    });
  }

  for (const lang of ['zh-CN', 'en']) {
    it(`has no serious or critical violations in the gauge's figure view and bullets, in ${lang}`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div lang=${lang}>
        <edu-data src=${BUNDLED}>
          <edu-gauge region="东丽区" indicator="after_school_participants"></edu-gauge>
          <edu-gauge region="东丽区" indicator="smart_education_demo_schools"></edu-gauge>
          <edu-gauge region="台儿庄区" indicator="safety_accidents"></edu-gauge>
          <edu-gauge variant="bullet" region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>
          <edu-gauge variant="bullet" region="东丽区" indicator="new_preschool_places"></edu-gauge>
          <edu-gauge variant="bullet" region="东丽区" indicator="after_school_participants"></edu-gauge>
        </edu-data>
      </div>`);
      const charts = [...box.querySelectorAll<EduChartElement>('edu-gauge')];
      for (const chart of charts) {
        // Charts draw only near the viewport.
        chart.scrollIntoView({ block: 'center' });
        await rendered(chart);
      }
      expect(await seriousViolations(box)).to.deep.equal([]);
    });
  }

  it('the check itself catches a violation (so the passes above mean something)', async () => {
    const bad = await fixture<HTMLDivElement>(html`<div><button></button><img src="data:," /></div>`);
    const found = await seriousViolations(bad);
    expect(found.some((v) => v.startsWith('button-name'))).to.equal(true);
    expect(found.some((v) => v.startsWith('image-alt'))).to.equal(true);
  });

  it('has no serious or critical violations in its error and empty states', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <edu-gauge src="/data/no-such-file.csv" indicator="x"></edu-gauge>
      <edu-gauge src=${BUNDLED} region="海淀区" indicator="x"></edu-gauge>
      <edu-scorecard src=${BUNDLED} region="东丽区" year="2030"></edu-scorecard>
    </div>`);
    const [failing, empty, noTargets] = [...box.querySelectorAll<EduChartElement>('edu-gauge, edu-scorecard')];
    await waitUntil(() => failing!.status === 'error' && empty!.status === 'empty' && noTargets!.status === 'empty', 'states not reached', { timeout: 5000 });
    await failing!.updateComplete;
    expect(await seriousViolations(box)).to.deep.equal([]);
  });
});
